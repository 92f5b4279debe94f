import { formatMessage } from "../../findings/messages/format";
import { CONSOLE_TEXT } from "../../findings/messages/console";
import { evaluate } from "../../functions/evaluate";
import type { Profile } from "../../policy/profile";
import { DEFAULT_PROFILE } from "../../policy/profiles";
import type { ExcelArg } from "../../functions/excel-value";
import { displayWidth, padDisplay } from "../display-width";
import { showResult } from "./fn-result";

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

/**
 * The worked examples with the results Kehou computes, one per line: by the profile given
 * (`fn --examples --policy`), said in the heading, or by the default profile.
 */
export function examplesText(profile?: Profile): string {
  const width = Math.max(...examples.map(([formula]) => displayWidth(formula)));
  const lines = examples.map(
    ([formula, id, args]) =>
      `  =KEHOU.${padDisplay(formula, width)}  →  ${showResult(evaluate(id, args, profile ? { profile } : {}))}`
  );
  const shown = profile ?? DEFAULT_PROFILE;
  const heading = formatMessage(CONSOLE_TEXT.fnExamplesPolicy, {
    heading: formatMessage(CONSOLE_TEXT.fnExamples),
    title: shown.provenance.title,
    id: shown.id,
  });
  return [heading, ...lines].join("\n");
}
