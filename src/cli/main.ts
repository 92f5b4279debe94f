import type { Command } from "./command";
import { demoCommand } from "./commands/demo";
import { breachesCommand } from "./commands/breaches";
import { chargeCommand } from "./commands/charge";
import { consolidateCommand } from "./commands/consolidate";
import { fnCommand } from "./commands/fn";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { displayWidth, padDisplay } from "./display-width";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIo, type Io } from "./io";

/** The subcommands, in the order `kehou --help` lists them. */
export const COMMANDS: readonly Command[] = [
  templateCommand,
  validateCommand,
  chargeCommand,
  breachesCommand,
  consolidateCommand,
  demoCommand,
  fnCommand,
];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => displayWidth(c.usage)));
  return [
    "kehou — 课后服务管理（绥芬河市课后服务实施意见）",
    "",
    "用法 Usage: kehou <命令> [参数]",
    "",
    "命令 Commands:",
    ...COMMANDS.map((c) => `  ${padDisplay(c.usage, width)}  ${c.summary}`),
    "",
    "退出码：0 已运行；1 输入无法读取；2 用法错误。",
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
    io.out(`用法：${command.usage}\n${command.summary}`);
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
