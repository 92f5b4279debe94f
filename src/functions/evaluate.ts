import { formatMessage, problemMessage, type Locale } from "../policy/messages/format";
import { functionCatalog } from "./catalog";
import type { FunctionSpec } from "./definition";
import type { ExcelArg } from "./excel-value";
import { isBlank } from "./excel-value";

/** What a custom function gives Excel: a value, or an error code with its message. */
export type FunctionResult =
  | { readonly kind: "value"; readonly value: number | string }
  | { readonly kind: "error"; readonly code: "#VALUE!"; readonly message: string };

export interface EvaluateOptions {
  readonly locale?: Locale;
  /** The clock behind a blank date, for tests. */
  readonly today?: () => Date;
}

/** The ids of the custom functions. */
export function functionIds(): string[] {
  return functionCatalog().map((f) => f.id);
}

const catalogs = new Map<Locale, readonly FunctionSpec[]>();

/** The catalog on the real clock, built once per language: Excel calls a function per cell. */
function catalogFor(locale: Locale): readonly FunctionSpec[] {
  let catalog = catalogs.get(locale);
  if (!catalog) catalogs.set(locale, (catalog = functionCatalog(locale)));
  return catalog;
}

function error(message: string): FunctionResult {
  return { kind: "error", code: "#VALUE!", message };
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
  const catalog = options.today ? functionCatalog(locale, options.today) : catalogFor(locale);
  const spec = catalog.find((f) => f.id === id.toUpperCase().replace(/^KEHOU\./, ""));
  if (!spec)
    return error(
      formatMessage(
        "FUNCTION_UNKNOWN",
        { name: id, names: catalog.map((f) => f.id).join("、") },
        locale
      )
    );
  const min = spec.params.filter((p) => !p.optional).length;
  if (args.length < min || args.length > spec.params.length) {
    return error(
      formatMessage(
        "ARGUMENT_COUNT",
        { name: spec.id, min, max: spec.params.length, count: args.length },
        locale
      )
    );
  }
  const coerced: unknown[] = [];
  for (const [i, param] of spec.params.entries()) {
    const raw = args[i];
    if (!param.optional && isBlank(raw as null)) {
      return error(
        formatMessage("ARGUMENT_REQUIRED", { name: spec.id, param: param.name }, locale)
      );
    }
    const value = param.coerce(raw);
    if (!value.ok) return error(problemMessage(value.problem, locale));
    coerced.push(value.value);
  }
  const result = spec.run(coerced);
  return result.ok
    ? { kind: "value", value: result.value }
    : error(problemMessage(result.problem, locale));
}
