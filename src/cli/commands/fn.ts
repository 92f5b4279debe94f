import { problemText } from "../../findings/messages/problems";
import { formatMessage } from "../../findings/messages/format";
import { CONSOLE_TEXT } from "../../findings/messages/console";
import { evaluate, functionIds } from "../../functions/evaluate";
import zhCN from "../../functions/locale/zh-CN.json";
import type { ExcelArg } from "../../functions/excel-value";
import type { Command } from "../command";
import { parseExcelArg } from "../excel-arg";
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, type Io } from "../io";
import { policyOption, policyUsageError } from "../policy-option";
import { examplesText } from "./fn-examples";
import { showResult } from "./fn-result";

/** The functions' names in Chinese Excel (课后服务费 …), by id. */
const ZH_NAMES = new Map(
  Object.entries(zhCN as Record<string, { name: string }>).map(([id, f]) => [f.name, id])
);

/** A function's id from what was typed: its id (KEHOU. optional) or its Chinese Excel name. */
function functionIdOf(typed: string): string | undefined {
  const id = typed.toUpperCase().replace(/^KEHOU\./, "");
  if (functionIds().includes(id)) return id;
  return ZH_NAMES.get(typed.trim().replace(/^KEHOU\./i, ""));
}

/** The functions as a user may type them: id and Chinese name. */
function functionNames(): string {
  const zh = new Map([...ZH_NAMES].map(([n, id]) => [id, n]));
  return functionIds()
    .map((id) => (zh.has(id) ? `${id}（${zh.get(id)}）` : id))
    .join("、");
}

export const fnCommand: Command = {
  name: "fn",
  usage: formatMessage(CONSOLE_TEXT.usageFn),
  summary: formatMessage(CONSOLE_TEXT.fnSummary),
  async run(args: string[], io: Io): Promise<number> {
    // --policy FILE|ID (before the name, or anywhere: no argument of a function is spelt so)
    // is the policy where the function's own last argument is left out.
    const at = args.findIndex((a) => a === "--policy" || a.startsWith("--policy="));
    let policyValue: string | boolean | undefined;
    if (at >= 0) {
      const inline = args[at].startsWith("--policy=");
      policyValue = inline ? args[at].slice("--policy=".length) : (args[at + 1] ?? true);
      args = [...args.slice(0, at), ...args.slice(at + (inline ? 1 : 2))];
    }
    const policyUsage = policyUsageError(policyValue);
    if (policyUsage) {
      const usage = formatMessage(CONSOLE_TEXT.usage, { usage: this.usage });
      io.err(`${policyUsage.message}\n${usage}`);
      return EXIT_USAGE;
    }
    const profile = await policyOption(policyValue);
    if (profile instanceof Error) return (io.err(profile.message), EXIT_UNREADABLE);
    if (args[0] === "--examples") {
      io.out(examplesText(profile));
      return EXIT_OK;
    }
    const [typed, ...words] = args;
    if (!typed) {
      const usage = formatMessage(CONSOLE_TEXT.usage, { usage: this.usage });
      io.err(`${usage}\n${formatMessage(CONSOLE_TEXT.fnNames, { names: functionNames() })}`);
      return EXIT_USAGE;
    }
    const name = functionIdOf(typed);
    if (!name) {
      io.err(problemText("FUNCTION_UNKNOWN", { name: typed, names: functionNames() }));
      return EXIT_USAGE;
    }
    const parsed: ExcelArg[] = [];
    for (const word of words) {
      const arg = parseExcelArg(word);
      if (arg instanceof Error) {
        io.err(arg.message);
        return EXIT_USAGE;
      }
      parsed.push(arg);
    }
    const result = evaluate(name, parsed, profile ? { profile } : {});
    io.out(showResult(result));
    return result.kind === "value" ? EXIT_OK : EXIT_UNREADABLE;
  },
};
