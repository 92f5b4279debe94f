import type { MessageCode } from "./messages/catalog";

/** Values a message may name: text, numbers, or a stage that is shown in the reader's language. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A data problem: bad input described by a message code, never an exception. */
export interface Problem {
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

/** The result of a rule that can meet bad input. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: MessageCode, params?: MessageParams): Outcome<T> {
  return { ok: false, problem: { code, params } };
}
