import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { saveSettingsForm } from "../../src/jobs/settings-form";
import { BrowserHost } from "../../src/taskpane/host";
import * as xlsxModule from "../../src/workbook/xlsx-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { prefixedOf, strictOf, unwritableOf } from "../support/dialects";
import { messySchool } from "../support/messy-school";
import { partsOf, text } from "../support/package-parts";
import { runCli } from "../support/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-dialects-"));

async function totals(bytes: Uint8Array) {
  return chargeJson(await chargeJob(await XlsxWorkbook.fromBuffer(bytes), { write: false })).totals;
}

/** Runs `kehou` on `bytes` saved as `name`, writing to `out` (in the test's folder). */
async function run(bytes: Uint8Array, name: string, ...args: string[]) {
  const input = path.join(dir, name);
  writeFileSync(input, bytes);
  return runCli(
    args[0],
    input,
    ...args.slice(1).map((a) => (a.endsWith(".xlsx") ? path.join(dir, a) : a))
  );
}

/** Opens `bytes` in the browser page's host, charges them and makes the download's copy. */
async function pageCopy(bytes: Uint8Array) {
  const host = new BrowserHost(async () => xlsxModule);
  await host.open(
    "学校.xlsx",
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer
  );
  await host.run((wb) => chargeJob(wb, { write: true }));
  return host.copy();
}

describe("writing a copy of a workbook in another dialect of SpreadsheetML", () => {
  it.each([
    ["prefixed SpreadsheetML", prefixedOf],
    ["Strict OOXML", strictOf],
  ])("charge -o writes a copy of %s that charges the same to the fen", async (what, dialect) => {
    const school = await messySchool();
    const r = await run(dialect(school), `${what}.xlsx`, "charge", "-o", `${what}-out.xlsx`);
    expect([r.code, r.err]).toEqual([0, ""]);
    const copy = new Uint8Array(readFileSync(path.join(dir, `${what}-out.xlsx`)));
    expect(await totals(copy)).toEqual(await totals(school));
    const names = (await (await XlsxWorkbook.fromBuffer(copy)).readSheets()).map((g) => g.name);
    expect(names).toEqual(["参数", "学生信息", "5月考勤", "收费表 2021-05", "收费问题清单"]);
    for (const [part, bytes] of partsOf(copy)) {
      expect([part, text(bytes)]).not.toContainEqual(expect.stringContaining("purl.oclc.org"));
      expect([part, text(bytes)]).not.toContainEqual(expect.stringContaining("<x:"));
    }
  });

  it("breaches --highlight marks a prefixed workbook, and a re-run on its copy clears and marks again", async () => {
    const school = prefixedOf(await messySchool());
    const first = await run(school, "p-hl.xlsx", "breaches", "--highlight", "-o", "p-hl-out.xlsx");
    expect(first.code).toBe(0);
    const again = await runCli(
      "breaches",
      path.join(dir, "p-hl-out.xlsx"),
      "--highlight",
      "-o",
      path.join(dir, "p-hl-again.xlsx")
    );
    expect([again.code, again.err]).toEqual([0, ""]);
    // The same marks and notes as on the transitional workbook.
    await run(await messySchool(), "t-hl.xlsx", "breaches", "--highlight", "-o", "t-hl-out.xlsx");
    const names = (out: string) => [...partsOf(readFileSync(path.join(dir, out))).keys()].sort();
    expect(names("p-hl-out.xlsx")).toEqual(names("t-hl-out.xlsx"));
    expect(names("p-hl-again.xlsx")).toEqual(names("t-hl-out.xlsx"));
    expect(names("t-hl-out.xlsx")).toContain("xl/comments1.xml");
  });

  it("the page's download of a Strict workbook charges the same to the fen", async () => {
    const strict = strictOf(await messySchool());
    const copy = (await pageCopy(strict))!;
    expect(await totals(copy.bytes)).toEqual(await totals(await messySchool()));
  });

  it.each([
    ["prefixed SpreadsheetML", prefixedOf],
    ["Strict OOXML", strictOf],
  ])(
    "the page's settings form writes into %s and charges it as it does the transitional workbook",
    async (what, dialect) => {
      const school = await messySchool();
      const saveAndCharge = async (bytes: Uint8Array) => {
        const host = new BrowserHost(async () => xlsxModule);
        await host.open(
          "学校.xlsx",
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer
        );
        await host.run((wb) => saveSettingsForm(wb, { 收费方式: "按月收取" }));
        const page = chargeJson(await host.run((wb) => chargeJob(wb, { write: true })));
        return { page, copy: await totals((await host.copy())!.bytes) };
      };
      const plain = await saveAndCharge(school);
      expect(plain.page.mode).toBe("monthly");
      const other = await saveAndCharge(dialect(school));
      expect(other.page).toEqual(plain.page);
      expect(other.copy).toEqual(plain.copy);
    }
  );
});

describe("a workbook whose copy Kehou cannot write", () => {
  it("is refused in Chinese with what to do, exit 1, and nothing written", async () => {
    const bytes = unwritableOf(await messySchool());
    for (const args of [
      ["charge", "-o", "u-charge.xlsx"],
      ["breaches", "--highlight", "-o", "u-breaches.xlsx"],
      ["validate", "-o", "u-validate.xlsx"],
    ]) {
      const r = await run(bytes, "u.xlsx", ...args);
      expect(r.code).toBe(1);
      expect(r.err).toContain("没有写出任何文件");
      expect(r.err).toContain("另存为」Excel 工作簿（.xlsx）");
      expect(r.err).not.toMatch(/TypeError|内部错误/);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith("u-") || f.startsWith(".u-"))).toEqual([]);
  });

  it("is still read and charged (only the copy is refused)", async () => {
    const school = await messySchool();
    expect(await totals(unwritableOf(school))).toEqual(await totals(school));
  });

  it("is refused by the page's download with the command line's sentence", async () => {
    const bytes = unwritableOf(await messySchool());
    const cli = await run(bytes, "u2.xlsx", "charge", "-o", "u2-out.xlsx");
    await expect(pageCopy(bytes)).rejects.toThrow(cli.err.trim());
    expect(existsSync(path.join(dir, "u2-out.xlsx"))).toBe(false);
  });
});
