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
  usage: "kehou demo",
  summary: "演示：在临时文件夹写出示例学校工作簿，运行名册校验和收费，显示结果和文件位置",
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

    io.out(`示例学校工作簿：${input}\n`);
    io.out(`名册校验：${validation.students} 名学生\n${findingsText(validation.findings, 5)}\n`);
    io.out(`${chargeSummary(charge)}\n`);
    io.out(`${findingsText(charge.findings, 10)}\n`);
    io.out(`收费表已写出：${output}（工作表：${charge.sheetNames.join("、")}）`);
    // The example writes beside the sample, never into the folder the demo was run from.
    const tryOut = path.join(dir, "收费表.xlsx");
    io.out(
      `\n自己试试（kehou 不在 PATH 上时，先在项目文件夹运行 npm link）：\n  kehou charge "${input}" -o "${tryOut}"\n  kehou fn SERVICEFEE '[[120,29,45]]'`
    );
    return EXIT_OK;
  },
};
