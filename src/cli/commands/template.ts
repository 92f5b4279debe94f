import { CONSOLE_TEXT } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { jobEntry } from "../../jobs/catalogue";
import { templateSheets } from "../../jobs/template";
import { monthOfNow } from "../../sheets/date-header";
import { XlsxWorkbook } from "../../workbook/xlsx-workbook";
import type { Command } from "../command";
import { EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, type Io } from "../io";
import { checkOutput } from "../open-workbook";
import { monthOption, parseOptions } from "../options";
import { outputIsPolicy, policyOption, policyUsageError } from "../policy-option";
import { writeOutput } from "../workbook-run";

export const templateCommand: Command = {
  name: "template",
  usage: formatMessage(CONSOLE_TEXT.usageTemplate),
  summary: jobEntry("template").summary,
  async run(args: string[], io: Io): Promise<number> {
    const parsed = parseOptions(args, {
      output: { type: "string", short: "o" },
      month: { type: "string" },
      force: { type: "boolean" },
      policy: { type: "string" },
    });
    if (!parsed.ok || !parsed.values.output || parsed.positionals.length > 0) {
      const why = parsed.ok ? formatMessage(CONSOLE_TEXT.templateNeedsOutput) : parsed.message;
      io.err(`${why}\n${formatMessage(CONSOLE_TEXT.usage, { usage: this.usage })}`);
      return EXIT_USAGE;
    }
    const month = monthOption(parsed.values.month);
    if (month instanceof Error) return (io.err(month.message), EXIT_USAGE);
    const policyUsage = policyUsageError(parsed.values.policy);
    if (policyUsage) return (io.err(policyUsage.message), EXIT_USAGE);
    // The city's template: its policy's id in 政策, its own figures in the instructions.
    const profile = await policyOption(parsed.values.policy);
    if (profile instanceof Error) return (io.err(profile.message), EXIT_UNREADABLE);
    const output = parsed.values.output as string;
    const bad =
      (await checkOutput(output, undefined, parsed.values.force === true)) ??
      (await outputIsPolicy(output, parsed.values.policy));
    if (bad) return (io.err(bad.message), EXIT_USAGE);
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(templateSheets(month ?? monthOfNow(), profile));
    const force = parsed.values.force === true;
    if (!(await writeOutput(await wb.toBuffer(), output, force, io))) return EXIT_FAILED;
    io.out(formatMessage(CONSOLE_TEXT.templateWritten, { file: output }));
    return EXIT_OK;
  },
};
