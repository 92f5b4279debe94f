import { readFile } from "fs/promises";
import path from "path";
import { SingleBar } from "cli-progress";
import { cityResult, gatherFigures } from "../../jobs/consolidate/job";
import { cityJson } from "../../jobs/consolidate/json";
import { citySheets } from "../../jobs/consolidate/sheets";
import { fenText } from "../../policy/fen";
import { XlsxWorkbook } from "../../workbook/xlsx-workbook";
import { collectFiles } from "../collect-files";
import type { Command } from "../command";
import { findingsText } from "../findings-text";
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, type Io } from "../io";
import { checkOutput } from "../open-workbook";
import { fileSource } from "../file-source";
import { gatherOnThreads } from "../parallel-gather";
import { monthOption, parseOptions } from "../options";
import { writeOutput } from "../workbook-run";

export const consolidateCommand: Command = {
  name: "consolidate",
  usage:
    "kehou consolidate FILE_OR_DIR… -o CITY.xlsx [--month YYYY-MM] [--expect schools.txt] [--with-names] [--json]",
  summary:
    "教育局汇总：读取各校报送的工作簿，按政策重新计算并核对，生成全市汇总、政府补助和问题清单",
  async run(args: string[], io: Io): Promise<number> {
    const parsed = parseOptions(args, {
      output: { type: "string", short: "o" },
      month: { type: "string" },
      expect: { type: "string" },
      "with-names": { type: "boolean" },
      json: { type: "boolean" },
      force: { type: "boolean" },
    });
    if (!parsed.ok || parsed.positionals.length === 0 || !parsed.values.output) {
      io.err(
        `${parsed.ok ? "需要各校工作簿（文件或文件夹）和 -o 输出文件" : parsed.message}\n用法：${this.usage}`
      );
      return EXIT_USAGE;
    }
    const month = monthOption(parsed.values.month);
    if (month instanceof Error) return (io.err(month.message), EXIT_USAGE);
    const output = parsed.values.output as string;
    const bad = await checkOutput(output, undefined, parsed.values.force === true);
    if (bad) return (io.err(bad.message), EXIT_USAGE);
    let expect: string[] | undefined;
    if (parsed.values.expect) {
      const text = await readFile(parsed.values.expect as string, "utf8").catch(() => undefined);
      if (text === undefined)
        return (io.err(`找不到学校名单「${parsed.values.expect}」`), EXIT_USAGE);
      expect = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    }
    const { files, missing } = await collectFiles(parsed.positionals);
    const all = [...missing, ...files.filter((f) => path.resolve(f) !== path.resolve(output))];
    // A progress bar on a terminal only; piped output stays clean.
    const bar = process.stderr.isTTY
      ? new SingleBar({
          format: "汇总 {bar} {value}/{total} {file}",
          hideCursor: true,
          stream: process.stderr,
        })
      : undefined;
    bar?.start(all.length, 0, { file: "" });
    const progress = (done: number, file: string) =>
      bar?.update(done, { file: path.basename(file) });
    const options = { month, expect, withNames: parsed.values["with-names"] === true };
    const gathered =
      (await gatherOnThreads(all, month, progress)) ??
      (await gatherFigures(all.map(fileSource), {
        ...options,
        onProgress: (done, _total, file) => progress(done, file),
      }));
    const result = cityResult(gathered, options);
    bar?.stop();
    if (result.schools.length > 0) {
      const city = XlsxWorkbook.empty();
      await city.writeSheets(citySheets(result));
      const force = parsed.values.force === true;
      if (!(await writeOutput(await city.toBuffer(), output, force, io))) return EXIT_UNREADABLE;
    }
    if (parsed.values.json) io.out(JSON.stringify(cityJson(result), null, 2));
    else {
      const j = cityJson(result);
      io.out(
        [
          `全市 ${result.month ?? ""}：${j.totals.schools} 所学校，${j.totals.students} 名学生，应收 ¥${j.totals.gross}，减免 ¥${j.totals.waived}，应缴 ¥${j.totals.payable}，政府分担 ¥${j.totals.governmentShare}`,
          ...result.schools.map(
            (s) =>
              `  ${s.school}：${s.students} 人，应缴 ¥${fenText(s.payable)}，政府分担 ¥${fenText(s.governmentShare)}`
          ),
          ...result.errors.map((e) => `  无法读取 ${e.file}：${e.message}`),
          findingsText(result.findings, 20),
          result.schools.length > 0 ? `已写出：${output}` : "没有可汇总的学校工作簿，未写出文件。",
        ].join("\n")
      );
    }
    return result.schools.length === 0 && all.length > 0 ? EXIT_UNREADABLE : EXIT_OK;
  },
};
