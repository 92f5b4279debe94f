import { findingsJson } from "../../jobs/findings-sheet";
import { CONSOLE_TEXT } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { jobEntry } from "../../jobs/catalogue";
import { noticesJob } from "../../jobs/notices/job";
import { fenText } from "../../policy/fen";
import { shownSchool } from "../../sheets/settings";
import type { Command } from "../command";
import { refusedRun } from "../refused-run";
import { writtenText } from "../written-text";
import { findingsText } from "../findings-text";
import { monthAdvice } from "../month-advice";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from "../io";
import { pdfJson, pdfTarget, writePdf } from "../pdf-option";
import { startWorkbookRun, writeOutput } from "../workbook-run";

export const noticesCommand: Command = {
  name: "notices",
  usage: formatMessage(CONSOLE_TEXT.usageNotices),
  summary: jobEntry("notices").summary,
  async run(args: string[], io: Io): Promise<number> {
    const started = await startWorkbookRun(args, io, this.usage, { pdf: { type: "boolean" } });
    if (typeof started === "number") return started;
    const { workbook, output, month, values } = started;
    const result = await noticesJob(workbook, {
      month,
      write: output !== undefined,
      profile: started.profile,
    });
    const refused = refusedRun(result.charges.findings, started.json, io);
    if (refused !== undefined) return refused;
    const pdf =
      values.pdf === true
        ? await pdfTarget(started, `缴费通知单-${result.charges.month ?? ""}`)
        : undefined;
    if (pdf instanceof Error) return (io.err(pdf.message), EXIT_USAGE);
    if (
      output &&
      !(await writeOutput(await workbook.toBuffer(), output, started.force, io, started.json))
    )
      return EXIT_FAILED;
    const { charges, notices } = result;
    const total = notices.reduce((t, n) => t + n.line.payable, 0);
    const printing = pdf !== undefined && notices.length > 0;
    const advice = monthAdvice(charges.findings);
    if (started.json) {
      // The PDF first, so the JSON says whether it was written.
      const failed = printing ? await writePdf(result.noticeSheets, pdf, io, started) : undefined;
      const printed = pdfJson(printing ? pdf : undefined, failed);
      io.out(
        JSON.stringify(
          {
            school: charges.school,
            month: charges.month,
            notices: notices.map((n) => ({
              id: n.line.id,
              name: n.line.name,
              class: n.line.className,
              payable: fenText(n.line.payable),
              reason: n.reason,
            })),
            payable: fenText(total),
            ...(printed.pdf ? { pdf: printed.pdf } : {}),
            ...(printed.findings.length > 0 ? { findings: findingsJson(printed.findings) } : {}),
          },
          null,
          2
        )
      );
      if (advice) io.err(advice);
      return failed ? EXIT_FAILED : EXIT_OK;
    }
    io.out(
      `${formatMessage(CONSOLE_TEXT.noticesSummary, {
        school: shownSchool(charges.school),
        month: charges.month ?? formatMessage(CONSOLE_TEXT.monthUnknown),
        n: notices.length,
        payable: fenText(total),
      })}\n\n${findingsText(charges.findings)}`
    );
    if (advice) io.out(`\n${advice}`);
    if (output) io.out(writtenText(output, result.sheetNames));
    if (printing && (await writePdf(result.noticeSheets, pdf, io, started))) return EXIT_FAILED;
    return EXIT_OK;
  },
};
