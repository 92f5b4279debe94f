import { STAGE_NAMES } from "../names";
import { en, zhCN, type MessageCode } from "./catalog";
import type { Problem, MessageParams } from "../problem";

export type Locale = "zh-CN" | "en";

const tables: Record<Locale, Record<MessageCode, string>> = { "zh-CN": zhCN, en };

/** Values of `{stage}` and `{what}` name a thing and are shown in the reader's language. */
const localizedValues: Record<Locale, Record<string, string>> = {
  "zh-CN": {
    primary: STAGE_NAMES.primary["zh-CN"],
    junior: STAGE_NAMES.junior["zh-CN"],
    juniorGraduating: STAGE_NAMES.juniorGraduating["zh-CN"],
    senior: STAGE_NAMES.senior["zh-CN"],
    paid: "已缴费用",
    waived: "减免金额",
    attended: "已上课时",
    scheduled: "应上课时",
    remaining: "剩余课时",
  },
  en: {
    primary: STAGE_NAMES.primary.en,
    junior: STAGE_NAMES.junior.en,
    juniorGraduating: STAGE_NAMES.juniorGraduating.en,
    senior: STAGE_NAMES.senior.en,
    paid: "The amount paid",
    waived: "The waived amount",
    attended: "The attended time",
    scheduled: "The scheduled time",
    remaining: "The remaining time",
  },
};
const localizedKeys = new Set(["stage", "what"]);

/**
 * The message of a code, with its placeholders filled.
 * @example formatMessage("UPLIFT_TOO_HIGH", { max: "10%" }) //=> "上浮比例不得超过10%"
 */
export function formatMessage(
  code: MessageCode,
  params: MessageParams = {},
  locale: Locale = "zh-CN"
): string {
  return tables[locale][code].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return localizedKeys.has(key)
      ? (localizedValues[locale][String(value)] ?? String(value))
      : String(value);
  });
}

/** The message of a problem. */
export function problemMessage(problem: Problem, locale: Locale = "zh-CN"): string {
  return formatMessage(problem.code, problem.params, locale);
}
