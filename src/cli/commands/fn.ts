import { evaluate, functionIds } from "../../functions/evaluate";
import type { ExcelArg } from "../../functions/excel-value";
import type { Command } from "../command";
import { parseExcelArg } from "../excel-arg";
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, type Io } from "../io";
import { examplesText } from "./fn-examples";
import { showResult } from "./fn-result";

export const fnCommand: Command = {
  name: "fn",
  usage: "kehou fn NAME ARG… | kehou fn --examples",
  summary: "按 Excel 的方式计算一个自定义函数（区域写成 JSON 数组，如 '[[120,29,45]]'）",
  async run(args: string[], io: Io): Promise<number> {
    if (args[0] === "--examples") {
      io.out(examplesText());
      return EXIT_OK;
    }
    const [name, ...words] = args;
    if (!name) {
      io.err(`用法：${this.usage}\n可用函数：${functionIds().join("、")}`);
      return EXIT_USAGE;
    }
    if (!functionIds().includes(name.toUpperCase().replace(/^KEHOU\./, ""))) {
      io.err(`没有名为 ${name} 的函数：可用的有 ${functionIds().join("、")}`);
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
    const result = evaluate(name, parsed);
    io.out(showResult(result));
    return result.kind === "value" ? EXIT_OK : EXIT_UNREADABLE;
  },
};
