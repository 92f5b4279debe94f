import type { Problem, ProblemCode } from "../../policy/problem";
import { PARTY_NAMES as party, STAGE_NAMES } from "../../policy/names";
import { formatMessage } from "./format";
import type { Locale, Message, MessageParams } from "./message";

const zh = {
  primary: STAGE_NAMES.primary["zh-CN"],
  junior: STAGE_NAMES.junior["zh-CN"],
  senior: STAGE_NAMES.senior["zh-CN"],
};
const en = {
  primary: STAGE_NAMES.primary.en,
  junior: STAGE_NAMES.junior.en,
  senior: STAGE_NAMES.senior.en,
};

/**
 * The messages of the policy's problems and the custom functions, by code. The policy
 * returns a code and its values only; the words are here. `{stage}` and `{what}` are ids,
 * named in the reader's language; `{stages}` is a list of stage ids.
 */
export const PROBLEM_MESSAGES: Readonly<Record<ProblemCode, Message>> = {
  STAGE_UNKNOWN: {
    zh: `无法识别学段「{value}」：请填写 ${zh.primary}、${zh.junior} 或 ${zh.senior}`,
    en: `Unknown stage "{value}": use ${en.primary}, ${en.junior} or ${en.senior} (${zh.primary}, ${zh.junior}, ${zh.senior})`,
  },
  UPLIFT_NOT_NUMBER: {
    zh: "上浮比例「{value}」不是数字：请填写如 5% 的百分比",
    en: 'Uplift "{value}" is not a number: enter a percentage such as 5%',
  },
  UPLIFT_NEGATIVE: {
    zh: "上浮比例不能为负数",
    en: "The uplift cannot be negative",
  },
  UPLIFT_TOO_HIGH: {
    zh: "上浮比例不得超过{max}",
    en: "The uplift may not exceed {max}",
  },
  UPLIFT_NOT_ALLOWED: {
    zh: "所用政策（{policy}）不允许上浮收费标准，上浮比例须为0",
    en: "The policy in force ({policy}) allows no uplift; the uplift must be 0",
  },
  UPLIFT_NOT_SENIOR: {
    zh: "只有{stages}可以上浮收费标准，{stage}的上浮比例须为0",
    en: "Only {stages} may raise the fee; the uplift for {stage} must be 0",
  },
  MINUTES_NOT_NUMBER: {
    zh: "第{row}行第{col}个单元格「{value}」不是分钟数",
    en: 'Row {row}, cell {col} ("{value}") is not a number of minutes',
  },
  MINUTES_NEGATIVE: {
    zh: "第{row}行第{col}个单元格的分钟数不能为负数（{value}）",
    en: "Row {row}, cell {col}: minutes cannot be negative ({value})",
  },
  MINUTES_OVER_DAY: {
    zh: "第{row}行第{col}个单元格的分钟数 {value} 超过一天的 1440 分钟：请填写当天的服务分钟数",
    en: "Row {row}, cell {col}: {value} minutes is more than a day's 1,440; enter the day's minutes of service",
  },
  AMOUNT_NOT_NUMBER: {
    zh: "{what}「{value}」不是金额",
    en: '{what} "{value}" is not an amount of money',
  },
  AMOUNT_NEGATIVE: {
    zh: "{what}不能为负数（{value}）",
    en: "{what} cannot be negative ({value})",
  },
  COUNT_NOT_NUMBER: {
    zh: "{what}「{value}」不是数字",
    en: '{what} "{value}" is not a number',
  },
  COUNT_NEGATIVE: {
    zh: "{what}不能为负数（{value}）",
    en: "{what} cannot be negative ({value})",
  },
  SCHEDULED_NOT_POSITIVE: {
    zh: "应上课时必须大于0",
    en: "The scheduled service time must be greater than 0",
  },
  ATTENDED_EXCEEDS_SCHEDULED: {
    zh: "已上课时（{attended}）不能多于应上课时（{scheduled}）",
    en: "Attended time ({attended}) cannot exceed the scheduled time ({scheduled})",
  },
  PARTY_UNKNOWN: {
    zh: `无法识别分担方「{value}」：请填写 ${party.government["zh-CN"]} 或 ${party.school["zh-CN"]}`,
    en: `Unknown party "{value}": use ${party.government.en} (${party.government["zh-CN"]}) or ${party.school.en} (${party.school["zh-CN"]})`,
  },
  BOOLEAN_UNREADABLE: {
    zh: "「{value}」应为 TRUE 或 FALSE",
    en: '"{value}" should be TRUE or FALSE',
  },
  TIME_UNREADABLE: {
    zh: "无法识别时间「{value}」：请写成 16:45、16:45:00、16时45分 或 4:45 PM",
    en: 'Cannot read the time "{value}": write 16:45, 16:45:00, 16时45分 or 4:45 PM',
  },
  DATE_UNREADABLE: {
    zh: "无法识别日期「{value}」：请写成 2021-05-10、2021/5/10 或 2021年5月10日",
    en: 'Cannot read the date "{value}": write 2021-05-10, 2021/5/10 or 2021年5月10日',
  },
  DATE_BEFORE_POLICY: {
    zh: "{date} 早于{begins} {from}，政策未规定该日的服务时间",
    en: "{date} is before the policy began on {from}; it sets no service times for it",
  },
  END_NOT_AFTER_START: {
    zh: "结束时间 {end} 不晚于{stage}课后服务开始时间 {start}，请检查输入",
    en: "End {end} is not after the {stage} start time {start}: check the input",
  },
  END_FIXED_PILOT: {
    zh: "试行期间{stage}课后服务应于 {allowed} 结束，{end} 不符{clause}",
    en: "During the pilot, {stage} service ends at {allowed}; {end} does not{clause}",
  },
  END_TOO_EARLY: {
    zh: "{stage}课后服务结束时间原则上不早于 {allowed}，{end} 过早{clause}",
    en: "{stage} service should in principle end no earlier than {allowed}; {end} is too early{clause}",
  },
  END_TOO_LATE: {
    zh: "{stage}课后服务结束时间不晚于 {allowed}，{end} 超时{clause}",
    en: "{stage} service must end by {allowed}; {end} is too late{clause}",
  },
  END_TOO_LATE_IN_PRINCIPLE: {
    zh: "{stage}课后服务结束时间原则上不晚于 {allowed}，{end} 超时{clause}",
    en: "{stage} service should in principle end by {allowed}; {end} is too late{clause}",
  },
  SENIOR_SELF_STUDY: {
    zh: `${zh.senior} {allowed} 以后为学生自愿的校内晚自习，不属于课后服务，{end} 不应计费{clause}`,
    en: "After {allowed}, senior high offers voluntary evening self-study, not after-school service; {end} is not billable{clause}",
  },
  SESSION_LENGTH_UNKNOWN: {
    zh: "{stage}学生的 √ 需要学校设置的结束时间才能计时",
    en: "A present mark for a {stage} student needs the school's end time to be timed",
  },
  FUNCTION_UNKNOWN: {
    zh: "没有名为 {name} 的函数：可用的有 {names}",
    en: "No function named {name}: available are {names}",
  },
  ARGUMENT_COUNT: {
    zh: "{name} 需要 {min} 到 {max} 个参数，实际为 {count} 个",
    en: "{name} takes {min} to {max} arguments, got {count}",
  },
  ARGUMENT_COUNT_EXACT: {
    zh: "{name} 需要 {min} 个参数，实际为 {count} 个",
    en: "{name} takes {min} arguments, got {count}",
  },
  ARGUMENT_REQUIRED: {
    zh: "{name} 缺少必填参数 {param}",
    en: "{name} is missing its required argument {param}",
  },
  RANGE_EMPTY: {
    zh: "{what}为空",
    en: "{what} is empty",
  },
  POLICY_UNKNOWN: {
    zh: "没有编号为「{value}」的内置政策：可用的有 {ids}",
    en: 'No built-in policy "{value}": available are {ids}',
  },
  REFUND_BY_ABSENCE: {
    zh: "政策 {policy} 按连续缺勤天数退费，不按已上课时占应上课时的比例：REFUND 不适用，请按该政策的退费档次计算",
    en: "Policy {policy} refunds by consecutive days absent, not by the share attended: REFUND does not apply",
  },
  FEE_BY_MONTH: {
    zh: "政策 {policy} 按月收费（每月 {fee} 元）：SERVICEFEE 不按分钟计费，请用「生成收费表」",
    en: "Policy {policy} charges by the month ({fee} a month): SERVICEFEE does not charge minutes; make the charge sheet",
  },
};

/**
 * The message of a problem.
 * @example problemMessage({ code: "UPLIFT_TOO_HIGH", params: { max: "10%" } }) //=> "上浮比例不得超过10%"
 */
export function problemMessage(problem: Problem, locale: Locale = "zh-CN"): string {
  return formatMessage(PROBLEM_MESSAGES[problem.code], problem.params, locale);
}

/** The message of a code with its values, as a problem of that code would have it. */
export function problemText(
  code: ProblemCode,
  params: MessageParams = {},
  locale: Locale = "zh-CN"
): string {
  return problemMessage({ code, params }, locale);
}
