import { noticesJob } from "../../jobs/notices/job";
import { fenText } from "../../policy/fen";
import type { Command } from "../command";
import { findingsText } from "../findings-text";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from "../io";
import { pdfTarget, writePdf } from "../pdf-option";
import { startWorkbookRun, writeOutput } from "../workbook-run";

export const noticesCommand: Command = {
  name: "notices",
  usage: "kehou notices FILE [--month YYYY-MM] [-o OUT.xlsx] [--pdf] [--json]",
  summary: "生成当月每名学生的缴费通知单（按班级、学号排序，每页三份，金额含大写）",
  async run(args: string[], io: Io): Promise<number> {
    const started = await startWorkbookRun(args, io, this.usage, { pdf: { type: "boolean" } });
    if (typeof started === "number") return started;
    const { workbook, output, month, values } = started;
    const result = await noticesJob(workbook, { month, write: output !== undefined });
    const pdf =
      values.pdf === true
        ? await pdfTarget(started, `缴费通知单-${result.charges.month ?? ""}`)
        : undefined;
    if (pdf instanceof Error) return (io.err(pdf.message), EXIT_USAGE);
    if (output && !(await writeOutput(await workbook.toBuffer(), output, started.force, io)))
      return EXIT_FAILED;
    const { charges, notices } = result;
    const total = notices.reduce((t, n) => t + n.line.payable, 0);
    if (started.json)
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
          },
          null,
          2
        )
      );
    else
      io.out(
        `${charges.school} ${charges.month ?? "（月份未定）"} 缴费通知单 ${notices.length} 份，应缴合计 ¥${fenText(total)}\n\n${findingsText(charges.findings)}`
      );
    if (output) io.out(`已写出：${output}（工作表：${result.sheetNames.join("、")}）`);
    if (pdf && notices.length > 0 && !(await writePdf(result.sheets.slice(0, 1), pdf, io)))
      return EXIT_FAILED;
    return EXIT_OK;
  },
};
