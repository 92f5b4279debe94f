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
    return { ok: false, message: (e as Error).message };
  }
}

/** Reads --month: YYYY-MM. */
export function monthOption(value: string | boolean | undefined): string | undefined | Error {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    return new Error(`--month 应写成 YYYY-MM，如 2021-05（收到「${String(value)}」）`);
  return value;
}
