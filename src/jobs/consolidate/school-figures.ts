import { earlierCharges } from "../charge/semester-cap";
import { chargeSheetCell, chargeSheetName } from "../charge/sheet";
import type { Profile } from "../../policy/profile";
import type { Fen } from "../../policy/fen";
import type { Finding } from "../../findings/finding";
import type { SheetGrid } from "../../sheets/grid";
import type { ProviderLists } from "../../sheets/providers";
import { isEmptyCell } from "../../sheets/grid";
import { analyseSchool, type SchoolAnalysis } from "../breaches/analyse";
import { namesHeld, rowLabel, withoutNames } from "./privacy";
import { schoolCode } from "./school-code";
import { submittedChargeTotals } from "./submitted-charges";

/** Findings kept per school for the city lists; the rest are counted. */
export const FINDINGS_KEPT_PER_SCHOOL = 100;

/** What the bureau keeps of one school's month: figures, ids for cross-checks, top findings. */
export interface SchoolFigures {
  readonly file: string;
  readonly school: string;
  /** The 学校代码 of its settings, where it has one: with the name, who the school is. */
  readonly code?: string;
  readonly month?: string;
  /** The last day of the month with attendance marked: which of two submissions is newer. */
  readonly lastDay?: string;
  /** The file's modification time (ms), where known: the tie-break between submissions. */
  readonly modified?: number;
  readonly students: number;
  readonly leftBehind: number;
  readonly migrant: number;
  readonly hardship: number;
  readonly days: number;
  readonly minutes: number;
  readonly gross: Fen;
  readonly waived: Fen;
  readonly refund: Fen;
  readonly payable: Fen;
  readonly governmentShare: Fen;
  readonly schoolShare: Fen;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly Finding[];
  /** Ids of the students charged, for the same student in two schools. */
  readonly ids: readonly string[];
  /**
   * Where each of `ids` is in the school's workbook, as a clerk can ask for it without the id
   * (学生名册 第 7 行); "" where the roster does not say.
   */
  readonly places?: readonly string[];
  /**
   * The profile's semester cap (fen), where it has one; then `payables` holds each of `ids`'
   * 应缴 of the month, for the cap across the semester's months.
   */
  readonly semesterCapFen?: Fen;
  /** Each of `ids`' 应缴 of the month before the semester cap: the city applies the cap once. */
  readonly payables?: readonly Fen[];
  /**
   * With a cap: each of `ids`' 应缴 in the earlier months the workbook keeps a 收费表 sheet
   * for; a month of the semester not here has none.
   */
  readonly semesterSheets?: readonly {
    readonly month: string;
    readonly payables: readonly Fen[];
  }[];
  /**
   * With a cap: where each of `ids`' month is on its charge sheet (the 应缴金额 cell) and who
   * it is as the city may say it (the name only with `--with-names`), for the cap's finding.
   */
  readonly capPlaces?: readonly { readonly cell: string; readonly student: string }[];
  /** The school's own Kehou charge sheet totals, where it submitted one. */
  readonly submitted?: { readonly sheet: string; readonly payable: Fen; readonly gross: Fen };
  /** Whether the workbook had a roster and attendance at all. */
  readonly isSchool: boolean;
  /** Every month the workbook's attendance sheets hold, where more than one (a cumulative workbook). */
  readonly heldMonths?: readonly string[];
  /** The 政策 its settings name when no rules are known for it (and the city gave none). */
  readonly unknownPolicy?: string;
}

export interface FiguresOptions {
  readonly month?: string;
  /** The city's policy, applied to every school (`--policy FILE`). */
  readonly profile?: Profile;
  readonly providers?: ProviderLists;
  /** Keep names in the findings (`--with-names`); without it no name leaves the reader. */
  readonly withNames?: boolean;
  readonly modified?: number;
}

const isSchool = (a: SchoolAnalysis) =>
  a.workbook.roster !== undefined && a.workbook.attendance !== undefined;

/** The school read for the month asked; when it holds another month, that one, to say so. */
function analysed(grids: readonly SheetGrid[], options: FiguresOptions): SchoolAnalysis {
  const asked = analyseSchool(grids, options);
  if (isSchool(asked) || options.month === undefined) return asked;
  const held = analyseSchool(grids, { providers: options.providers, profile: options.profile });
  return isSchool(held) ? held : asked;
}

/**
 * The last date of the month with any attendance mark: the day columns latest first, each
 * until a student's cell in it is marked (most months' last column is, so one column is read).
 * An entry other than an absence is a mark; an absence is one only when its cell is not blank.
 */
function lastMarkedDay(analysis: SchoolAnalysis, grids: readonly SheetGrid[]): string | undefined {
  const attendance = analysis.workbook.attendance;
  if (!attendance) return undefined;
  const grid = grids.find((g) => g.name === attendance.sheet);
  const { days, rows } = attendance;
  const latestFirst = days
    .map((_, i) => i)
    .sort((a, b) => (days[a].date < days[b].date ? 1 : days[a].date > days[b].date ? -1 : 0));
  for (const i of latestFirst) {
    const col = days[i].col;
    for (const row of rows) {
      const entry = row.block[row.from + i];
      if (entry.kind !== "absent" || (grid && !isEmptyCell(grid.values[row.row]?.[col] ?? null)))
        return days[i].date;
    }
  }
  return undefined;
}

/**
 * A school's figures from its grids (read, charged and checked with our own rules), keeping
 * only what the city report needs so 500 schools fit in memory.
 */
export function schoolFigures(
  file: string,
  grids: readonly SheetGrid[],
  options: FiguresOptions = {}
): SchoolFigures {
  const analysis = analysed(grids, options);
  const { workbook, charges, breaches } = analysis;
  const served = charges.lines.filter((l) => l.days > 0 || charges.mode === "monthly");
  const servedIds = new Set(served.map((l) => l.id));
  const roster = workbook.roster?.students.filter((s) => servedIds.has(s.id)) ?? [];
  const all = onePerProblem([...charges.findings, ...breaches]);
  const count = (s: Finding["severity"]) => all.filter((f) => f.severity === s).length;
  const t = charges.totals;
  const names = options.withNames
    ? []
    : namesHeld([workbook.roster?.students, workbook.attendance?.rows, charges.lines]);
  const settings = grids.find((g) => g.name === workbook.settings.sheet);
  const code = schoolCode(settings);
  const ids = [...servedIds].filter(Boolean);
  const rosterSheet = workbook.roster?.sheet ?? "";
  const placeOf = new Map(
    (workbook.roster?.students ?? []).map((s) => [s.id, `${rosterSheet} 第 ${s.row + 1} 行`])
  );
  const semesterCapFen = charges.profile?.caps.perSemesterFen;
  const semester =
    semesterCapFen !== undefined
      ? semesterFigures(analysis, grids, ids, semesterCapFen, names)
      : {};
  return {
    file,
    // A blank 学校名称 stays blank: the city lists the file, never names a school by its path.
    school: charges.school,
    ...(code ? { code } : {}),
    month: charges.month,
    lastDay: lastMarkedDay(analysis, grids),
    ...(options.modified !== undefined ? { modified: options.modified } : {}),
    students: served.length,
    leftBehind: roster.filter((s) => s.flags.leftBehind).length,
    migrant: roster.filter((s) => s.flags.migrant).length,
    hardship: roster.filter((s) => s.flags.hardship).length,
    days: served.reduce((n, l) => n + l.days, 0),
    minutes: t.minutes,
    gross: t.gross,
    waived: t.waived,
    refund: t.refund,
    // Before the semester cap: the city holds the month to it, with the earlier months it has.
    payable: t.payable + capReduced(charges.lines),
    governmentShare: t.governmentShare,
    schoolShare: t.schoolShare,
    counts: { error: count("error"), warning: count("warning"), info: count("info") },
    findings: all
      .filter((f) => f.severity !== "info")
      .slice(0, FINDINGS_KEPT_PER_SCHOOL)
      .map((f) => withoutNames(f, names)),
    ids,
    places: ids.map((id) => placeOf.get(id) ?? ""),
    ...semester,
    submitted: charges.month ? submittedChargeTotals(grids, charges.month) : undefined,
    isSchool: isSchool(analysis),
    ...((workbook.heldMonths?.length ?? 0) > 1 ? { heldMonths: workbook.heldMonths } : {}),
    ...(workbook.settings.unknownPolicy !== undefined
      ? { unknownPolicy: workbook.settings.unknownPolicy }
      : {}),
  };
}

/**
 * What the workbook's own semester cap took off the lines of students with a 学号: the city
 * caps those again over every earlier month it knows (a line without one it cannot follow
 * across months keeps the workbook's cap).
 */
function capReduced(lines: SchoolAnalysis["charges"]["lines"]): Fen {
  let reduced = 0;
  for (const l of lines) if (l.id) reduced += l.semesterCapReduced ?? 0;
  return reduced;
}

/**
 * What the city's semester cap needs of a school's month: each student's 应缴 before the cap,
 * the earlier months' 应缴 its 收费表 sheets hold, and where and who each student is.
 */
function semesterFigures(
  analysis: SchoolAnalysis,
  grids: readonly SheetGrid[],
  ids: readonly string[],
  semesterCapFen: Fen,
  names: readonly string[]
): Partial<SchoolFigures> {
  const { charges } = analysis;
  const payableOf = new Map<string, Fen>();
  const placeOf = new Map<string, { cell: string; student: string }>();
  const month = charges.month;
  const served = new Set(charges.lines.filter((l) => l.days > 0 || charges.mode === "monthly"));
  charges.lines.forEach((l, index) => {
    if (!l.id || !served.has(l)) return;
    const before = l.payable + (l.semesterCapReduced ?? 0);
    payableOf.set(l.id, (payableOf.get(l.id) ?? 0) + before);
    if (placeOf.has(l.id) || !month) return;
    const cell = chargeSheetCell(charges.mode, index, "应缴金额") ?? "";
    const named = l.name || l.id;
    const student = names.length > 0 && l.name ? rowLabel(chargeSheetName(month), cell) : named;
    placeOf.set(l.id, { cell, student });
  });
  const earlier =
    analysis.earlier ?? (month ? earlierCharges(month, grids, semesterCapFen) : undefined);
  return {
    semesterCapFen,
    payables: ids.map((id) => payableOf.get(id) ?? 0),
    semesterSheets: earlier
      ? [...earlier.months].map(([m, byId]) => ({
          month: m,
          payables: ids.map((id) => byId.get(id) ?? 0),
        }))
      : [],
    capPlaces: ids.map((id) => placeOf.get(id) ?? { cell: "", student: id }),
  };
}

/**
 * One finding per problem and cell: a charge rule and a breach rule at the same cell are one
 * problem said twice; the more severe is kept, else the first (the charge's reading).
 */
function onePerProblem(findings: readonly Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const kept = new Map<string, Finding>();
  for (const f of findings) {
    const key = f.cell ? `${f.sheet}|${f.cell}` : `${f.rule}|${f.sheet}|${f.message}`;
    const before = kept.get(key);
    if (!before || rank[f.severity] < rank[before.severity]) kept.set(key, f);
  }
  return [...kept.values()];
}
