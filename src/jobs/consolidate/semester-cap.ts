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
 * `schools` are in month order; schools without a cap are returned as they are. `earlier` are
 * files of the semester's months before the run (a one-month consolidation's May when June is
 * asked): not counted in the run, but what their families were asked counts toward the cap.
 * A month whose earlier months are neither in its workbook's 收费表 sheets nor in the files
 * is said, so the check is never silently partial.
 */
export function withSemesterCap(
  schools: readonly SchoolFigures[],
  earlier: readonly SchoolFigures[] = []
): {
  readonly schools: SchoolFigures[];
  readonly findings: { readonly figures: SchoolFigures; readonly finding: Finding }[];
} {
  const keyOf = schoolIdentity([...earlier, ...schools]);
  const paid = new Map<string, Map<string, Fen>>();
  const known = new Set<string>();
  for (const s of [...earlier, ...schools]) if (s.month) known.add(`${keyOf(s)}\u0000${s.month}`);
  const findings: { figures: SchoolFigures; finding: Finding }[] = [];
  const capMonth = (s: SchoolFigures, counted: boolean): SchoolFigures => {
    const cap = s.semesterCapFen;
    if (cap === undefined || !s.payables || !s.month) return s;
    const key = `${keyOf(s)}\u0000${semesterOf(s.month)}`;
    const before = paid.get(key) ?? new Map<string, Fen>();
    paid.set(key, before);
    const unknown = (s.semesterUnknown ?? []).filter((m) => !known.has(`${keyOf(s)}\u0000${m}`));
    if (counted && unknown.length > 0)
      findings.push({
        figures: s,
        finding: finding(
          "CITY_SEMESTER_CAP_UNCHECKED",
          { sheet: "" },
          { school: s.school, month: s.month, months: unknown.join("、"), cap: fenText(cap) }
        ),
      });
    let reduced = 0;
    let students = 0;
    const payables = s.ids.map((id, i) => {
      const month = capToSemester(s.payables![i] ?? 0, before.get(id) ?? 0, cap);
      before.set(id, (before.get(id) ?? 0) + month.payable);
      if (month.reduced > 0) ((reduced += month.reduced), students++);
      return month.payable;
    });
    if (reduced === 0 || !counted) return s;
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
  };
  for (const s of earlier) capMonth(s, false);
  const capped = schools.map((s) => capMonth(s, true));
  return { schools: capped, findings };
}
