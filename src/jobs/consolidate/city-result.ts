import { fenText } from "../../policy/fen";
import { finding, findingMessage, sortFindings, type Finding } from "../../sheets/finding";
import { countOnce } from "./duplicates";
import type { CityFinding, CityOptions, CityResult, Gathered } from "./job";
import { maskId } from "./mask";
import type { SchoolFigures } from "./school-figures";

/** A finding with ids and names masked unless the bureau asked for them. */
function privately(f: Finding, withNames: boolean): Finding {
  if (withNames || !f.studentId) return f;
  const params = { ...(f.params ?? {}) };
  for (const key of ["student", "id"]) if (key in params) params[key] = maskId(f.studentId);
  return { ...f, studentId: maskId(f.studentId), params, message: findingMessage(f.rule, params) };
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

/**
 * The city from the schools' figures: the same student in two schools, submitted charge
 * sheets that differ from ours, schools that did not submit, months that differ, files that
 * could not be read. A bad file is an error entry; the rest are still consolidated.
 */
export function cityResult(gathered: readonly Gathered[], options: CityOptions = {}): CityResult {
  const read: SchoolFigures[] = [];
  const errors: { file: string; message: string }[] = [];
  const findings: CityFinding[] = [];
  const cityFinding = (f: Finding, school: string, file: string) =>
    findings.push({ ...privately(f, options.withNames === true), school, file });

  for (const s of options.skipped ?? []) {
    const f = finding("CITY_LINK_SKIPPED", { sheet: "" }, { file: s.file, reason: s.message });
    errors.push({ file: s.file, message: f.message });
    cityFinding(f, "", s.file);
  }
  for (const g of gathered) {
    if ("error" in g) {
      errors.push({ file: g.file, message: g.error });
      cityFinding(
        finding("CITY_FILE_UNREADABLE", { sheet: "" }, { file: g.file, reason: g.error }),
        "",
        g.file
      );
    } else if (!g.figures.isSchool) {
      errors.push({ file: g.file, message: findingMessage("CITY_NOT_A_SCHOOL", { file: g.file }) });
      cityFinding(finding("CITY_NOT_A_SCHOOL", { sheet: "" }, { file: g.file }), "", g.file);
    } else read.push(g.figures);
  }

  const month = options.month ?? mostCommon(read.map((s) => s.month));
  const inMonth = read.filter((s) => {
    if (s.month === month) return true;
    cityFinding(
      finding(
        "CITY_MONTH_DIFFERS",
        { sheet: "" },
        { file: s.file, found: s.month ?? "（未知）", month: month ?? "" }
      ),
      s.school,
      s.file
    );
    return false;
  });

  const { counted, resubmissions } = countOnce(inMonth);
  for (const r of resubmissions) {
    // Both paths whole (a finding's values are otherwise cut at 40 characters).
    const params = { ...r };
    const f = {
      ...finding("CITY_DUPLICATE_SUBMISSION", { sheet: "" }, params),
      params,
      message: findingMessage("CITY_DUPLICATE_SUBMISSION", params),
    };
    errors.push({ file: r.file, message: f.message });
    cityFinding(f, r.school, r.file);
  }
  const schools = counted;
  const seen = new Map<string, string>();
  for (const s of schools) {
    for (const f of s.findings) cityFinding(f, s.school, s.file);
    for (const id of s.ids) {
      const other = seen.get(id);
      if (other !== undefined && other !== s.school) {
        cityFinding(
          finding(
            "CITY_DUPLICATE_STUDENT",
            { sheet: "", studentId: id },
            { id: options.withNames ? id : maskId(id), school: s.school, other }
          ),
          s.school,
          s.file
        );
      } else seen.set(id, s.school);
    }
    if (s.submitted) {
      for (const [what, theirs, ours] of [
        ["应缴", s.submitted.payable, s.payable],
        ["应收", s.submitted.gross, s.gross],
      ] as const) {
        if (theirs === ours) continue;
        cityFinding(
          finding(
            "CITY_CHARGE_SHEET_DIFFERS",
            { sheet: s.submitted.sheet },
            {
              school: s.school,
              what,
              theirs: fenText(theirs),
              ours: fenText(ours),
              diff: fenText(theirs - ours),
            }
          ),
          s.school,
          s.file
        );
      }
    }
  }
  const submitted = new Set(schools.map((s) => s.school));
  for (const name of options.expect ?? []) {
    if (!submitted.has(name))
      cityFinding(
        finding("CITY_NOT_SUBMITTED", { sheet: "" }, { school: name, month: month ?? "" }),
        name,
        ""
      );
  }
  return { month, schools, errors, findings: sortFindings(findings) as CityFinding[] };
}
