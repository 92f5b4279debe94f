import { sheetRef } from "../sheets/a1";
import { SEVERITY_ZH, sortFindings, type Finding } from "../findings/finding";
import { ruleOf } from "../findings/finding-rules";
import { formatMessage } from "../findings/messages/format";
import { clauseOf } from "../findings/rule-clause";
import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { tablePrint, type OutputCell, type OutputSheet } from "./output-sheet";

/**
 * Each job's own findings sheet, so that running one job never replaces another's list
 * (charge, then breaches on its output, keeps both).
 */
export const FINDINGS_SHEETS = {
  validate: "校验问题清单",
  charge: "收费问题清单",
  breaches: "违规问题清单",
  notices: "缴费通知问题清单",
} as const;

export type FindingsJob = keyof typeof FINDINGS_SHEETS;

/** A link to a cell of the user's sheet that Excel and LibreOffice both follow. */
export function cellLink(sheet: string, cell: string): OutputCell {
  if (!sheet || !cell) return cell;
  const target = `#${sheetRef(sheet, cell)}`.replace(/"/g, '""');
  return { formula: `HYPERLINK("${target}","${cell}")`, result: cell };
}

/** Said of a highlighted cell that has a note of the school's own, which Kehou does not cover. */
export const NOTE_KEPT = "（该单元格已有学校自己的批注，Kehou 只标了颜色，未添加批注）";

/** Said of a highlighted cell past the notes a file can carry (NOTES_CAP). */
export const NOTE_CAPPED = "（标记的单元格过多，Kehou 只标了颜色，未添加批注，请以本表为准）";

/**
 * A job's findings sheet (收费问题清单 …): every finding, errors first, each linked to its cell.
 * `notesKept`: highlighted cells whose own note was kept, said so in their findings. The 条款
 * column cites the clause labels of `profile`, the one the job ran under.
 */
export function findingsSheet(
  findings: readonly Finding[],
  title: string,
  job: FindingsJob,
  notesKept: readonly { sheet: string; cell: string; unnoted?: "too-many" }[] = [],
  profile: Profile = DEFAULT_PROFILE
): OutputSheet {
  const kept = new Map(
    notesKept.map((m) => [`${m.sheet}!${m.cell}`, m.unnoted ? NOTE_CAPPED : NOTE_KEPT])
  );
  return {
    name: FINDINGS_SHEETS[job],
    title,
    columns: [
      { header: "严重程度", width: 10, format: "text" },
      { header: "规则", width: 28, format: "text" },
      { header: "条款", width: 12, format: "text" },
      { header: "工作表", width: 16, format: "text" },
      { header: "单元格", width: 10, format: "text" },
      { header: "学号", width: 20, format: "text" },
      { header: "说明", width: 80, format: "text" },
      { header: "建议", width: 40, format: "text" },
    ],
    rows: sortFindings(findings).map((f) => [
      SEVERITY_ZH[f.severity],
      f.rule,
      clauseOf(ruleOf(f.rule), profile),
      f.sheet,
      cellLink(f.sheet, f.cell),
      f.studentId ?? "",
      `${f.message}${kept.get(`${f.sheet}!${f.cell}`) ?? ""}`,
      fixOf(f),
    ]),
    table: `Kehou${FINDINGS_SHEETS[job]}`,
    print: tablePrint(),
  };
}

/** What to do about a finding, with its values filled in (「改为 {policy}」 names the policy). */
function fixOf(f: Finding): string {
  const fix = ruleOf(f.rule).fix;
  return fix ? formatMessage({ zh: fix, en: fix }, f.params) : "";
}

/** Findings as JSON (SPEC §10), each clause the label of `profile`, the one the job ran under. */
export function findingsJson(findings: readonly Finding[], profile: Profile = DEFAULT_PROFILE) {
  return sortFindings(findings).map((f) => {
    const clause = clauseOf(ruleOf(f.rule), profile);
    return {
      rule: f.rule,
      severity: f.severity,
      ...(clause ? { clause } : {}),
      sheet: f.sheet,
      cell: f.cell,
      ...(f.studentId ? { studentId: f.studentId } : {}),
      message: f.message,
    };
  });
}
