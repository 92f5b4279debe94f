import { fenText, type Fen } from "../../policy/fen";
import { capToSemester } from "../../policy/semester-cap";
import { finding, type Finding } from "../../findings/finding";
import { earlierMonthsOfSemester, semesterCapFinding } from "../charge/semester-cap";
import { schoolIdentity } from "./duplicates";
import type { SchoolFigures } from "./school-figures";

/**
 * The profile's semester cap across the months of a consolidation, one computation for the
 * city's figures and the school's own warning: month by month, each student's 应缴 is held to
 * what remains of the cap after the earlier months of the same semester at the same school (a
 * month charged over the cap is lowered, never a later one raised), the school's 应缴 lowered
 * by the sum, a finding per student lowered in the school's findings (the charge's own,
 * `CHARGE_SEMESTER_CAP`, with the city's figures) and one for the school (`CITY_SEMESTER_CAP`).
 * An earlier month is what the city made of its file, else what the workbook's own 收费表
 * sheet of it says. `schools` are in month order; schools without a cap are returned as they
 * are. `earlier` are files of the semester's months before the run (a one-month
 * consolidation's May when June is asked): not counted in the run, but what their families
 * were asked counts toward the cap. A month whose earlier months are neither in its
 * workbook's 收费表 sheets nor in the files is said, so the check is never silently partial.
 */
export function withSemesterCap(
  schools: readonly SchoolFigures[],
  earlier: readonly SchoolFigures[] = []
): {
  readonly schools: SchoolFigures[];
  readonly findings: { readonly figures: SchoolFigures; readonly finding: Finding }[];
} {
  const keyOf = schoolIdentity([...earlier, ...schools]);
  /** Each school month's 应缴 by 学号 as the city capped it, by school and month. */
  const filed = new Map<string, Map<string, Fen>>();
  const findings: { figures: SchoolFigures; finding: Finding }[] = [];
  const capMonth = (s: SchoolFigures, counted: boolean): SchoolFigures => {
    const cap = s.semesterCapFen;
    if (cap === undefined || !s.payables || !s.month) return s;
    const school = keyOf(s);
    const sheets = new Map((s.semesterSheets ?? []).map((x) => [x.month, x.payables]));
    const months = earlierMonthsOfSemester(s.month);
    const unknown = months
      .filter((m) => !filed.has(`${school}\u0000${m}`) && !sheets.has(m))
      .reverse();
    if (counted && unknown.length > 0)
      findings.push({
        figures: s,
        finding: finding(
          "CITY_SEMESTER_CAP_UNCHECKED",
          { sheet: "" },
          { school: s.school, month: s.month, months: unknown.join("、"), cap: fenText(cap) }
        ),
      });
    // The earlier months of one student: the city's figures of a file, else the sheet's.
    const beforeOf = (id: string, i: number) => {
      let before = 0;
      for (const m of months) {
        const file = filed.get(`${school}\u0000${m}`);
        before += file ? (file.get(id) ?? 0) : (sheets.get(m)?.[i] ?? 0);
      }
      return before;
    };
    const month = s.month;
    const mine = filed.get(`${school}\u0000${month}`) ?? new Map<string, Fen>();
    filed.set(`${school}\u0000${month}`, mine);
    let reduced = 0;
    const lowered: Finding[] = [];
    const payables = s.ids.map((id, i) => {
      const before = beforeOf(id, i);
      const capped = capToSemester(s.payables![i] ?? 0, before, cap);
      mine.set(id, (mine.get(id) ?? 0) + capped.payable);
      if (capped.reduced > 0) {
        reduced += capped.reduced;
        const place = s.capPlaces?.[i];
        lowered.push(
          semesterCapFinding(month, { cell: place?.cell, studentId: id }, place?.student ?? id, {
            before,
            cap,
            ...capped,
          })
        );
      }
      return capped.payable;
    });
    if (!counted) return s;
    // The school's own warnings of the cap are these: the workbook's alone may know fewer months.
    const own = s.findings.filter((f) => f.rule !== "CHARGE_SEMESTER_CAP");
    const dropped = s.findings.length - own.length;
    if (reduced === 0 && dropped === 0) return s;
    const figures: SchoolFigures = {
      ...s,
      payables,
      payable: s.payable - reduced,
      findings: [...own, ...lowered],
      counts: { ...s.counts, warning: s.counts.warning - dropped + lowered.length },
    };
    if (reduced > 0)
      findings.push({
        figures,
        finding: finding(
          "CITY_SEMESTER_CAP",
          { sheet: "" },
          {
            school: s.school,
            month: s.month,
            students: lowered.length,
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
