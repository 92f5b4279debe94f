import { DEFAULT_PROFILE } from "../policy/profiles";
import { JOBS, type JobId } from "../jobs/catalogue";
import type { Command } from "./command";
import { demoCommand } from "./commands/demo";
import { breachesCommand } from "./commands/breaches";
import { chargeCommand } from "./commands/charge";
import { consolidateCommand } from "./commands/consolidate";
import { fnCommand } from "./commands/fn";
import { noticeCommand } from "./commands/notice";
import { noticesCommand } from "./commands/notices";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { displayWidth, padDisplay, wrapDisplay } from "./display-width";
import { didYouMean } from "./did-you-mean";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIo, type Io } from "./io";
import { kehouVersion } from "./version";

/** The command of each job of the catalogue: a job without one does not compile. */
const JOB_COMMANDS: Record<JobId, Command> = {
  template: templateCommand,
  validate: validateCommand,
  charge: chargeCommand,
  breaches: breachesCommand,
  notice: noticeCommand,
  notices: noticesCommand,
  consolidate: consolidateCommand,
};

/** The subcommands, in the order `kehou --help` lists them: the catalogue's jobs, then the tools. */
export const COMMANDS: readonly Command[] = [
  ...JOBS.map((j) => JOB_COMMANDS[j.id]),
  demoCommand,
  fnCommand,
];

/** Help lines fit a 100-column terminal. */
export const HELP_WIDTH = 100;

/** The options of the commands, for `--help` (the common ones) and `COMMAND --help` (its own). */
const OPTIONS_HELP: readonly (readonly [string, string])[] = [
  ["-o OUT.xlsx", "写出带 Kehou 工作表的副本（原文件从不修改）"],
  ["--force", "-o 的文件已存在时覆盖它（不加则不覆盖）"],
  ["--month YYYY-MM", "指定月份，如 2021-05"],
  ["--month YYYY-MM..YYYY-MM", "consolidate 汇总几个月（最多 12 个月），如 2021-03..2021-06"],
  ["--json", "以 JSON 输出结果（金额为两位小数的文本）"],
  ["--pdf", "用 LibreOffice 把 Kehou 的工作表打印成 PDF"],
  ["--letter", "同时生成致家长的一封信"],
  ["--providers FILE", "合作机构名单，用于检查服务内容与机构"],
  ["--highlight", "在副本中标出有问题的单元格（需 -o）"],
  ["--expect schools.txt", "应报送的学校名单，核对缺报和多报"],
  ["--with-names", "汇总中保留学生姓名和学号（默认不含）"],
];

/** The options `kehou --help` lists for every workbook command. */
const COMMON_OPTIONS = ["-o", "--force", "--month", "--json"];

const flagOf = (option: string) => option.split(" ")[0];

function optionLines(options: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...options.map(([o]) => displayWidth(o)));
  return options.flatMap(([o, text]) =>
    wrapDisplay(`  ${padDisplay(o, width)}  ${text}`, HELP_WIDTH, width + 4)
  );
}

/** The options a command takes: those its usage line names, in the table's order. */
function optionsOf(command: Command): (readonly [string, string])[] {
  const words = new Set(command.usage.split(/[\s[\]|]+/));
  return OPTIONS_HELP.filter(([o]) => {
    if (!words.has(flagOf(o))) return false;
    // The month range is consolidate's alone.
    return !o.includes("..") || command.usage.includes("..");
  });
}

export function helpText(): string {
  return [
    `kehou — 课后服务管理（默认政策 ${DEFAULT_PROFILE.id}；--policy 换成本市的政策文件）`,
    "",
    "用法：kehou <命令> [参数]　　kehou --version 显示版本",
    "",
    "命令：",
    ...COMMANDS.flatMap((c) => [
      ...wrapDisplay(`  ${c.usage}`, HELP_WIDTH, 6),
      ...wrapDisplay(`      ${c.summary}`, HELP_WIDTH, 6),
    ]),
    "",
    "常用选项（各命令的选项见 kehou 命令 --help）：",
    ...optionLines(OPTIONS_HELP.filter(([o]) => COMMON_OPTIONS.includes(flagOf(o)))),
    "",
    "退出码：0 已运行；1 输入无法读取或输出无法写出；2 用法错误。",
  ].join("\n");
}

/** `kehou COMMAND --help`: its usage, what it does, and its own options only. */
export function commandHelp(command: Command): string {
  const options = optionsOf(command);
  return [
    ...wrapDisplay(`用法：${command.usage}`, HELP_WIDTH, 6),
    ...wrapDisplay(command.summary, HELP_WIDTH),
    ...(options.length === 0 ? [] : ["", "选项：", ...optionLines(options)]),
  ].join("\n");
}

/** Runs `kehou` with its arguments and returns the exit status. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.out(`kehou ${kehouVersion()}`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const near = didYouMean(
      name,
      COMMANDS.map((c) => c.name)
    );
    io.err(
      `未知命令「${name}」${near ? `，是不是要用「kehou ${near}」？` : "。"}请运行 kehou --help 查看可用命令。`
    );
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // A programming error: one Chinese line; the stack only when asked for (KEHOU_DEBUG=1).
    io.err(`kehou 内部错误，请把所用命令和文件报告给维护者（设置 KEHOU_DEBUG=1 可看详细信息）`);
    if (process.env.KEHOU_DEBUG) io.err(String((e as Error)?.stack ?? e));
    return EXIT_INTERNAL;
  }
}
