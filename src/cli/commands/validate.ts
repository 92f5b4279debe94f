import { saveXlsx } from "../../workbook/xlsx-file";
import { findingsJson } from "../../jobs/findings-sheet";
import { validateJob } from "../../jobs/validate";
import type { Command } from "../command";
import { findingsText } from "../findings-text";
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, type Io } from "../io";
import { checkOutput, openWorkbook } from "../open-workbook";
import { parseOptions } from "../options";

export const validateCommand: Command = {
  name: "validate",
  usage: "kehou validate FILE [-o OUT.xlsx] [--json]",
  summary: "校验学生名册：重复学号、缺姓名、年级学段、是否项、报名日期顺序、退出、优先保障对象人数",
  async run(args: string[], io: Io): Promise<number> {
    const parsed = parseOptions(args, {
      json: { type: "boolean" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
    });
    if (!parsed.ok || parsed.positionals.length !== 1) {
      io.err(`${parsed.ok ? "需要一个工作簿文件" : parsed.message}\n用法：${this.usage}`);
      return EXIT_USAGE;
    }
    const [file] = parsed.positionals;
    const output = parsed.values.output as string | undefined;
    if (output) {
      const bad = await checkOutput(output, file, parsed.values.force === true);
      if (bad) return (io.err(bad.message), EXIT_USAGE);
    }
    const workbook = await openWorkbook(file);
    if (workbook instanceof Error) return (io.err(workbook.message), EXIT_UNREADABLE);
    const result = await validateJob(workbook, { write: output !== undefined });
    if (output) await saveXlsx(workbook, output);
    if (parsed.values.json) {
      io.out(
        JSON.stringify(
          {
            school: result.school,
            students: result.students,
            findings: findingsJson(result.findings),
          },
          null,
          2
        )
      );
    } else {
      io.out(
        `${result.school || file}：名册 ${result.students} 名学生\n${findingsText(result.findings)}`
      );
      if (output) io.out(`已写出：${output}（工作表：${result.sheetNames.join("、")}）`);
    }
    return EXIT_OK;
  },
};
