import { finding, type Finding } from "../findings/finding";
import type { Message } from "../findings/messages/message";
import { ruleOf } from "../findings/finding-rules";
import { findingsJson } from "../jobs/findings-sheet";
import { policyRefusal } from "../jobs/school-workbook";
import { findingsText } from "./findings-text";
import { EXIT_UNREADABLE, type Io } from "./io";

/**
 * A run the job refused (the workbook's 政策 names no rules Kehou knows, and no --policy was
 * given): its findings said, nothing written, and a failing exit status so a script stops.
 * Undefined when the run was not refused.
 */
export function refusedRun(
  findings: readonly Finding[],
  json: boolean,
  io: Io
): number | undefined {
  const refusal = policyRefusal(findings);
  if (!refusal) return undefined;
  if (json) io.out(refusedJson(findings));
  // What to do is said with it: the list alone names the cell, not the way out.
  io.err(`${json ? "" : `${findingsText(findings)}\n`}${ruleOf(refusal.rule).fix}`);
  return EXIT_UNREADABLE;
}

/** What --json prints of a refused run: no policy applied, the findings that say why. */
export function refusedJson(findings: readonly Finding[]): string {
  return JSON.stringify({ refused: true, policy: null, findings: findingsJson(findings) }, null, 2);
}

/**
 * What --json prints of a run refused because Kehou cannot write the workbook's copy (see
 * UnwritableWorkbook): a refused run's JSON, its finding the sentence said on standard error.
 */
export function unwritableJson(reason: Message): string {
  return refusedJson([finding("WORKBOOK_UNWRITABLE", { sheet: "" }, { reason: reason.zh })]);
}

/**
 * What --json prints of a run refused because Kehou cannot read the workbook: a refused run's
 * JSON, its finding the sentence said on standard error (which names the file).
 */
export function unreadableJson(sentence: string): string {
  return refusedJson([finding("WORKBOOK_UNREADABLE", { sheet: "" }, { reason: sentence })]);
}

/**
 * What --json prints of a run whose copy (or PDF) the file system would not take: a refused
 * run's JSON, its finding the sentence said on standard error (which names the path).
 */
export function notWrittenJson(sentence: string): string {
  return refusedJson([notWrittenFinding(sentence)]);
}

/** The finding of a copy or PDF the file system would not take, its sentence naming the path. */
export function notWrittenFinding(sentence: string): Finding {
  return finding("OUTPUT_UNWRITABLE", { sheet: "" }, { reason: sentence });
}
