import type { Outcome } from "../policy/problem";
import type { Coercer } from "./coerce";

/**
 * One parameter: its name (as in functions.ts), whether it may be left out, whether a blank
 * cell is a value (a number argument's 0, SPEC §7) rather than a missing argument, and its coercer.
 */
export interface ParamSpec<T> {
  readonly name: string;
  readonly optional: boolean;
  readonly blankIsValue: boolean;
  readonly coerce: Coercer<T>;
}

/**
 * A custom function declared as data (HyperFormula style): its parameters and a body that
 * receives them already coerced. The shared routine in `evaluate.ts` checks the count,
 * coerces, fills defaults and turns problems into Excel errors.
 */
export interface FunctionSpec<A extends unknown[] = unknown[]> {
  readonly id: string;
  readonly params: { readonly [K in keyof A]: ParamSpec<A[K]> };
  /** What the number returned is: money is shown with its two decimals (SPEC §12). */
  readonly returns: "money" | "text";
  readonly run: (args: A) => Outcome<number | string>;
}

/** A required argument that a blank cell leaves missing (a stage, a time). */
export function required<T>(name: string, coerce: Coercer<T>): ParamSpec<T> {
  return { name, optional: false, blankIsValue: false, coerce };
}

/** A required number argument: a blank cell is 0 (SPEC §7: REFUND(300, blank, 20) = 300). */
export function requiredNumber<T>(name: string, coerce: Coercer<T>): ParamSpec<T> {
  return { name, optional: false, blankIsValue: true, coerce };
}

/** An optional argument: blank is the same as omitted. */
export function optional<T>(name: string, coerce: Coercer<T>): ParamSpec<T> {
  return { name, optional: true, blankIsValue: true, coerce };
}

/** Declares a function, keeping its argument types tied to its parameters. */
export function defineFunction<A extends unknown[]>(
  spec: FunctionSpec<A>
): FunctionSpec<unknown[]> {
  return spec as unknown as FunctionSpec<unknown[]>;
}
