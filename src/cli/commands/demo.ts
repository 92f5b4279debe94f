import { evaluate } from "../../functions/evaluate";
import type { ExcelArg } from "../../functions/excel-value";
import type { Command } from "../command";
import { EXIT_OK, type Io } from "../io";
import { displayWidth, padDisplay } from "../display-width";
import { showResult } from "./fn";

/** The worked examples of SPEC §7, as an accountant would type them. */
const examples: ReadonlyArray<readonly [string, string, readonly ExcelArg[]]> = [
  ["SERVICEFEE(120)", "SERVICEFEE", [120]],
  ["SERVICEFEE(29)", "SERVICEFEE", [29]],
  ["SERVICEFEE(30)", "SERVICEFEE", [30]],
  ["SERVICEFEE(100)", "SERVICEFEE", [100]],
  ['SERVICEFEE(120,"高中",10%)', "SERVICEFEE", [120, "高中", 0.1]],
  ["SERVICEFEE({120,29,45})", "SERVICEFEE", [[[120, 29, 45]]]],
  ['SERVICEFEE(120,"高中",11%)', "SERVICEFEE", [120, "高中", 0.11]],
  ["REFUND(160,0,20)", "REFUND", [160, 0, 20]],
  ["REFUND(160,10,20)", "REFUND", [160, 10, 20]],
  ["REFUND(160,11,20)", "REFUND", [160, 11, 20]],
  ["WAIVERSHARE(100)", "WAIVERSHARE", [100]],
  ['WAIVERSHARE(100,"学校")', "WAIVERSHARE", [100, "学校"]],
  [
    'ENDTIMECHECK("18:00","小学",FALSE,"2023-05-10")',
    "ENDTIMECHECK",
    ["18:00", "小学", false, "2023-05-10"],
  ],
  [
    'ENDTIMECHECK("18:00","小学",FALSE,"2021-05-10")',
    "ENDTIMECHECK",
    ["18:00", "小学", false, "2021-05-10"],
  ],
  [
    'ENDTIMECHECK("20:45","高中",FALSE,"2023-05-10")',
    "ENDTIMECHECK",
    ["20:45", "高中", false, "2023-05-10"],
  ],
];

export const demoCommand: Command = {
  name: "demo",
  usage: "kehou demo",
  summary: "演示：计算 SPEC §7 的示例公式",
  async run(_args: string[], io: Io): Promise<number> {
    io.out("Kehou 课后服务 — 自定义函数示例（=KEHOU.函数名）\n");
    const width = Math.max(...examples.map(([formula]) => displayWidth(formula)));
    for (const [formula, id, args] of examples) {
      io.out(`  =KEHOU.${padDisplay(formula, width)}  →  ${showResult(evaluate(id, args))}`);
    }
    io.out("\n在命令行中自行试算：npx kehou fn SERVICEFEE '[[120,29,45]]' 高中 10%");
    return EXIT_OK;
  },
};
