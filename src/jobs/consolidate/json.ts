import { fenText } from "../../policy/fen";
import type { SchoolFigures } from "./school-figures";
import type { CityResult } from "./job";
import { schoolTrends } from "./trends";

/** The city totals of some schools' figures: counts, and money as strings. */
function totalsOf(schools: readonly SchoolFigures[], count = schools.length) {
  const sum = (pick: (s: SchoolFigures) => number) => schools.reduce((n, s) => n + pick(s), 0);
  return {
    schools: count,
    students: sum((s) => s.students),
    leftBehind: sum((s) => s.leftBehind),
    migrant: sum((s) => s.migrant),
    hardship: sum((s) => s.hardship),
    gross: fenText(sum((s) => s.gross)),
    waived: fenText(sum((s) => s.waived)),
    refund: fenText(sum((s) => s.refund)),
    payable: fenText(sum((s) => s.payable)),
    governmentShare: fenText(sum((s) => s.governmentShare)),
    schoolShare: fenText(sum((s) => s.schoolShare)),
  };
}

/**
 * The city result as `kehou consolidate --json` prints it: money as strings. A multi-month
 * run says its range as `month` ("2021-03..2021-05", as --month takes it),
 * each school entry its month, `totals` over the run (schools counted once; head counts are
 * summed over the months), `months` the city totals of each month, and `trends` each
 * school's 应缴 and 政府分担 by month.
 */
export function cityJson(r: CityResult) {
  const months = r.months;
  const trends = schoolTrends(r);
  const byMonth = (figures: ReadonlyMap<string, { payable: number; governmentShare: number }>) => ({
    payable: Object.fromEntries([...figures].map(([m, f]) => [m, fenText(f.payable)])),
    governmentShare: Object.fromEntries(
      [...figures].map(([m, f]) => [m, fenText(f.governmentShare)])
    ),
  });
  return {
    month: months ? `${months[0]}..${months[months.length - 1]}` : (r.month ?? null),
    schools: r.schools.map((s) => ({
      file: s.file,
      school: s.school,
      ...(months ? { month: s.month ?? null } : {}),
      students: s.students,
      gross: fenText(s.gross),
      waived: fenText(s.waived),
      refund: fenText(s.refund),
      payable: fenText(s.payable),
      governmentShare: fenText(s.governmentShare),
      schoolShare: fenText(s.schoolShare),
      findings: s.counts,
    })),
    totals: totalsOf(r.schools, months ? trends.length : r.schools.length),
    ...(months
      ? {
          months: months.map((m) => ({
            month: m,
            totals: totalsOf(r.schools.filter((s) => s.month === m)),
          })),
          trends: trends.map((t) => ({
            school: t.school,
            ...byMonth(t.byMonth),
            total: { payable: fenText(t.payable), governmentShare: fenText(t.governmentShare) },
          })),
        }
      : {}),
    errors: r.errors,
    findings: r.findings.map((f) => ({
      school: f.school,
      file: f.file,
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      ...(f.studentId ? { studentId: f.studentId } : {}),
      message: f.message,
    })),
  };
}
