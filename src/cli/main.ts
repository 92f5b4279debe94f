import { CONSOLE_TEXT, type ConsoleKey } from "../findings/messages/console";
import { formatMessage } from "../findings/messages/format";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { JOBS, type JobId } from "../jobs/catalogue";
import type { Command } from "./command";
import { demoCommand } from "./commands/demo";
import { breachesCommand } from "./commands/breaches";
import { chargeCommand } from "./commands/charge";
import { consolidateCommand } from "./commands/consolidate";
import { fnCommand } from "./commands/fn";
import { noticeCommand } from "./commands/notice";
import { noticesCommand } from "./commands/notices";
import { policyCommand } from "./commands/policy";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { displayWidth, padDisplay, wrapDisplay } from "./display-width";
import { didYouMean } from "./did-you-mean";
import { EXIT_FAILED, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIo, type Io } from "./io";
import { UnwritableWorkbook } from "../workbook/unwritable-workbook";
import { unwritableJson } from "./refused-run";
import { kehouVersion } from "./version";

/** The command of each job of the catalogue: a job without one does not compile. */
const JOB_COMMANDS: Record<JobId, Command> = {
  template: templateCommand,
  validate: validateCommand,
  charge: chargeCommand,
  breaches: breachesCommand,
  notice: noticeCommand,
  notices: noticesCommand,
  consolidate: consolidateCommand,
};

/** The subcommands, in the order `kehou --help` lists them: the catalogue's jobs, then the tools. */
export const COMMANDS: readonly Command[] = [
  ...JOBS.map((j) => JOB_COMMANDS[j.id]),
  demoCommand,
  fnCommand,
  policyCommand,
];

/** Help lines fit a 100-column terminal. */
export const HELP_WIDTH = 100;

/** The options of the commands, for `--help` (the common ones) and `COMMAND --help` (its own). */
const OPTIONS_HELP: readonly (readonly [string, ConsoleKey])[] = [
  ["-o OUT.xlsx", "optionOut"],
  ["--force", "optionForce"],
  ["--month YYYY-MM", "optionMonth"],
  ["--month YYYY-MM..YYYY-MM", "optionMonths"],
  ["--json", "optionJson"],
  ["--pdf", "optionPdf"],
  ["--letter", "optionLetter"],
  ["--providers FILE", "optionProviders"],
  ["--highlight", "optionHighlight"],
  ["--expect schools.txt", "optionExpect"],
  ["--with-names", "optionWithNames"],
];

/** A line of the console's own words. */
const say = (key: ConsoleKey, params: Record<string, string | number> = {}) =>
  formatMessage(CONSOLE_TEXT[key], params);

/** The options `kehou --help` lists for every workbook command. */
const COMMON_OPTIONS = ["-o", "--force", "--month", "--json"];

const flagOf = (option: string) => option.split(" ")[0];

function optionLines(options: readonly (readonly [string, ConsoleKey])[]): string[] {
  const width = Math.max(...options.map(([o]) => displayWidth(o)));
  return options.flatMap(([o, key]) =>
    wrapDisplay(`  ${padDisplay(o, width)}  ${say(key)}`, HELP_WIDTH, width + 4)
  );
}

/** The options a command takes: those its usage line names, in the table's order. */
function optionsOf(command: Command): (readonly [string, ConsoleKey])[] {
  const words = new Set(command.usage.split(/[\s[\]|]+/));
  return OPTIONS_HELP.filter(([o]) => {
    if (!words.has(flagOf(o))) return false;
    // The month range is consolidate's alone.
    return !o.includes("..") || command.usage.includes("..");
  });
}

export function helpText(): string {
  return [
    say("helpTitle", { policy: DEFAULT_PROFILE.id }),
    "",
    say("helpUsage"),
    "",
    say("helpCommands"),
    ...COMMANDS.flatMap((c) => [
      ...wrapDisplay(`  ${c.usage}`, HELP_WIDTH, 6),
      ...wrapDisplay(`      ${c.summary}`, HELP_WIDTH, 6),
    ]),
    "",
    say("helpCommonOptions"),
    ...optionLines(OPTIONS_HELP.filter(([o]) => COMMON_OPTIONS.includes(flagOf(o)))),
    "",
    say("helpExitCodes"),
  ].join("\n");
}

/** `kehou COMMAND --help`: its usage, what it does, and its own options only. */
export function commandHelp(command: Command): string {
  const options = optionsOf(command);
  return [
    ...wrapDisplay(say("usage", { usage: command.usage }), HELP_WIDTH, 6),
    ...wrapDisplay(command.summary, HELP_WIDTH),
    ...(options.length === 0 ? [] : ["", say("optionsHeading"), ...optionLines(options)]),
  ].join("\n");
}

/** Runs `kehou` with its arguments and returns the exit status. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.out(`kehou ${kehouVersion()}`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const near = didYouMean(
      name,
      COMMANDS.map((c) => c.name)
    );
    io.err(near ? say("unknownCommandNear", { name, near }) : say("unknownCommand", { name }));
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // A workbook read but not writable as a copy (-o): its sentence, and nothing written;
    // under --json a script reads why from standard output, as for every refused run.
    if (e instanceof UnwritableWorkbook) {
      if (rest.includes("--json")) io.out(unwritableJson(e.reason));
      return (io.err(e.message), EXIT_FAILED);
    }
    // A programming error: one Chinese line; the stack only when asked for (KEHOU_DEBUG=1).
    io.err(say("internalError"));
    if (process.env.KEHOU_DEBUG) io.err(String((e as Error)?.stack ?? e));
    return EXIT_INTERNAL;
  }
}
