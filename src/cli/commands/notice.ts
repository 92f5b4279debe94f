import { CONSOLE_TEXT } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { findingsJson } from "../../jobs/findings-sheet";
import { jobEntry } from "../../jobs/catalogue";
import { noticeJob } from "../../jobs/notices/job";
import { shownSchool } from "../../sheets/settings";
import type { Command } from "../command";
import { refusedRun } from "../refused-run";
import { writtenText } from "../written-text";
import { findingsText } from "../findings-text";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from "../io";
import { pdfJson, pdfTarget, writePdf } from "../pdf-option";
import { startWorkbookRun, writeOutput } from "../workbook-run";

export const noticeCommand: Command = {
  name: "notice",
  usage: formatMessage(CONSOLE_TEXT.usageNotice),
  summary: jobEntry("notice").summary,
  async run(args: string[], io: Io): Promise<number> {
    const started = await startWorkbookRun(args, io, this.usage, {
      pdf: { type: "boolean" },
      letter: { type: "boolean" },
    });
    if (typeof started === "number") return started;
    const { workbook, output, values } = started;
    const pdf = values.pdf === true ? await pdfTarget(started, "收费公示") : undefined;
    if (pdf instanceof Error) return (io.err(pdf.message), EXIT_USAGE);
    const result = await noticeJob(workbook, {
      letter: values.letter === true,
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
    const names = result.sheets.map((s) => s.name).join("、");
    if (started.json) {
      // The PDF first, so the JSON says whether it was written.
      const failed = pdf ? await writePdf(result.sheets, pdf, io, started) : undefined;
      const printed = pdfJson(pdf, failed);
      io.out(
        JSON.stringify(
          {
            school: result.school,
            date: result.date,
            sheets: names,
            ...(printed.pdf ? { pdf: printed.pdf } : {}),
            findings: findingsJson([...result.findings, ...printed.findings], result.profile),
          },
          null,
          2
        )
      );
      return failed ? EXIT_FAILED : EXIT_OK;
    }
    io.out(
      formatMessage(CONSOLE_TEXT.noticeSummary, {
        school: shownSchool(result.school),
        date: result.date,
        sheets: names,
      })
    );
    if (result.findings.length > 0) io.out(findingsText(result.findings));
    if (output) io.out(writtenText(output, result.sheetNames));
    if (pdf && (await writePdf(result.sheets, pdf, io, started))) return EXIT_FAILED;
    return EXIT_OK;
  },
};
