import type { ClauseKey } from "../../policy/profile";
import type { Severity } from "../../policy/service-window";
import type { Message } from "../messages/message";

/** The families rules are grouped by in the catalogue; the breach job reports the policy ones. */
export type RuleFamily =
  | "reading"
  | "roster"
  | "charge"
  | "times"
  | "fees"
  | "days"
  | "content"
  | "enrollment"
  | "teachers"
  | "management"
  | "city";

/**
 * A rule a finding reports: its family, severity, the policy clause it enforces (if any),
 * its messages in Chinese and English, and for breaches what to do about it.
 */
export interface FindingRule extends Message {
  readonly family: RuleFamily;
  readonly severity: Severity;
  /** Which of the profile's clause labels the rule enforces; the profile in force says its text. */
  readonly cites?: ClauseKey;
  /**
   * What the 条款 column says where no city's clause applies (「—」: reading a workbook or a
   * policy file), or what a rule that cites a label shows where the profile has none; never a
   * city's clause text, nor Kehou's own SPEC, which a school cannot look up.
   */
  readonly clause?: string;
  readonly fix?: string;
}
