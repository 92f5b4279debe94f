import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { chargeJob } from "../../src/jobs/charge/job";
import type { CellValue } from "../../src/sheets/grid";
import { MemoryWorkbook } from "../support/memory-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";

/**
 * Lists long enough that passing them as a call's arguments (`push(...list)`,
 * `Math.max(...list)`) overflows V8's stack: each is counted, never spread.
 */
describe("lists longer than a call's arguments", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-huge-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("charges a school with 220,000 unreadable cells, each a finding", async () => {
    const grids = generateSchool(10_000, 3);
    const attendance = grids[2].values as CellValue[][];
    for (let r = 2; r < attendance.length; r++)
      for (let c = 2; c < attendance[r].length; c++) attendance[r][c] = "坏";
    const result = await chargeJob(new MemoryWorkbook(grids));
    expect(result.findings.filter((f) => f.cell !== "").length).toBeGreaterThan(220_000);
  }, 120_000);

  it("re-runs breaches --highlight on its own copy with 220,000 marks, to the same copy", async () => {
    const grids = generateSchool(10_000, 3);
    const attendance = grids[2].values as CellValue[][];
    for (let r = 2; r < attendance.length; r++)
      for (let c = 2; c < attendance[r].length; c++) attendance[r][c] = "坏";
    const school = path.join(dir, "bad.xlsx");
    writeFileSync(school, await gridsToXlsx(grids));
    const [copy, again] = [path.join(dir, "bad-marked.xlsx"), path.join(dir, "bad-again.xlsx")];
    const first = await runCli("breaches", school, "--highlight", "-o", copy, "--json");
    expect([first.code, first.err]).toEqual([0, ""]);
    const second = await runCli("breaches", copy, "--highlight", "-o", again, "--json");
    expect([second.code, second.err]).toEqual([0, ""]);
    expect(second.out === first.out).toBe(true);
    // Marks cleared and made again, the record rewritten: every part the bytes it was.
    const [a, b] = [unzipSync(readFileSync(copy)), unzipSync(readFileSync(again))];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const differ = Object.keys(a).filter((n) => Buffer.compare(a[n], b[n]) !== 0);
    expect(differ).toEqual([]);
  }, 600_000);

  it("writes Kehou's sheets into a workbook whose styles hold 180,000 number formats", async () => {
    const parts = unzipSync(await gridsToXlsx(generateSchool(20, 1)));
    const many = Array.from(
      { length: 180_000 },
      (_, i) => `<numFmt numFmtId="${164 + i}" formatCode="0.00_${i}"/>`
    ).join("");
    parts["xl/styles.xml"] = strToU8(
      strFromU8(parts["xl/styles.xml"]).replace(
        /(<styleSheet[^>]*>)/,
        `$1<numFmts count="180000">${many}</numFmts>`
      )
    );
    const file = path.join(dir, "formats.xlsx");
    writeFileSync(file, zipSync(parts));
    const out = path.join(dir, "formats-out.xlsx");
    const r = await runCli("charge", file, "-o", out, "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    const sheets = await (await XlsxWorkbook.fromBuffer(readFileSync(out))).readSheets();
    expect(sheets.map((g) => g.name)).toContain("收费表 2023-05");
  }, 120_000);
});
