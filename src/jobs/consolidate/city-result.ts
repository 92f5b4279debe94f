import { fenText } from "../../policy/fen";
import { finding, findingMessage, sortFindings, type Finding } from "../../findings/finding";
import { fileSentence } from "../../findings/messages/file-sentence";
import { nameKey } from "../../sheets/name-key";
import { countOnce, schoolIdentity } from "./duplicates";
import { inChinese } from "./chinese-reason";
import { expectedSchools } from "./expected";
import { periodText, runMonths } from "./run-months";
import type { CityFinding, CityOptions, CityResult, Gathered } from "./city-types";
import { maskId } from "./mask";
import type { SchoolFigures } from "./school-figures";
import { withSemesterCap } from "./semester-cap";

/** The months a workbook holds as `--month` takes a range ("2024-03..2024-05"). */
function monthRange(months: readonly string[]): string {
  const sorted = [...months].sort();
  return `${sorted[0]}..${sorted[sorted.length - 1]}`;
}

/** A finding with ids and names masked unless the bureau asked for them. */
function privately(f: Finding, withNames: boolean): Finding {
  if (withNames || !f.studentId) return f;
  const params = { ...(f.params ?? {}) };
  for (const key of ["student", "id"]) if (key in params) params[key] = maskId(f.studentId);
  return { ...f, studentId: maskId(f.studentId), params, message: findingMessage(f.rule, params) };
}

/**
 * The city from the schools' figures: the same student in two schools, submitted charge
 * sheets that differ from ours, schools that did not submit, months that differ, files that
 * could not be read. A bad file is an error entry; the rest are still consolidated. Over
 * several months (see `runMonths`) each month is judged on its own: counts, resubmissions,
 * the same student twice, schools expected; a month of a range with no school is said.
 */
export function cityResult(gathered: readonly Gathered[], options: CityOptions = {}): CityResult {
  const read: SchoolFigures[] = [];
  // Months a cumulative workbook was read for besides its own: outside the run they count
  // only toward the semester cap, and are no misfiled file to report.
  const fromCumulative = new Set<SchoolFigures>();
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
      // Readers and threads may speak English: the clerk reads Chinese only.
      const reason = inChinese(g.error);
      errors.push({ file: g.file, message: reason });
      // A reader's refusal names the file already (「学校.xlsx」是 CSV 文本…): said once.
      const said = { file: g.file, reason: fileSentence(g.file, reason) };
      cityFinding(finding("CITY_FILE_UNREADABLE", { sheet: "" }, said), "", g.file);
    } else if (g.figures.unknownPolicy !== undefined) {
      // Charged under no known rules: left out, like a file that cannot be read.
      const params = { file: g.file, value: g.figures.unknownPolicy };
      const f = finding("CITY_POLICY_UNKNOWN", { sheet: "" }, params);
      errors.push({ file: g.file, message: f.message });
      cityFinding(f, g.figures.school, g.file);
    } else if (!g.figures.isSchool) {
      errors.push({ file: g.file, message: findingMessage("CITY_NOT_A_SCHOOL", { file: g.file }) });
      cityFinding(finding("CITY_NOT_A_SCHOOL", { sheet: "" }, { file: g.file }), "", g.file);
    } else if (!nameKey(g.figures.school)) {
      // §三(五)2 the government's half is paid to a named school: a file without its name is
      // returned to the school and its figures kept out of the city's (SPEC §11).
      const file = options.shownFile?.(g.file) ?? g.file;
      const params = { file };
      const f = {
        ...finding("CITY_SCHOOL_UNNAMED", { sheet: "" }, params),
        params,
        message: findingMessage("CITY_SCHOOL_UNNAMED", params),
      };
      errors.push({ file, message: f.message });
      cityFinding(f, "", file);
    } else {
      read.push(g.figures, ...(g.also ?? []));
      for (const x of g.also ?? []) fromCumulative.add(x);
      if (g.unreadMonths)
        cityFinding(
          finding(
            "CITY_MONTHS_NOT_READ",
            { sheet: "" },
            {
              file: g.file,
              months: g.unreadMonths.join("、"),
              range: monthRange(g.figures.heldMonths ?? g.unreadMonths),
            }
          ),
          g.figures.school,
          g.file
        );
    }
  }

  // One month, or several (asked as a range, or held by the files).
  const months = runMonths(
    read.map((s) => s.month),
    options
  );
  const several = months.length > 1;
  const inRun = read.filter((s) => {
    if (several ? months.includes(s.month ?? "") : s.month === months[0]) return true;
    if (fromCumulative.has(s)) return false;
    cityFinding(
      finding(
        "CITY_MONTH_DIFFERS",
        { sheet: "" },
        { file: s.file, found: s.month ?? "（未知）", month: periodText(months) }
      ),
      s.school,
      s.file
    );
    return false;
  });

  // §三(五)2 the government's half is paid per school and month: one count a school a month,
  // so a March and an April file of one school are not resubmissions.
  const schools: SchoolFigures[] = [];
  for (const m of several ? months : [months[0]]) {
    const { counted, resubmissions, undecided } = countOnce(inRun.filter((s) => s.month === m));
    for (const x of counted) schools.push(x);
    for (const u of undecided)
      cityFinding(finding("CITY_SCHOOL_CODE_UNDECIDED", { sheet: "" }, { ...u }), u.school, u.file);
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
  }
  // The profile's semester cap, over the months before each in the same semester.
  // Files of the semester's earlier months left out of the run still count toward the cap,
  // so a one-month consolidation holds June to what May already asked.
  const first = [...months].sort()[0] ?? "";
  const earlierMonths = [...new Set(read.map((s) => s.month ?? ""))]
    .filter((m) => m && m < first)
    .sort();
  const earlier = earlierMonths.flatMap(
    (m) => countOnce(read.filter((s) => s.month === m && !inRun.includes(s))).counted
  );
  const semester = withSemesterCap(schools, earlier);
  schools.splice(0, schools.length, ...semester.schools);
  for (const c of semester.findings) cityFinding(c.finding, c.figures.school, c.figures.file);
  // The same student in two schools is judged within a month (a pupil may move between months).
  const schoolKey = schoolIdentity(schools);
  type Seen = { readonly key: string; readonly school: string; readonly place: string };
  const seenIn = new Map<string | undefined, Map<string, Seen>>();
  for (const s of schools) {
    for (const f of s.findings) cityFinding(f, s.school, s.file);
    const seen = seenIn.get(s.month) ?? new Map<string, Seen>();
    seenIn.set(s.month, seen);
    const key = schoolKey(s);
    s.ids.forEach((id, i) => {
      const other = seen.get(id);
      // Where the pupil is in each workbook, so both schools can be asked without the id.
      const place = s.places?.[i] || "名册";
      if (other !== undefined && other.key !== key) {
        const params = {
          id: options.withNames ? id : maskId(id),
          school: s.school,
          place,
          other: other.school,
          otherPlace: other.place,
        };
        cityFinding(
          finding("CITY_DUPLICATE_STUDENT", { sheet: "", studentId: id }, params),
          s.school,
          s.file
        );
      } else if (other === undefined) seen.set(id, { key, school: s.school, place });
    });
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
  const unlisted = new Set<string>();
  for (const m of several ? months : [months[0]]) {
    const submitted = schools.filter((s) => s.month === m);
    if (options.expect) expectedSchools(options.expect, submitted, m ?? "", cityFinding, unlisted);
    // A month of the range asked with no school at all: 全市 没有报送 that month.
    if (several && submitted.length === 0)
      cityFinding(
        finding("CITY_NOT_SUBMITTED", { sheet: "" }, { school: "全市", month: m ?? "", hint: "" }),
        "全市",
        ""
      );
  }
  // The month the per-school charts show: over several months, the latest with a school.
  const month = several
    ? (schools[schools.length - 1]?.month ?? months[months.length - 1])
    : months[0];
  return {
    month,
    ...(several ? { months } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    schools,
    errors,
    findings: sortFindings(findings) as CityFinding[],
  };
}
