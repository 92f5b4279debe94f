import { MAX_RUN_MONTHS, monthsBetween } from "../jobs/consolidate/run-months";
import { parseArgs, type ParseArgsConfig } from "util";
import { didYouMean } from "./did-you-mean";

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
  if (/argument missing/.test(text)) return `选项「${option}」后面需要一个值`;
  if (/does not take an argument/.test(text)) return `选项「${option}」后面不能带值`;
  if (/^Unknown option/.test(text)) {
    const near = didYouMean(
      option,
      known.filter((k) => k.startsWith("--"))
    );
    return `不认识的选项「${option}」${near ? `，是不是要用「${near}」？` : "，"}请运行 kehou --help 查看可用选项`;
  }
  if (/^Unexpected argument/.test(text)) return `多余的参数「${option}」`;
  return "命令行参数有误，请运行 kehou --help 查看用法";
}

/** Reads --month: YYYY-MM. */
export function monthOption(value: string | boolean | undefined): string | undefined | Error {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    return new Error(`--month 应写成 YYYY-MM，如 2021-05（收到「${String(value)}」）`);
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
  if (!m)
    return new Error(
      `--month 应写成 YYYY-MM（一个月）或 YYYY-MM..YYYY-MM（几个月），如 2021-05 或 2021-03..2021-06（收到「${String(value)}」）`
    );
  const [, first, last = first] = m;
  // A reversed range is a usage mistake, said with the range the clerk meant.
  if (first > last)
    return new Error(`--month 的起始月份 ${first} 晚于结束月份 ${last}，请写成 ${last}..${first}`);
  const months = monthsBetween(first, last);
  if (months.length > MAX_RUN_MONTHS)
    return new Error(
      `--month ${first}..${last} 共 ${months.length} 个月，一次最多汇总 ${MAX_RUN_MONTHS} 个月，请分段汇总`
    );
  return months.length === 1 ? { month: first } : { months };
}
