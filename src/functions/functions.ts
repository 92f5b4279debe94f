/* global CustomFunctions, Office */
import type { Locale } from "../findings/messages/message";
import { evaluate, type FunctionResult } from "./evaluate";
import type { ExcelArg } from "./excel-value";

/**
 * The custom functions Excel loads. Each is a thin wrapper over `evaluate`, declared here
 * with JSDoc because the metadata plugin reads it to generate functions.json; the Chinese
 * names and descriptions are in functions.zh-CN.ts.
 */

function displayLocale(): Locale {
  const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return language?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}

function toExcel(result: FunctionResult): number | string {
  if (result.kind === "value") return result.value;
  const code =
    result.code === "#NUM!"
      ? CustomFunctions.ErrorCode.invalidNumber
      : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}

/**
 * Excel passes every declared argument, null for an omitted optional one and for a blank
 * cell; `evaluate` reads a blank number as 0 and a blank optional as omitted (SPEC §7), so
 * the arguments go as passed: dropping trailing nulls made REFUND(300, A1, A2) with A2
 * blank a "wrong number of arguments".
 */
function call(id: string, args: ExcelArg[]): number | string {
  return toExcel(evaluate(id, args, { locale: displayLocale() }));
}

/**
 * The after-school service fee: minutes per day, days under 30 minutes free, prorated by the minute, rounded once to the fen (§三(五)2).
 * @customfunction SERVICEFEE
 * @param minutes Minutes of service, one cell per day.
 * @param [stage] 小学, 初中 or 高中 (primary, junior, senior); default 小学.
 * @param [uplift] The senior-high uplift, 0% to 10%; default 0.
 * @param [policy] A built-in policy's id; default suifenhe-2021.
 * @returns The fee in yuan.
 */
export function serviceFee(minutes: any[][], stage?: any, uplift?: any, policy?: any): number {
  return call("SERVICEFEE", [minutes, stage, uplift, policy]) as number;
}

/**
 * The refund of a prepaid month on the family's application: nothing attended, all; up to half, half; more, none (§三(五)3(2)).
 * @customfunction REFUND
 * @param paid The month's fee paid in advance.
 * @param attended The service time attended (sessions or minutes).
 * @param scheduled The month's scheduled service time, in the same unit.
 * @returns The refund in yuan.
 */
export function refund(paid: any, attended: any, scheduled: any): number {
  return call("REFUND", [paid, attended, scheduled]) as number;
}

/**
 * A party's share of a hardship waiver: the city government pays half, the school the rest (§三(五)2).
 * @customfunction WAIVERSHARE
 * @param waived The waived amount, or a range of amounts that are summed.
 * @param [party] 政府 (government, default) or 学校 (school).
 * @param [policy] A built-in policy's id; default suifenhe-2021.
 * @returns That party's share in yuan.
 */
export function waiverShare(waived: any[][], party?: any, policy?: any): number {
  return call("WAIVERSHARE", [waived, party, policy]) as number;
}

/**
 * Checks a service end time against the policy's window for the stage, year and date: "OK", or the reason it is not (§三(二)).
 * @customfunction ENDTIMECHECK
 * @param endTime The end time: an Excel time, or text such as 17:30 or 17时30分.
 * @param stage 小学, 初中 or 高中 (primary, junior, senior).
 * @param [graduating] TRUE for the graduating junior year (初中毕业年级); default FALSE.
 * @param [date] The service date; default today (the answer is recalculated every day).
 * @param [policy] A built-in policy's id; default suifenhe-2021.
 * @returns "OK" or a short reason.
 * @volatile
 */
export function endTimeCheck(
  endTime: any,
  stage: any,
  graduating?: any,
  date?: any,
  policy?: any
): string {
  return String(call("ENDTIMECHECK", [endTime, stage, graduating, date, policy]));
}
