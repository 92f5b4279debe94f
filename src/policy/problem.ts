/**
 * The problems the policy's rules and the custom functions can meet. The rules have no
 * words: each problem's message, in both languages, is in findings/messages/problems.ts.
 */
export type ProblemCode =
  | "STAGE_UNKNOWN"
  | "UPLIFT_NOT_NUMBER"
  | "UPLIFT_NEGATIVE"
  | "UPLIFT_TOO_HIGH"
  | "UPLIFT_NOT_ALLOWED"
  | "UPLIFT_NOT_SENIOR"
  | "MINUTES_NOT_NUMBER"
  | "MINUTES_NEGATIVE"
  | "MINUTES_OVER_DAY"
  | "AMOUNT_NOT_NUMBER"
  | "AMOUNT_NEGATIVE"
  | "COUNT_NOT_NUMBER"
  | "COUNT_NEGATIVE"
  | "SCHEDULED_NOT_POSITIVE"
  | "ATTENDED_EXCEEDS_SCHEDULED"
  | "PARTY_UNKNOWN"
  | "BOOLEAN_UNREADABLE"
  | "TIME_UNREADABLE"
  | "DATE_UNREADABLE"
  | "DATE_BEFORE_POLICY"
  | "END_NOT_AFTER_START"
  | "END_FIXED_PILOT"
  | "END_TOO_EARLY"
  | "END_TOO_LATE"
  | "END_TOO_LATE_IN_PRINCIPLE"
  | "SENIOR_SELF_STUDY"
  | "SESSION_LENGTH_UNKNOWN"
  | "FUNCTION_UNKNOWN"
  | "ARGUMENT_COUNT"
  | "ARGUMENT_COUNT_EXACT"
  | "ARGUMENT_REQUIRED"
  | "RANGE_EMPTY"
  | "POLICY_UNKNOWN"
  | "REFUND_BY_ABSENCE"
  | "FEE_BY_MONTH";

/** Values a message may name: text, numbers, or a stage that is shown in the reader's language. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A data problem: bad input described by a message code, never an exception. */
export interface Problem {
  readonly code: ProblemCode;
  readonly params?: MessageParams;
}

/** The result of a rule that can meet bad input. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ProblemCode, params?: MessageParams): Outcome<T> {
  return { ok: false, problem: { code, params } };
}
