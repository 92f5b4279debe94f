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
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIo, type Io } from "./io";

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

/** The options the workbook commands share, for `--help` and `COMMAND --help`. */
const OPTIONS_HELP = [
  ["-o OUT.xlsx", "写出带 Kehou 工作表的副本（原文件从不修改）"],
  ["--force", "-o 的文件已存在时覆盖它（不加则不覆盖）"],
  ["--month YYYY-MM", "指定月份，如 2021-05"],
  ["--month A..B", "consolidate 汇总几个月（最多 12 个月），如 2021-03..2021-06"],
  ["--json", "以 JSON 输出结果（金额为两位小数的文本）"],
];

function optionLines(): string[] {
  const width = Math.max(...OPTIONS_HELP.map(([o]) => displayWidth(o)));
  return OPTIONS_HELP.flatMap(([o, text]) =>
    wrapDisplay(`  ${padDisplay(o, width)}  ${text}`, HELP_WIDTH, width + 4)
  );
}

export function helpText(): string {
  return [
    "kehou — 课后服务管理（绥芬河市课后服务实施意见）",
    "",
    "用法：kehou <命令> [参数]",
    "",
    "命令：",
    ...COMMANDS.flatMap((c) => [
      ...wrapDisplay(`  ${c.usage}`, HELP_WIDTH, 6),
      ...wrapDisplay(`      ${c.summary}`, HELP_WIDTH, 6),
    ]),
    "",
    "常用选项：",
    ...optionLines(),
    "",
    "退出码：0 已运行；1 输入无法读取或输出无法写出；2 用法错误。",
  ].join("\n");
}

/** `kehou COMMAND --help`: its usage, what it does, and the shared options. */
export function commandHelp(command: Command): string {
  return [
    ...wrapDisplay(`用法：${command.usage}`, HELP_WIDTH, 6),
    ...wrapDisplay(command.summary, HELP_WIDTH),
    ...(command.name === "fn" || command.name === "demo" ? [] : ["", "选项：", ...optionLines()]),
  ].join("\n");
}

/** Runs `kehou` with its arguments and returns the exit status. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令「${name}」，请运行 kehou --help 查看可用命令。`);
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
