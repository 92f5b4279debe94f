import { runCli } from "../support/run-cli";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { breachSchool } from "../support/breach-school";
import { gridsToXlsx } from "../support/generate-school";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { convert } from "../support/other-formats";

const run = runCli;

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-breaches-"));
const file = path.join(dir, "school.xlsx");
beforeAll(async () => {
  const grids = breachSchool(["endTooLate", "notWhitelisted"]).filter(
    (g) => g.name !== "白名单" && g.name !== "黑名单"
  );
  writeFileSync(file, await gridsToXlsx(grids));
  mkdirSync(path.join(dir, "sub"));
});

describe("kehou breaches", () => {
  it("prints {findings, counts} with clauses", async () => {
    const r = await run("breaches", file, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.counts).toEqual({ TIME_END_TOO_LATE: 1 });
    expect(json.findings[0]).toMatchObject({
      rule: "TIME_END_TOO_LATE",
      severity: "error",
      clause: "§三(二)2",
      sheet: "5月考勤",
      cell: "D4",
      studentId: "S3",
    });
  });

  it("takes the bureau's lists with --providers, from a text file or a workbook", async () => {
    const txt = path.join(dir, "lists.txt");
    writeFileSync(txt, "# 白名单\n绥芬河市青少年活动中心\n\n# 黑名单\n星星艺术社\n");
    const r = JSON.parse((await run("breaches", file, "--providers", txt, "--json")).out);
    expect(r.counts).toEqual({ TIME_END_TOO_LATE: 1, PROVIDER_BLACKLISTED: 1 });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("白名单").addRow(["机构名称"]);
    wb.getWorksheet("白名单")!.addRow(["绥芬河市青少年活动中心"]);
    const xlsx = path.join(dir, "lists.xlsx");
    await wb.xlsx.writeFile(xlsx);
    const r2 = JSON.parse((await run("breaches", file, "--providers", xlsx, "--json")).out);
    expect(r2.counts).toEqual({ TIME_END_TOO_LATE: 1, PROVIDER_NOT_WHITELISTED: 1 });
  });

  it("reads a --providers text as Notepad saves it (UTF-16) and a workbook by its bytes", async () => {
    const text = "# 白名单\r\n绥芬河市青少年活动中心\r\n\r\n# 黑名单\r\n星星艺术社\r\n";
    const utf16 = path.join(dir, "lists-unicode.txt");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const r = JSON.parse((await run("breaches", file, "--providers", utf16, "--json")).out);
    expect(r.counts).toEqual({ TIME_END_TOO_LATE: 1, PROVIDER_BLACKLISTED: 1 });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("黑名单").addRows([["机构名称"], ["星星艺术社"]]);
    const named = path.join(dir, "lists-workbook.dat");
    await wb.xlsx.writeFile(named);
    const r2 = JSON.parse((await run("breaches", file, "--providers", named, "--json")).out);
    expect(r2.counts).toEqual({ TIME_END_TOO_LATE: 1, PROVIDER_BLACKLISTED: 1 });
  });

  it.each([
    [
      "a text without 白名单 or 黑名单 sections",
      "lists-bare.txt",
      "绥芬河市青少年活动中心\n星星艺术社\n",
    ],
    ["a workbook without 白名单 or 黑名单 sheets", "lists-sheets.xlsx", undefined],
  ])("refuses %s rather than checking no provider (exit 1)", async (_, name, text) => {
    const lists = path.join(dir, name);
    if (text !== undefined) writeFileSync(lists, text);
    else {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("机构").addRows([["机构名称"], ["星星艺术社"]]);
      await wb.xlsx.writeFile(lists);
    }
    const r = await run("breaches", file, "--providers", lists, "--json");
    expect(r.code).toBe(1);
    expect(r.err).toContain("没有读到白名单或黑名单");
    expect(JSON.parse(r.out)).toMatchObject({ refused: true });
  });

  it("prints a refused run's JSON under --json when the --providers list cannot be read", async () => {
    const broken = path.join(dir, "broken-lists.xlsx");
    writeFileSync(broken, "不是工作簿");
    for (const lists of [broken, path.join(dir, "no-such-lists.txt")]) {
      const r = await run("breaches", file, "--providers", lists, "--json");
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out);
      expect(json).toMatchObject({ refused: true, policy: null });
      expect(json.findings[0].rule).toBe("WORKBOOK_UNREADABLE");
      expect(json.findings[0].message).toContain(path.basename(lists));
    }
  });

  it("never writes -o over the --providers list, however the path is spelled", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("白名单").addRow(["机构名称"]);
    const lists = path.join(dir, "own-lists.xlsx");
    await wb.xlsx.writeFile(lists);
    const before = readFileSync(lists);
    const spelled = path.join(dir, ".", "sub", "..", "own-lists.xlsx");
    const r = await run("breaches", file, "--providers", lists, "-o", spelled, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("机构名单");
    expect(readFileSync(lists).equals(before)).toBe(true);
  });

  it("needs -o for --highlight and then marks the copy, not the input", async () => {
    expect((await run("breaches", file, "--highlight")).code).toBe(2);
    const out = path.join(dir, "marked.xlsx");
    expect((await run("breaches", file, "--highlight", "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("5月考勤")!.getCell("D4").fill).toMatchObject({ pattern: "solid" });
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(file);
    expect(input.getWorksheet("5月考勤")!.getCell("D4").fill).toBeUndefined();
  });
});

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "--providers saved by WPS or LibreOffice",
  () => {
    jest.setTimeout(240_000);

    it.each(["xls", "ods"] as const)("reads the lists of an .%s", async (kind) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("白名单").addRows([["机构名称"], ["绥芬河市青少年活动中心"]]);
      wb.addWorksheet("黑名单").addRows([["机构名称"], ["星星艺术社"]]);
      const xlsx = path.join(dir, `lists-${kind}.xlsx`);
      await wb.xlsx.writeFile(xlsx);
      const [converted] = convert([xlsx], kind, dir);
      const r = JSON.parse((await run("breaches", file, "--providers", converted, "--json")).out);
      expect(r.counts).toEqual({ TIME_END_TOO_LATE: 1, PROVIDER_BLACKLISTED: 1 });
    });
  }
);
