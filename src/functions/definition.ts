import type { Outcome } from "../policy/problem";
import type { Coercer } from "./coerce";

/** One parameter: its name (as in functions.ts), whether it may be left out, and its coercer. */
export interface ParamSpec<T> {
  readonly name: string;
  readonly optional: boolean;
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
  readonly run: (args: A) => Outcome<number | string>;
}

export function required<T>(name: string, coerce: Coercer<T>): ParamSpec<T> {
  return { name, optional: false, coerce };
}

export function optional<T>(name: string, coerce: Coercer<T>): ParamSpec<T> {
  return { name, optional: true, coerce };
}

/** Declares a function, keeping its argument types tied to its parameters. */
export function defineFunction<A extends unknown[]>(
  spec: FunctionSpec<A>
): FunctionSpec<unknown[]> {
  return spec as unknown as FunctionSpec<unknown[]>;
}
