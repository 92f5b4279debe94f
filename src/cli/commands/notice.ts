import { noticeJob } from "../../jobs/notices/job";
import type { Command } from "../command";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Io } from "../io";
import { pdfTarget, writePdf } from "../pdf-option";
import { startWorkbookRun, writeOutput } from "../workbook-run";

export const noticeCommand: Command = {
  name: "notice",
  usage: "kehou notice FILE [-o OUT.xlsx] [--pdf] [--letter]",
  summary:
    "生成收费公示（收费标准、计费办法、减免、退费、服务时间，逐条注明政策条款）；--letter 加致家长的一封信（含回执）",
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
    });
    if (output && !(await writeOutput(await workbook.toBuffer(), output, started.force, io)))
      return EXIT_FAILED;
    const names = result.sheets.map((s) => s.name).join("、");
    if (started.json)
      io.out(JSON.stringify({ school: result.school, date: result.date, sheets: names }, null, 2));
    else io.out(`${result.school} 课后服务收费公示，公示日期 ${result.date}：${names}`);
    if (output) io.out(`已写出：${output}（工作表：${result.sheetNames.join("、")}）`);
    if (pdf && !(await writePdf(result.sheets, pdf, io))) return EXIT_FAILED;
    return EXIT_OK;
  },
};
