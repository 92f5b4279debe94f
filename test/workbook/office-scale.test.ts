import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { generateSchool } from "../support/generate-school";

const onFake = (excel: FakeExcel) => {
  const ctx = new FakeContext(excel);
  return { ctx, wb: new OfficeWorkbook(ctx as unknown as Excel.RequestContext) };
};

/**
 * 3,000 students who sign out at 18:50 every day, past the latest end: over 52,000 findings,
 * each a long sentence, on Kehou's own findings sheet.
 */
function lateSchool(): FakeExcel {
  const excel = new FakeExcel();
  for (const g of generateSchool(3000)) {
    const values = g.values.map((r) => [...r]);
    if (g.name.endsWith("考勤"))
      for (const row of values.slice(2)) for (let c = 3; c < row.length - 1; c++) row[c] = "18:50";
    excel.seed(g.name, values);
  }
  return excel;
}

const largest = (ctx: FakeContext) =>
  Math.max(...ctx.perSync.map((s) => Math.max(s.request, s.response)));

describe("the Office.js adapter at a large school's scale", () => {
  it("charges and re-charges 3,000 students with 52,000 findings with no payload error", async () => {
    const excel = lateSchool();
    const first = onFake(excel);
    const charged = await chargeJob(first.wb);
    expect(charged.findings.length).toBeGreaterThan(52_000);
    const again = onFake(excel);
    const recharged = await chargeJob(again.wb);
    expect(chargeJson(recharged).totals).toEqual(chargeJson(charged).totals);
    // budgeted by what the findings sheet's cells really take: no refused load on the way
    expect(largest(again.ctx)).toBeLessThan(5 * 1024 * 1024);
  });
});
