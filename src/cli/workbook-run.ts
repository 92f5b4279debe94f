import { CONSOLE_TEXT } from "../findings/messages/console";
import { formatMessage } from "../findings/messages/format";
import type { ParseArgsConfig } from "util";
import type { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { EXIT_UNREADABLE, EXIT_USAGE, type Io } from "./io";
import { checkOutput, openWorkbook } from "./open-workbook";
import { monthOption, parseOptions } from "./options";
import { publish } from "./output-file";
import { notWrittenJson, refusedJson, unreadableJson } from "./refused-run";
import { outputIsPolicy, PolicyFileRefused, policyOption, policyUsageError } from "./policy-option";
import type { Profile } from "../policy/profile";
import { builtInProfile } from "../policy/profiles";

/**
 * Publishes a workbook's bytes at `output` (see `publish`); a failure is said in one Chinese
 * line. Returns whether the file was written.
 */
export async function writeOutput(
  bytes: Uint8Array,
  output: string,
  force: boolean,
  io: Io,
  json = false
): Promise<boolean> {
  const failed = await publish(bytes, output, { force });
  if (!failed) return true;
  // Under --json a script reads why from standard output, as for every refused run.
  if (json) io.out(notWrittenJson(failed.message));
  io.err(failed.message);
  return false;
}

/** A job's run on one school workbook, once its options are read and the file is open. */
export interface WorkbookRun {
  readonly file: string;
  readonly output?: string;
  readonly month?: string;
  readonly json: boolean;
  /** --force: replace a file already at `output`. */
  readonly force: boolean;
  readonly values: Record<string, string | boolean | undefined>;
  readonly workbook: XlsxWorkbook;
  /** --policy: the profile applied whatever the workbook's 政策 row says. */
  readonly profile?: Profile;
  /** The file --policy read the profile from (absent for a built-in id). */
  readonly policyFile?: string;
}

const COMMON = {
  json: { type: "boolean" },
  output: { type: "string", short: "o" },
  month: { type: "string" },
  force: { type: "boolean" },
  policy: { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/**
 * The part every one-workbook command shares (validate, charge, breaches): FILE, --json,
 * -o OUT.xlsx (never the input, not over an existing file without --force), --month; then
 * the workbook opened. A usage mistake or an unreadable file is an exit status, said in Chinese.
 */
export async function startWorkbookRun(
  args: string[],
  io: Io,
  usage: string,
  extra: NonNullable<ParseArgsConfig["options"]> = {},
  check: (values: Record<string, string | boolean | undefined>) => string | undefined = () =>
    undefined
): Promise<WorkbookRun | number> {
  const parsed = parseOptions(args, { ...COMMON, ...extra });
  if (!parsed.ok || parsed.positionals.length !== 1) {
    const why = parsed.ok ? formatMessage(CONSOLE_TEXT.needWorkbook) : parsed.message;
    io.err(`${why}\n${formatMessage(CONSOLE_TEXT.usage, { usage })}`);
    return EXIT_USAGE;
  }
  const month = monthOption(parsed.values.month);
  if (month instanceof Error) return (io.err(month.message), EXIT_USAGE);
  const problem = check(parsed.values);
  if (problem) return (io.err(problem), EXIT_USAGE);
  const policyUsage = policyUsageError(parsed.values.policy);
  if (policyUsage) {
    io.err(`${policyUsage.message}\n${formatMessage(CONSOLE_TEXT.usage, { usage })}`);
    return EXIT_USAGE;
  }
  const profile = await policyOption(parsed.values.policy);
  if (profile instanceof Error) {
    // Refused as a refused workbook is: under --json a script reads why from standard output.
    if (parsed.values.json === true && profile instanceof PolicyFileRefused)
      io.out(refusedJson(profile.findings));
    return (io.err(profile.message), EXIT_UNREADABLE);
  }
  const [file] = parsed.positionals;
  const output = parsed.values.output as string | undefined;
  // -o "" (an empty variable in a script) is a mistake, never a run that writes nothing.
  if (output !== undefined && output.trim() === "")
    return (
      io.err(
        `${formatMessage(CONSOLE_TEXT.outputNameMissing)}\n${formatMessage(CONSOLE_TEXT.usage, { usage })}`
      ),
      EXIT_USAGE
    );
  if (output) {
    const onPolicy = await outputIsPolicy(output, parsed.values.policy);
    if (onPolicy) return (io.err(onPolicy.message), EXIT_USAGE);
    const bad = await checkOutput(output, file, parsed.values.force === true);
    if (bad) return (io.err(bad.message), EXIT_USAGE);
  }
  const workbook = await openWorkbook(file);
  if (workbook instanceof Error) {
    // Under --json a script reads why from standard output, as for every refused run.
    if (parsed.values.json === true) io.out(unreadableJson(workbook.message));
    return (io.err(workbook.message), EXIT_UNREADABLE);
  }
  return {
    file,
    output,
    month,
    json: parsed.values.json === true,
    force: parsed.values.force === true,
    values: parsed.values,
    workbook,
    ...(profile ? { profile } : {}),
    // A built-in id gives the built-in profile itself; anything else was read from the file.
    ...(profile && profile !== builtInProfile(String(parsed.values.policy))
      ? { policyFile: String(parsed.values.policy) }
      : {}),
  };
}
