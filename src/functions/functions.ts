/* global CustomFunctions, Excel, Office */
import type { Locale } from "../findings/messages/message";
import type { SheetGrid } from "../sheets/grid";
import { SETTINGS_SHEET_NAME } from "../sheets/settings-policy";
import { evaluate, type FunctionResult } from "./evaluate";
import type { ExcelArg } from "./excel-value";
import { workbookPolicy } from "./workbook-policy";

/**
 * The custom functions Excel loads. Each is a thin wrapper over `evaluate`, declared here
 * with JSDoc because the metadata plugin reads it to generate functions.json; the Chinese
 * names and descriptions are in locale/zh-CN.json. Each returns a promise: the policy the
 * workbook names is read from its 设置 sheet through the Excel APIs, once.
 */

function displayLocale(): Locale {
  const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return language?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}

/**
 * The workbook's settings sheet, read through a request context of the shared runtime
 * (Excel.RequestContext, as Microsoft's "Call Excel JavaScript APIs from a custom function"
 * shows); only read, never written, as that page asks of a custom function.
 */
async function readSettingsSheet(): Promise<SheetGrid | undefined> {
  if (typeof Excel === "undefined" || typeof Excel.RequestContext !== "function") return undefined;
  const context = new Excel.RequestContext();
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const sheet = sheets.items.find((s) => SETTINGS_SHEET_NAME.test(s.name));
  if (!sheet) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  return used.isNullObject ? undefined : { name: sheet.name, values: used.values };
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
async function call(id: string, args: ExcelArg[]): Promise<number | string> {
  const profile = await workbookPolicy(readSettingsSheet);
  return toExcel(evaluate(id, args, { locale: displayLocale(), profile }));
}

/**
 * The after-school service fee by the policy in force: minutes per day, a day under the policy's minimum free, rounded once to the fen.
 * @customfunction SERVICEFEE
 * @param minutes Minutes of service, one cell per day.
 * @param [stage] 小学, 初中 or 高中 (primary, junior, senior); default 小学.
 * @param [uplift] The senior-high uplift, at most the policy's cap; default 0.
 * @param [policy] A built-in policy's id; default the policy the workbook's 设置 names.
 * @returns The fee in yuan.
 */
export async function serviceFee(
  minutes: any[][],
  stage?: any,
  uplift?: any,
  policy?: any
): Promise<number> {
  return (await call("SERVICEFEE", [minutes, stage, uplift, policy])) as number;
}

/**
 * The refund of a prepaid month on the family's application, by the refund tiers of the policy in force over the share attended.
 * @customfunction REFUND
 * @param paid The month's fee paid in advance.
 * @param attended The service time attended (sessions or minutes).
 * @param scheduled The month's scheduled service time, in the same unit.
 * @param [policy] A built-in policy's id; default the policy the workbook's 设置 names.
 * @returns The refund in yuan.
 */
export async function refund(
  paid: any,
  attended: any,
  scheduled: any,
  policy?: any
): Promise<number> {
  return (await call("REFUND", [paid, attended, scheduled, policy])) as number;
}

/**
 * A party's share of a hardship waiver, by the shares of the policy in force.
 * @customfunction WAIVERSHARE
 * @param waived The waived amount, or a range of amounts that are summed.
 * @param [party] 政府 (government, default) or 学校 (school).
 * @param [policy] A built-in policy's id; default the policy the workbook's 设置 names.
 * @returns That party's share in yuan.
 */
export async function waiverShare(waived: any[][], party?: any, policy?: any): Promise<number> {
  return (await call("WAIVERSHARE", [waived, party, policy])) as number;
}

/**
 * Checks a service end time against the window of the policy in force for the stage, year and date: "OK", or the reason it is not.
 * @customfunction ENDTIMECHECK
 * @param endTime The end time: an Excel time, or text such as 16:45 or 16时45分.
 * @param stage 小学, 初中 or 高中 (primary, junior, senior).
 * @param [graduating] TRUE for the graduating junior year (初中毕业年级); default FALSE.
 * @param [date] The service date; default today (the answer is recalculated every day).
 * @param [policy] A built-in policy's id; default the policy the workbook's 设置 names.
 * @returns "OK" or a short reason.
 * @volatile
 */
export async function endTimeCheck(
  endTime: any,
  stage: any,
  graduating?: any,
  date?: any,
  policy?: any
): Promise<string> {
  return String(await call("ENDTIMECHECK", [endTime, stage, graduating, date, policy]));
}
