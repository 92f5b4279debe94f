import { readFileSync } from "fs";
import path from "path";
import { chargeJob } from "../../src/jobs/charge/job";
import { loadSettingsForm, saveSettingsForm } from "../../src/jobs/settings-form";
import { BrowserHost } from "../../src/taskpane/host";
import { OpcPackage } from "../../src/workbook/package/opc-package";
import { sheetEntries } from "../../src/workbook/package/workbook-index";
import * as xlsxModule from "../../src/workbook/xlsx-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { breachSchool } from "../support/breach-school";
import { gridsToXlsx } from "../support/generate-school";
import { hasLibreOffice, libreOfficeSheets } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { additionsOnly, isIndexPart, partsOf } from "../support/package-parts";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";

/**
 * The browser page's settings form on a picked file: the download is the file with only the
 * settings cells written (no re-save), through the same code the page runs (BrowserHost).
 */
const lo = readFileSync(path.join(__dirname, "../fixtures/libreoffice-extras.xlsx"));

async function pageSaves(bytes: Uint8Array, form: Parameters<typeof saveSettingsForm>[1]) {
  const host = new BrowserHost(async () => xlsxModule);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  await host.open("学校.xlsx", buffer as ArrayBuffer);
  const saved = await host.run((wb) => saveSettingsForm(wb, form));
  return { host, saved };
}

/** A sheet's part by the sheet's name. */
const partOf = (bytes: Uint8Array, sheet: string) =>
  sheetEntries(OpcPackage.read(bytes)).find((e) => e.name === sheet)?.part;

/** A worksheet's cell elements by reference, and its text with those cells taken out. */
function cells(xml: string, refs: readonly string[]) {
  const found = new Map<string, string>();
  const rest = xml.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (el) => {
    const ref = /\sr="([A-Z]+\d+)"/.exec(el)![1];
    if (!refs.includes(ref)) return el;
    found.set(ref, el);
    return "";
  });
  return { found, rest };
}

describe("the settings form on a picked file", () => {
  it("changes only the written cells of the settings sheet's part; every other part is its bytes", async () => {
    const { host, saved } = await pageSaves(lo, {
      学校名称: "清白学校（新）",
      高中上浮: "10%",
      停课日期: "2023-05-20",
    });
    expect(saved.problems).toEqual([]);
    const copy = (await host.copy())!.bytes;
    const [before, after] = [partsOf(lo), partsOf(copy)];
    const part = partOf(lo, "设置")!;
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before)
      if (name !== part) expect([name, Buffer.compare(bytes, after.get(name)!)]).toEqual([name, 0]);
    // B2 and B7 (学校名称, 高中上浮) rewritten, row 9 (停课日期) added; the used range grows to it
    const written = ["B2", "B7", "A9", "B9"];
    const was = cells(Buffer.from(before.get(part)!).toString(), written);
    const now = cells(Buffer.from(after.get(part)!).toString(), written);
    expect(now.rest.replace(/<row r="9">(<\/row>)/, "")).toBe(
      was.rest.replace('<dimension ref="A1:B8"/>', '<dimension ref="A1:B9"/>')
    );
    expect(now.found.get("B2")).toBe(
      `<c r="B2" s="1" t="inlineStr"><is><t>清白学校（新）</t></is></c>`
    );
    expect(now.found.get("B9")).toMatch(/t="inlineStr"><is><t>2023-05-20<\/t><\/is><\/c>$/);
    // read back as the form shows it
    const again = await loadSettingsForm(await XlsxWorkbook.fromBuffer(copy));
    expect(again.form).toMatchObject({
      学校名称: "清白学校（新）",
      高中上浮: "10%",
      停课日期: "2023-05-20",
    });
  });

  it("adds a 设置 sheet as a new part when the workbook has none, and a later job's sheets with it", async () => {
    const school = breachSchool().filter((g) => g.name !== "设置");
    const input = await gridsToXlsx(school);
    const { host, saved } = await pageSaves(input, { 学校名称: "清白学校", 月份: "2023-05" });
    expect(saved.sheet).toBe("设置");
    await host.run((wb) => chargeJob(wb, { write: true }));
    const copy = (await host.copy())!.bytes;
    const [before, after] = [partsOf(input), partsOf(copy)];
    for (const [name, bytes] of before) {
      const now = after.get(name)!;
      if (isIndexPart(name)) expect([name, additionsOnly(bytes, now)]).toEqual([name, undefined]);
      else expect([name, Buffer.compare(bytes, now)]).toEqual([name, 0]);
    }
    const wb = await XlsxWorkbook.fromBuffer(copy);
    expect((await loadSettingsForm(wb)).form).toMatchObject({
      学校名称: "清白学校",
      月份: "2023-05",
    });
    expect((await wb.readSheets()).map((g) => g.name)).toEqual(
      expect.arrayContaining(["设置", "收费问题清单"])
    );
  });
});

describe("the settings form on a settings sheet naming a key twice", () => {
  it("reads and writes the row whose value every job reads: the last with a value", async () => {
    const bytes = await gridsToXlsx([
      {
        name: "设置",
        values: [
          ["项目", "值"],
          ["学校名称", "旧名"],
          ["学校名称", "新名"],
          ["学校名称", null],
        ],
      },
    ]);
    const host = new BrowserHost(async () => xlsxModule);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    await host.open("学校.xlsx", buffer as ArrayBuffer);
    expect((await host.run((wb) => loadSettingsForm(wb))).form.学校名称).toBe("新名");
    await host.run((wb) => saveSettingsForm(wb, { 学校名称: "改后" }));
    const grid = (await host.run((wb) => wb.readSheets())).find((g) => g.name === "设置")!;
    expect(grid.values.map((r) => r[1])).toEqual(["值", "旧名", "改后", undefined]);
  });
});

describe("the settings form on a settings sheet with a 序号 column first", () => {
  it("reads and writes each setting beside its key, where every job reads it, adding no row", async () => {
    const bytes = await gridsToXlsx([
      {
        name: "设置",
        values: [
          ["序号", "项目", "值"],
          [1, "学校名称", "共享小学"],
          [2, "收费方式", "据实收取"],
        ],
      },
    ]);
    const host = new BrowserHost(async () => xlsxModule);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    await host.open("学校.xlsx", buffer as ArrayBuffer);
    const loaded = await host.run((wb) => loadSettingsForm(wb));
    expect(loaded.form).toMatchObject({ 学校名称: "共享小学", 收费方式: "据实收取" });
    await host.run((wb) => saveSettingsForm(wb, { 学校名称: "序号小学", 月份: "2021-05" }));
    const grid = (await host.run((wb) => wb.readSheets())).find((g) => g.name === "设置")!;
    expect(grid.values).toEqual([
      ["序号", "项目", "值"],
      [1, "学校名称", "序号小学"],
      [2, "收费方式", "据实收取"],
      [null, "月份", "2021-05"],
    ]);
  });
});

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "the settings form's copy in LibreOffice",
  () => {
    jest.setTimeout(120_000);
    it("opens with the values the form wrote", async () => {
      const { host } = await pageSaves(lo, { 学校名称: "清白学校（新）", 停课日期: "2023-05-20" });
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kehou-settings-")), "copy.xlsx");
      writeFileSync(file, (await host.copy())!.bytes);
      const rows = libreOfficeSheets(file)["设置"];
      expect(rows).toEqual(
        expect.arrayContaining([
          ["学校名称", "清白学校（新）"],
          ["停课日期", "2023-05-20"],
        ])
      );
    });
  }
);
