import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { CellValue } from "../../src/sheets/grid";
import { runCli } from "../support/run-cli";
import { dottedSchool } from "../support/slip-schools";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-dotted-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function school(month: string, headers: CellValue[], marks: CellValue[]): Promise<string> {
  const file = path.join(dir, `${month}-${headers.length}-${String(headers[0])}.xlsx`);
  writeFileSync(file, await dottedSchool(month, headers, marks));
  return file;
}

type Json = {
  totals: { payable: string; minutes: number };
  findings: { rule: string; cell: string; message: string }[];
};
async function charge(file: string): Promise<Json> {
  const r = await runCli("charge", file, "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Json;
}

describe("date headers typed as numbers, month.day (5.7, 11.5)", () => {
  it("reads 5.6 5.7 5.1 5.11 5.12 as the 6th, 7th, 10th, 11th and 12th of May, and says a 6.1 is not May's", async () => {
    const file = await school(
      "2021-05",
      [5.6, 5.7, 5.1, 5.11, 5.12, 6.1],
      [60, 60, 60, 60, 60, 60]
    );
    const json = await charge(file);
    expect(json.totals.payable).toBe("20.00"); // 5 days × 60 minutes at 4.00
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: "DATE_HEADER_OTHER_MONTH", cell: "H1" })
    );
  });

  it("finds a sheet whose headers are 11.1 … 11.30 as November's attendance", async () => {
    const days = Array.from({ length: 30 }, (_, i) => i + 1);
    const headers = days.map((d) => Number(`11.${d}`)); // 11.10 is the number 11.1
    // The weekdays of November 2021: Monday the 1st to Tuesday the 30th, 22 school days.
    const marks = days.map((d) =>
      [0, 6].includes(new Date(Date.UTC(2021, 10, d)).getUTCDay()) ? null : 60
    );
    const json = await charge(await school("2021-11", headers, marks));
    expect(json.findings.map((f) => f.rule)).not.toContain("SHEET_ATTENDANCE_MISSING");
    expect(json.findings.map((f) => f.rule)).not.toContain("DATE_HEADER_AMBIGUOUS");
    expect(json.totals.payable).toBe("88.00");
  });

  it("never guesses a 5.1 its neighbours do not decide: a finding at its cell, the column not counted", async () => {
    const json = await charge(await school("2021-05", [5.1, 5.11, 5.12], [60, 60, 60]));
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        rule: "DATE_HEADER_AMBIGUOUS",
        cell: "C1",
        message: expect.stringContaining("5月1日或5月10日"),
      })
    );
    expect(json.totals.payable).toBe("8.00");
  });

  it("says a header dated in another month at its cell rather than dropping its column unsaid", async () => {
    const json = await charge(
      await school("2021-05", ["2021-05-10", "2021-05-11", "2021-06-01"], [60, 60, 60])
    );
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: "DATE_HEADER_NOT_THIS_MONTH", cell: "E1" })
    );
    expect(json.totals.payable).toBe("8.00");
  });
});
