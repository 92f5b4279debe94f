import { parseArgs, type ParseArgsConfig } from "util";

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
    return { ok: false, message: optionMessage(e) };
  }
}

/**
 * Node's parseArgs speaks English; this says the same in Chinese, naming the option.
 *
 * @example optionMessage(new Error("Unknown option '--bogus'. …")) //=> "不认识的选项「--bogus」…"
 */
export function optionMessage(e: unknown): string {
  const text = String((e as Error)?.message ?? e);
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? "";
  const option = quoted.replace(/ <value>$/, "");
  if (/argument missing/.test(text)) return `选项「${option}」后面需要一个值`;
  if (/does not take an argument/.test(text)) return `选项「${option}」后面不能带值`;
  if (/^Unknown option/.test(text))
    return `不认识的选项「${option}」，请运行 kehou --help 查看可用选项`;
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
