import { CONSOLE_TEXT } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { jobEntry } from "../../jobs/catalogue";
import { startWorkbookRun, writeOutput } from "../workbook-run";
import { findingsJson } from "../../jobs/findings-sheet";
import { validateJob } from "../../jobs/validate";
import { shownSchool } from "../../sheets/settings";
import type { Command } from "../command";
import { refusedRun } from "../refused-run";
import { findingsText } from "../findings-text";
import { writtenText } from "../written-text";
import { EXIT_FAILED, EXIT_OK, type Io } from "../io";

export const validateCommand: Command = {
  name: "validate",
  usage: formatMessage(CONSOLE_TEXT.usageValidate),
  summary: jobEntry("validate").summary,
  async run(args: string[], io: Io): Promise<number> {
    const started = await startWorkbookRun(args, io, this.usage);
    if (typeof started === "number") return started;
    const { workbook, output } = started;
    const result = await validateJob(workbook, {
      write: output !== undefined,
      profile: started.profile,
    });
    const refused = refusedRun(result.findings, started.json, io);
    if (refused !== undefined) return refused;
    if (
      output &&
      !(await writeOutput(await workbook.toBuffer(), output, started.force, io, started.json))
    )
      return EXIT_FAILED;
    if (started.json) {
      io.out(
        JSON.stringify(
          {
            school: result.school,
            students: result.students,
            findings: findingsJson(result.findings, result.profile),
          },
          null,
          2
        )
      );
    } else {
      io.out(
        `${formatMessage(CONSOLE_TEXT.validateSummary, { school: shownSchool(result.school), students: result.students })}\n${findingsText(result.findings)}`
      );
      if (output) io.out(writtenText(output, result.sheetNames));
    }
    return EXIT_OK;
  },
};
