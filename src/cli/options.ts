import { CONSOLE_TEXT, type ConsoleKey } from "../findings/messages/console";
import { formatMessage } from "../findings/messages/format";
import { MAX_RUN_MONTHS, monthsBetween } from "../jobs/consolidate/run-months";
import { parseArgs, type ParseArgsConfig } from "util";
import { didYouMean } from "./did-you-mean";

/** A line of the console's own words. */
const say = (key: ConsoleKey, params: Record<string, string | number> = {}) =>
  formatMessage(CONSOLE_TEXT[key], params);

/** Parses a command's options; a usage mistake becomes a message instead of an exception. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T
):
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; message: string } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return {
      ok: true,
      values: values as Record<string, string | boolean | undefined>,
      positionals,
    };
  } catch (e) {
    const known = Object.entries(options).flatMap(([name, o]) => [
      `--${name}`,
      ...(o.short ? [`-${o.short}`] : []),
    ]);
    return { ok: false, message: optionMessage(e, known) };
  }
}

/**
 * Node's parseArgs speaks English; this says the same in Chinese, naming the option.
 *
 * @example optionMessage(new Error("Unknown option '--bogus'. …")) //=> "不认识的选项「--bogus」…"
 */
export function optionMessage(e: unknown, known: readonly string[] = []): string {
  const text = String((e as Error)?.message ?? e);
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? "";
  const option = quoted.replace(/ <value>$/, "");
  if (/argument missing/.test(text)) return say("optionNeedsValue", { option });
  if (/does not take an argument/.test(text)) return say("optionTakesNoValue", { option });
  if (/^Unknown option/.test(text)) {
    const near = didYouMean(
      option,
      known.filter((k) => k.startsWith("--"))
    );
    return near ? say("optionUnknownNear", { option, near }) : say("optionUnknown", { option });
  }
  if (/^Unexpected argument/.test(text)) return say("argumentExtra", { option });
  return say("argumentsWrong");
}

/** Reads --month: YYYY-MM. */
export function monthOption(value: string | boolean | undefined): string | undefined | Error {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    return new Error(say("monthWrong", { value: String(value) }));
  return value;
}

/**
 * Reads consolidate's --month: one month (YYYY-MM) or a range (YYYY-MM..YYYY-MM) of at most
 * twelve months, in order. A range of one month is that month.
 * @example monthRangeOption("2021-03..2021-05") //=> { months: ["2021-03", "2021-04", "2021-05"] }
 */
export function monthRangeOption(
  value: string | boolean | undefined
): { month?: string; months?: string[] } | Error {
  if (value === undefined) return {};
  const text = typeof value === "string" ? value.trim() : "";
  const m = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:\s*\.\.\s*(\d{4}-(?:0[1-9]|1[0-2])))?$/.exec(text);
  if (!m) return new Error(say("monthRangeWrong", { value: String(value) }));
  const [, first, last = first] = m;
  // A reversed range is a usage mistake, said with the range the clerk meant.
  if (first > last) return new Error(say("monthRangeReversed", { first, last }));
  const months = monthsBetween(first, last);
  if (months.length > MAX_RUN_MONTHS)
    return new Error(
      say("monthRangeTooLong", { first, last, months: months.length, max: MAX_RUN_MONTHS })
    );
  return months.length === 1 ? { month: first } : { months };
}
