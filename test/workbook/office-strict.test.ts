import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { templateSheets } from "../../src/jobs/template";
import { validateJob } from "../../src/jobs/validate";
import type { CellValue } from "../../src/sheets/grid";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { generateSchool } from "../support/generate-school";

/** The adapter on the strict fake: what Excel itself would do to it. */
function school(students: number, at?: { row: number; col: number }, excel = new FakeExcel()) {
  for (const g of generateSchool(students))
    excel.seed(
      g.name,
      g.values.map((r) => [...r]),
      undefined,
      at
    );
  const ctx = new FakeContext(excel);
  return { excel, ctx, wb: new OfficeWorkbook(ctx as unknown as Excel.RequestContext) };
}

const column = (excel: FakeExcel, sheet: string, col: number, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => excel.sheet(sheet).peek(from + i, col)?.value);

describe("Office.js adapter on the strict fake", () => {
  it.each([
    ["validate", (wb: OfficeWorkbook) => validateJob(wb)],
    ["charge", (wb: OfficeWorkbook) => chargeJob(wb)],
    ["breaches", (wb: OfficeWorkbook) => breachesJob(wb)],
  ])("runs %s for 3,000 students in at most 4 syncs", async (_name, job) => {
    const { ctx, wb } = school(3000);
    await job(wb);
    expect(ctx.syncs).toBeLessThanOrEqual(4);
  });

  it.each([
    ["validate", (wb: OfficeWorkbook) => validateJob(wb)],
    ["charge", (wb: OfficeWorkbook) => chargeJob(wb)],
    ["breaches", (wb: OfficeWorkbook) => breachesJob(wb)],
  ])("runs %s for 12,000 students with no payload error", async (_name, job) => {
    const { ctx, wb } = school(12_000);
    await expect(job(wb)).resolves.toBeDefined();
    expect(Math.max(...ctx.perSync.map((s) => Math.max(s.request, s.response)))).toBeLessThan(
      4.5 * 1024 * 1024
    );
  });

  it("writes 7,200 students with a finding each with no payload error", async () => {
    const excel = new FakeExcel();
    for (const g of generateSchool(7200)) {
      const values = g.values.map((r) => [...r]);
      // every student's agreement date unreadable: a finding (or two) per student
      if (g.name === "名册") values.slice(2).forEach((r) => (r[7] = "不是日期"));
      excel.seed(g.name, values);
    }
    const ctx = new FakeContext(excel);
    const wb = new OfficeWorkbook(ctx as unknown as Excel.RequestContext);
    const r = await chargeJob(wb);
    expect(r.findings.length).toBeGreaterThanOrEqual(7200);
    const v = await validateJob(wb);
    expect(v.findings.length).toBeGreaterThanOrEqual(7200);
    // the findings' links to cells stay formulas, in a text column
    const links = excel
      .sheet(v.sheetNames[0])
      .cells.slice(3, 10)
      .map((r) => r[4]);
    for (const cell of links) expect(cell.formula).toMatch(/^=HYPERLINK\(/);
  });

  it("charges a school whose sheets start at C4 the same as one at A1", async () => {
    const a = await chargeJob(school(200).wb);
    const c = await chargeJob(school(200, { row: 3, col: 2 }).wb);
    expect(chargeJson(c).totals).toEqual(chargeJson(a).totals);
    expect(c.lines).toHaveLength(200);
  });

  it("keeps ids, names and classes text, whatever they look like", async () => {
    const excel = new FakeExcel();
    const ids = ["2021001", "00123", "230103201501011234", "2021-05-06"];
    const { wb } = school(0, undefined, excel);
    const text = (rows: CellValue[][]) => rows.map((r) => r.map(() => "@"));
    const roster: CellValue[][] = [
      ["学号", "姓名", "班级", "年级"],
      ...ids.map((id, i) => [id, `张${i}`, "一年级1班", "一年级"]),
    ];
    excel.sheets = excel.sheets.filter((s) => s.name !== "名册" && s.name !== "5月考勤");
    excel.seed("名册", roster, text(roster));
    const att: CellValue[][] = [
      ["学号", "姓名", "班级", "2023-05-04", "2023-05-05", "2023-05-08", "合计"],
      ...ids.map((id, i) => [id, `张${i}`, "一年级1班", "√", "√", 90, null]),
    ];
    excel.seed("5月考勤", att, text(att));
    const r = await chargeJob(wb);
    const sheet = r.sheetNames.find((n) => n.startsWith("收费表"))!;
    if (!sheet) throw new Error(JSON.stringify([r.sheetNames, r.findings.map((f) => f.message)]));
    const written = column(excel, sheet, 0, 3, 3 + ids.length);
    expect([...written].sort()).toEqual([...ids].sort());
  });

  it("inserts the template twice on a workbook that has its sheets, touching none", async () => {
    const { excel, ctx } = school(5);
    const before = excel.sheet("设置").cells.map((r) => r.map((c) => c.value));
    const names = await new OfficeWorkbook(ctx as unknown as Excel.RequestContext).writeSheets(
      templateSheets("2023-05")
    );
    expect(names).toEqual(["设置 (2)", "学生名册", "5月考勤 (2)"]);
    const again = await new OfficeWorkbook(
      new FakeContext(excel) as unknown as Excel.RequestContext
    ).writeSheets(templateSheets("2023-05"));
    expect(again).toEqual(["设置 (3)", "学生名册 (2)", "5月考勤 (3)"]);
    expect(excel.sheet("设置").cells.map((r) => r.map((c) => c.value))).toEqual(before);
  });

  it("keeps the template's 学号 column text so typed ids keep their zeros", async () => {
    const excel = new FakeExcel();
    await new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext).writeSheets(
      templateSheets("2023-05")
    );
    for (const sheet of ["学生名册", "5月考勤"])
      for (const row of [3, 100, 502]) expect(excel.sheet(sheet).peek(row, 0)?.format).toBe("@");
  });

  it("gives a table a free name when a renamed sheet of ours holds the old one", async () => {
    const { excel, ctx, wb } = school(20);
    await chargeJob(wb);
    excel.sheet("收费表 2023-05").name = "五月收费（留底）";
    const again = await chargeJob(
      new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext)
    );
    expect(again.sheetNames).toContain("收费表 2023-05");
    const names = excel.tables().map((t) => t.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(ctx.syncs).toBeGreaterThan(0);
  });
});
