import { fenText, type Fen } from "../../policy/fen";
import { capToSemester, semesterOf } from "../../policy/semester-cap";
import { finding, type Finding } from "../../findings/finding";
import { schoolIdentity } from "./duplicates";
import type { SchoolFigures } from "./school-figures";

/**
 * The profile's semester cap across the months of a consolidation: month by month, each
 * student's 应缴 is held to what remains of the cap after the earlier months of the same
 * semester at the same school (a month charged over the cap is lowered, never a later one
 * raised), the school's 应缴 lowered by the sum, and a finding says how much and for whom.
 * `schools` are in month order; schools without a cap are returned as they are.
 */
export function withSemesterCap(schools: readonly SchoolFigures[]): {
  readonly schools: SchoolFigures[];
  readonly findings: { readonly figures: SchoolFigures; readonly finding: Finding }[];
} {
  const keyOf = schoolIdentity(schools);
  const paid = new Map<string, Map<string, Fen>>();
  const findings: { figures: SchoolFigures; finding: Finding }[] = [];
  const capped = schools.map((s) => {
    const cap = s.semesterCapFen;
    if (cap === undefined || !s.payables || !s.month) return s;
    const key = `${keyOf(s)}\u0000${semesterOf(s.month)}`;
    const before = paid.get(key) ?? new Map<string, Fen>();
    paid.set(key, before);
    let reduced = 0;
    let students = 0;
    const payables = s.ids.map((id, i) => {
      const month = capToSemester(s.payables![i] ?? 0, before.get(id) ?? 0, cap);
      before.set(id, (before.get(id) ?? 0) + month.payable);
      if (month.reduced > 0) ((reduced += month.reduced), students++);
      return month.payable;
    });
    if (reduced === 0) return s;
    const figures = { ...s, payables, payable: s.payable - reduced };
    findings.push({
      figures,
      finding: finding(
        "CITY_SEMESTER_CAP",
        { sheet: "" },
        {
          school: s.school,
          month: s.month,
          students,
          cap: fenText(cap),
          reduced: fenText(reduced),
        }
      ),
    });
    return figures;
  });
  return { schools: capped, findings };
}
