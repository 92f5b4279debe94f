import type { Locale } from "../findings/messages/message";
import { problemMessage, problemText } from "../findings/messages/problems";
import type { Problem, ProblemCode } from "../policy/problem";
import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { functionCatalog } from "./catalog";
import type { FunctionSpec } from "./definition";
import { cellsOf, isBlank, type ExcelArg } from "./excel-value";

/** The Excel error codes the functions answer with (SPEC §7). */
export type ExcelErrorCode = "#VALUE!" | "#NUM!";

/**
 * What a custom function gives Excel: a value (money marked, to be shown with its fen), or
 * an error code with its message.
 */
export type FunctionResult =
  | { readonly kind: "value"; readonly value: number | string; readonly money?: boolean }
  | { readonly kind: "error"; readonly code: ExcelErrorCode; readonly message: string };

/** Problems of a number out of its domain, which Excel answers with #NUM!. */
const NUM_PROBLEMS: ReadonlySet<ProblemCode> = new Set(["MINUTES_OVER_DAY"]);

export interface EvaluateOptions {
  readonly locale?: Locale;
  /** The clock behind a blank date, for tests. */
  readonly today?: () => Date;
  /** The policy where the policy argument is left out: the one the workbook names. */
  readonly profile?: Profile;
}

/** The ids of the custom functions. */
export function functionIds(): string[] {
  return functionCatalog().map((f) => f.id);
}

const catalogs = new Map<Locale, WeakMap<Profile, readonly FunctionSpec[]>>();

/**
 * The catalog on the real clock, built once per language and profile: Excel calls a
 * function per cell.
 */
function catalogFor(locale: Locale, profile: Profile): readonly FunctionSpec[] {
  let byProfile = catalogs.get(locale);
  if (!byProfile) catalogs.set(locale, (byProfile = new WeakMap()));
  let catalog = byProfile.get(profile);
  if (!catalog) byProfile.set(profile, (catalog = functionCatalog(locale, undefined, profile)));
  return catalog;
}

function error(message: string): FunctionResult {
  return { kind: "error", code: "#VALUE!", message };
}

function problemError(problem: Problem, locale: Locale): FunctionResult {
  const code = NUM_PROBLEMS.has(problem.code) ? "#NUM!" : "#VALUE!";
  return { kind: "error", code, message: problemMessage(problem, locale) };
}

/** A blank argument: an empty cell, an omitted one, or a range of empty cells. */
function blankArg(raw: ExcelArg): boolean {
  return cellsOf(raw).every((c) => isBlank(c.value));
}

/**
 * Evaluates a custom function as Excel would call it: checks the argument count, coerces
 * each argument, fills defaults for omitted ones, and turns every problem into #VALUE!.
 * @example evaluate("SERVICEFEE", [[[120, 29, 45]]]) //=> { kind: "value", value: 11 }
 */
export function evaluate(
  id: string,
  args: readonly ExcelArg[],
  options: EvaluateOptions = {}
): FunctionResult {
  const locale = options.locale ?? "zh-CN";
  const profile = options.profile ?? DEFAULT_PROFILE;
  const catalog = options.today
    ? functionCatalog(locale, options.today, profile)
    : catalogFor(locale, profile);
  const spec = catalog.find((f) => f.id === id.toUpperCase().replace(/^KEHOU\./, ""));
  if (!spec)
    return error(
      problemText(
        "FUNCTION_UNKNOWN",
        { name: id, names: catalog.map((f) => f.id).join("、") },
        locale
      )
    );
  const min = spec.params.filter((p) => !p.optional).length;
  // Blank arguments past the last parameter are no arguments (SPEC §7), never a wrong count.
  let count = args.length;
  while (count > spec.params.length && blankArg(args[count - 1])) count--;
  if (count < min || count > spec.params.length) {
    return error(
      problemText(
        min === spec.params.length ? "ARGUMENT_COUNT_EXACT" : "ARGUMENT_COUNT",
        { name: spec.id, min, max: spec.params.length, count },
        locale
      )
    );
  }
  const coerced: unknown[] = [];
  for (const [i, param] of spec.params.entries()) {
    const raw = args[i];
    if (!param.blankIsValue && blankArg(raw)) {
      return error(problemText("ARGUMENT_REQUIRED", { name: spec.id, param: param.name }, locale));
    }
    const value = param.coerce(raw);
    if (!value.ok) return problemError(value.problem, locale);
    coerced.push(value.value);
  }
  const result = spec.run(coerced);
  if (!result.ok) return problemError(result.problem, locale);
  return spec.returns === "money"
    ? { kind: "value", value: result.value, money: true }
    : { kind: "value", value: result.value };
}
