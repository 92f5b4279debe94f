import type { Severity } from "../policy/service-window";
import { FINDING_RULES, type FindingRuleId } from "./finding-rules";
import { formatMessage } from "./messages/format";
import type { Locale, MessageParams } from "./messages/message";
import { UI_TEXT } from "./messages/ui";

/** A problem found in a workbook (SPEC §10): where it is, how bad, and what to fix. */
export interface Finding {
  readonly rule: FindingRuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address in the user's own sheet; "" when the finding is about a whole sheet or workbook. */
  readonly cell: string;
  readonly studentId?: string;
  readonly message: string;
  /** The values in the message, so a reader in another language can word it again. */
  readonly params?: FindingParams;
}

export type FindingParams = MessageParams;

/** The message of a rule with its placeholders filled, in the reader's language. */
export function findingMessage(
  rule: FindingRuleId,
  params: FindingParams = {},
  locale: Locale = "zh-CN"
): string {
  return formatMessage(FINDING_RULES[rule], worded(params, locale), locale);
}

/** The refund a month without service gets (`{noServiceRefund}`, a percent), in words. */
function worded(params: FindingParams, locale: Locale): FindingParams {
  const percent = params.noServiceRefund;
  if (percent === undefined) return params;
  const m =
    Number(percent) === 100
      ? UI_TEXT.noServiceRefundWhole
      : Number(percent) === 0
        ? UI_TEXT.noServiceRefundNone
        : UI_TEXT.noServiceRefundPart;
  return { ...params, noServiceRefund: formatMessage(m, { percent }, locale) };
}

/**
 * A cell's text quoted in a message is cut to 40 characters: the cell address finds the rest.
 * A `{reason}` is Kehou's own sentence of why a file was not read, ending with what to do:
 * said whole.
 */
function shortened(params: FindingParams): FindingParams {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params))
    // A string of 40 UTF-16 units or fewer has 40 characters or fewer: not spread to count.
    out[k] =
      typeof v === "string" && k !== "reason" && v.length > 40 && [...v].length > 40
        ? `${[...v].slice(0, 40).join("")}…`
        : v;
  return out;
}

/** Makes a finding of a rule at a place, with the rule's severity unless given. */
export function finding(
  rule: FindingRuleId,
  place: { sheet: string; cell?: string; studentId?: string },
  params: FindingParams = {},
  severity: Severity = FINDING_RULES[rule].severity
): Finding {
  params = shortened(params);
  const sheet = place.sheet;
  const cell = place.cell ?? "";
  const message = findingMessage(rule, params);
  // studentId last, where there is one (the order JSON and the findings sheet have always had).
  return place.studentId
    ? { rule, severity, sheet, cell, message, params, studentId: place.studentId }
    : { rule, severity, sheet, cell, message, params };
}

/**
 * The same finding at another cell (and student): what `finding` makes there, as a finding's
 * words (message and params) do not name its cell or student. Built field by field in
 * `finding`'s order, never by a spread: a run places one finding made once at some 40,000
 * cells, and a spread is several times slower.
 */
export function findingAt(said: Finding, place: { cell: string; studentId?: string }): Finding {
  const { rule, severity, sheet, message, params } = said;
  return place.studentId
    ? { rule, severity, sheet, cell: place.cell, message, params, studentId: place.studentId }
    : { rule, severity, sheet, cell: place.cell, message, params };
}

/** Severities as Chinese readers see them. */
export const SEVERITY_ZH: Readonly<Record<Severity, string>> = {
  error: UI_TEXT.error.zh,
  warning: UI_TEXT.warning.zh,
  info: UI_TEXT.info.zh,
};

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Row and column of an A1 address, [0, 0] for anything else. */
function cellPosition(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

/** Findings by severity, then sheet, then row and column of the cell. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Each finding's keys once, not per comparison: sheets ranked by localeCompare (names it
  // calls equal share a rank), addresses parsed.
  const sheets = [...new Set(findings.map((f) => f.sheet))].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  sheets.forEach((name, i) =>
    rank.set(name, i > 0 && sheets[i - 1].localeCompare(name) === 0 ? rank.get(sheets[i - 1])! : i)
  );
  const keyed = findings.map((f) => {
    const [row, col] = cellPosition(f.cell);
    return { f, severity: severityOrder[f.severity], sheet: rank.get(f.sheet)!, row, col };
  });
  keyed.sort(
    (a, b) => a.severity - b.severity || a.sheet - b.sheet || a.row - b.row || a.col - b.col
  );
  return keyed.map((k) => k.f);
}
