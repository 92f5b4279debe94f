import { analyseSchool } from "../../../src/jobs/breaches/analyse";
import { breachesJob } from "../../../src/jobs/breaches/job";
import { chargeJob } from "../../../src/jobs/charge/job";
import { schoolFigures } from "../../../src/jobs/consolidate/school-figures";
import type { Finding } from "../../../src/findings/finding";
import type { SheetGrid } from "../../../src/sheets/grid";
import { breachSchool } from "../../support/breach-school";
import { MemoryWorkbook } from "../../support/memory-workbook";

/** The clean school with 乙's 5/9 (D3) written 迟到 and its 5/10 (E3) 100000 minutes. */
function unreadSchool(): SheetGrid[] {
  return breachSchool().map((g) =>
    g.name === "5月考勤"
      ? {
          ...g,
          values: g.values.map((row, r) =>
            r === 2 ? row.map((v, c) => (c === 3 ? "迟到" : c === 4 ? 100000 : v)) : row
          ),
        }
      : g
  );
}

const UNREAD = new Set(["ATTENDANCE_CELL_UNREADABLE", "ATTENDANCE_MINUTES_OVER_DAY"]);
const said = (findings: readonly Finding[]) =>
  findings
    .filter((f) => UNREAD.has(f.rule))
    .map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity} ${f.message}`);

describe("breaches say every attendance cell they could not read", () => {
  it("lists each unreadable cell as charge does: its rule, sheet, cell and message, once", async () => {
    const grids = unreadSchool();
    const charge = await chargeJob(new MemoryWorkbook(grids), { write: false });
    const breaches = await breachesJob(new MemoryWorkbook(grids), { write: false });
    expect(said(charge.findings)).toHaveLength(2);
    expect(said(breaches.findings)).toEqual(said(charge.findings));
    expect(said(breaches.findings).join("\n")).toContain("5月考勤!D3 error 无法识别考勤「迟到」");
  });

  it("counts them in the breach list's errors", () => {
    const clean = analyseSchool(breachSchool()).breaches;
    const unread = analyseSchool(unreadSchool()).breaches;
    const errors = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error").length;
    expect(errors(unread)).toBe(errors(clean) + 2);
  });

  it("says each once in the city, which reads the charge and the breaches of the school", () => {
    const figures = schoolFigures("学校.xlsx", unreadSchool());
    expect(said(figures.findings)).toHaveLength(2);
    const clean = schoolFigures("学校.xlsx", breachSchool());
    expect(figures.counts.error).toBe(clean.counts.error + 2);
  });
});

describe("breaches say a formula saved without its value", () => {
  it("at its cell, as charge does, for it was read as blank and not checked", () => {
    const grids = breachSchool().map((g) =>
      g.name === "5月考勤" ? { ...g, uncalculated: ["D3"] } : g
    );
    const notCalculated = analyseSchool(grids).breaches.filter(
      (f) => f.rule === "FORMULA_NOT_CALCULATED"
    );
    expect(notCalculated.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["5月考勤!D3"]);
  });
});

describe("breaches say the roster values and attendance rows they could not read", () => {
  /** 甲's 公示日期 (名册!I2) written 不详, and an attendance row for S9, who is on no roster. */
  const grids = () =>
    breachSchool().map((g) =>
      g.name === "名册"
        ? {
            ...g,
            values: g.values.map((row, r) =>
              r === 1 ? row.map((v, c) => (c === 8 ? "不详" : v)) : row
            ),
          }
        : g.name === "5月考勤"
          ? { ...g, values: [...g.values, ["S9", "壬", 60, 60, 60, null]] }
          : g
    );
  const placed = (findings: readonly Finding[], rule: string) =>
    findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

  it.each(["ROSTER_DATE_UNREADABLE", "ATTENDANCE_STUDENT_UNKNOWN"])(
    "%s, as charge says it",
    async (rule) => {
      const charge = await chargeJob(new MemoryWorkbook(grids()), { write: false });
      const breaches = await breachesJob(new MemoryWorkbook(grids()), { write: false });
      expect(placed(charge.findings, rule)).toHaveLength(1);
      expect(placed(breaches.findings, rule)).toEqual(placed(charge.findings, rule));
    }
  );
});
