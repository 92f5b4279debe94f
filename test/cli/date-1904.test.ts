import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { serial1900 } from "../../src/workbook/excel-serial";
import { runCli } from "../support/run-cli";
import { timedSchool } from "../support/slip-schools";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-1904-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("1904 workbooks (Excel for Mac's old date system)", () => {
  it("moves dates by 1,462 days and never a value below 1 (a time of day, a duration)", () => {
    expect(serial1900(43955 - 1462, true)).toBe(43955);
    expect(serial1900(1, true)).toBe(1463);
    expect(serial1900(0.75, true)).toBe(0.75);
    expect(serial1900(1 / 24, true)).toBe(1 / 24);
    expect(serial1900(43955, false)).toBe(43955);
  });

  it("charges a workbook with time-typed attendance the same as its 1900 twin", async () => {
    const runs = [];
    for (const date1904 of [false, true]) {
      const file = path.join(dir, `school-${date1904 ? 1904 : 1900}.xlsx`);
      writeFileSync(file, await timedSchool(date1904));
      const r = await runCli("charge", file, "--json");
      expect(r.code).toBe(0);
      runs.push(JSON.parse(r.out));
    }
    const [y1900, y1904] = runs;
    expect(y1904.students).toEqual(y1900.students);
    expect(y1904.totals).toEqual(y1900.totals);
    // 1:00 on the 8th (60 minutes), 15:30–17:30 on the 9th (120) and 90 typed in an h:mm cell
    // on the 10th: 4½ hours at 4.00.
    expect(y1904.totals.payable).toBe("18.00");
    expect(JSON.stringify(y1904.findings)).not.toMatch(/\d{2,}:\d{2}:\d{2}/);
  });
});
