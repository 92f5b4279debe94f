import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { generateSchool } from "../support/generate-school";
import { installOfficeHost, uninstallOfficeHost } from "../support/office-host-fake";

const onFake = (excel: FakeExcel) => {
  const ctx = new FakeContext(excel);
  return { ctx, wb: new OfficeWorkbook(ctx as unknown as Excel.RequestContext) };
};

/**
 * 3,000 students who sign out at 18:50 every day, past the latest end: over 52,000 findings,
 * each a long sentence, on Kehou's own findings sheet.
 */
function lateSchool(): FakeExcel {
  const excel = new FakeExcel({ notes: true });
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
  afterEach(uninstallOfficeHost);

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
  it("highlights 52,000 findings' cells, and again, with no payload error", async () => {
    const excel = lateSchool();
    installOfficeHost(excel, "1.18");
    const marked = onFake(excel);
    const breaches = await breachesJob(marked.wb, { highlight: true, write: false });
    expect(breaches.findings.length).toBeGreaterThan(52_000);
    expect(largest(marked.ctx)).toBeLessThan(5 * 1024 * 1024);
    const attendance = excel.sheet("5月考勤");
    expect(attendance.peek(2, 3)?.fill).toBe("#FFEB9C");
    const notes = excel.notes.size;
    expect(notes).toBeGreaterThan(52_000);
    const again = onFake(excel);
    await breachesJob(again.wb, { highlight: true, write: false });
    expect(largest(again.ctx)).toBeLessThan(5 * 1024 * 1024);
    expect(excel.notes.size).toBe(notes);
  });

  it("undoes every mark of a run that stopped between two chunks", async () => {
    const excel = new FakeExcel({ notes: true });
    excel.seed(
      "考勤",
      Array.from({ length: 3000 }, (_, i) => [`S${i}`])
    );
    installOfficeHost(excel, "1.18");
    const long = "签退时间晚于当日允许的最晚结束时间，请核对。".repeat(40);
    const marks = Array.from({ length: 3000 }, (_, i) => ({
      sheet: "考勤",
      cell: `A${i + 1}`,
      severity: "error" as const,
      note: long,
    }));
    // the run's first three requests reach Excel (two reads and the first chunk), then it stops
    const stopped = new OfficeWorkbook(
      new FakeContext(excel, 3) as unknown as Excel.RequestContext
    );
    await expect(stopped.markCells(marks)).rejects.toMatchObject({ code: "GeneralException" });
    const marked = excel.sheet("考勤").cells.filter((r) => r?.[0]?.fill).length;
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(3000);
    const { ctx, wb } = onFake(excel);
    await wb.markCells([]);
    expect(excel.sheet("考勤").cells.filter((r) => r?.[0]?.fill)).toHaveLength(0);
    expect(excel.notes.size).toBe(0);
    expect(largest(ctx)).toBeLessThan(5 * 1024 * 1024);
  });
});
