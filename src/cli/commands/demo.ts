import { CONSOLE_TEXT } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { chargeChartPlan } from "../../jobs/charge/charge-charts";
import { openXlsxFile, saveXlsx } from "../../workbook/xlsx-file";
import { mkdir, rm } from "fs/promises";
import os from "os";
import path from "path";
import { chargeJob } from "../../jobs/charge/job";
import { sampleSchoolSheets } from "../../jobs/sample-school";
import { validateJob } from "../../jobs/validate";
import { XlsxWorkbook } from "../../workbook/xlsx-workbook";
import type { Command } from "../command";
import { findingsText } from "../findings-text";
import { EXIT_OK, type Io } from "../io";
import { chargeSummary } from "./charge";

export const demoCommand: Command = {
  name: "demo",
  usage: formatMessage(CONSOLE_TEXT.usageDemo),
  summary: formatMessage(CONSOLE_TEXT.demoSummary),
  async run(_args: string[], io: Io): Promise<number> {
    // One demo folder, replaced on each run: running the demo again adds nothing to the temp folder.
    const dir = path.join(os.tmpdir(), "kehou-demo");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const input = path.join(dir, "示例学校-2021-05.xlsx");
    const sample = XlsxWorkbook.empty();
    await sample.writeSheets(sampleSchoolSheets());
    await saveXlsx(sample, input);

    const workbook = await openXlsxFile(input);
    const validation = await validateJob(workbook, { write: false });
    const charge = await chargeJob(workbook);
    const output = path.join(dir, "示例学校-2021-05-收费表.xlsx");
    const charts = chargeChartPlan(charge, charge.sheetNames[0]);
    await saveXlsx(workbook, output, [charts]);

    io.out(`${formatMessage(CONSOLE_TEXT.demoSample, { file: input })}\n`);
    const validated = formatMessage(CONSOLE_TEXT.demoValidated, { students: validation.students });
    io.out(`${validated}\n${findingsText(validation.findings, 5)}\n`);
    io.out(`${chargeSummary(charge)}\n`);
    io.out(`${findingsText(charge.findings, 10)}\n`);
    io.out(
      formatMessage(CONSOLE_TEXT.demoWritten, {
        file: output,
        sheets: charge.sheetNames.join("、"),
      })
    );
    // The example writes beside the sample, never into the folder the demo was run from.
    const tryOut = path.join(dir, "收费表.xlsx");
    io.out(
      `\n${formatMessage(CONSOLE_TEXT.demoTryIt)}\n  kehou charge "${input}" -o "${tryOut}"\n  kehou fn SERVICEFEE '[[120,29,45]]'`
    );
    return EXIT_OK;
  },
};
