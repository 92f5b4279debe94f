import type { Fen } from "../../policy/fen";
import type { Finding } from "../../sheets/finding";
import type { SheetGrid } from "../../sheets/grid";
import type { ProviderLists } from "../../sheets/providers";
import { analyseSchool } from "../breaches/analyse";
import { submittedChargeTotals } from "./submitted-charges";

/** Findings kept per school for the city lists; the rest are counted. */
export const FINDINGS_KEPT_PER_SCHOOL = 100;

/** What the bureau keeps of one school's month: figures, ids for cross-checks, top findings. */
export interface SchoolFigures {
  readonly file: string;
  readonly school: string;
  readonly month?: string;
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
  /** The school's own Kehou charge sheet totals, where it submitted one. */
  readonly submitted?: { readonly sheet: string; readonly payable: Fen; readonly gross: Fen };
  /** Whether the workbook had a roster and attendance at all. */
  readonly isSchool: boolean;
}

/**
 * A school's figures from its grids (read, charged and checked with our own rules), keeping
 * only what the city report needs so 500 schools fit in memory.
 */
export function schoolFigures(
  file: string,
  grids: readonly SheetGrid[],
  options: { month?: string; providers?: ProviderLists } = {}
): SchoolFigures {
  const { workbook, charges, breaches } = analyseSchool(grids, options);
  const served = charges.lines.filter((l) => l.days > 0 || charges.mode === "monthly");
  const servedIds = new Set(served.map((l) => l.id));
  const roster = workbook.roster?.students.filter((s) => servedIds.has(s.id)) ?? [];
  // The charge's own findings, then the breaches it has not already reported at the same cell.
  const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}`;
  const reported = new Set(charges.findings.map(key));
  const all = [...charges.findings, ...breaches.filter((b) => !reported.has(key(b)))];
  const count = (s: Finding["severity"]) => all.filter((f) => f.severity === s).length;
  const t = charges.totals;
  return {
    file,
    school: charges.school || file,
    month: charges.month,
    students: served.length,
    leftBehind: roster.filter((s) => s.flags.leftBehind).length,
    migrant: roster.filter((s) => s.flags.migrant).length,
    hardship: roster.filter((s) => s.flags.hardship).length,
    days: served.reduce((n, l) => n + l.days, 0),
    minutes: t.minutes,
    gross: t.gross,
    waived: t.waived,
    refund: t.refund,
    payable: t.payable,
    governmentShare: t.governmentShare,
    schoolShare: t.schoolShare,
    counts: { error: count("error"), warning: count("warning"), info: count("info") },
    findings: all.filter((f) => f.severity !== "info").slice(0, FINDINGS_KEPT_PER_SCHOOL),
    ids: [...servedIds].filter(Boolean),
    submitted: charges.month ? submittedChargeTotals(grids, charges.month) : undefined,
    isSchool: workbook.roster !== undefined && workbook.attendance !== undefined,
  };
}
