/**
 * Every user-facing message of the policy engine and the custom functions, Chinese first.
 * Placeholders in braces are filled by `formatMessage`; `{stage}` is shown as the stage's
 * name in the reader's language.
 */
export const zhCN = {
  STAGE_UNKNOWN: "无法识别学段「{value}」：请填写 小学、初中 或 高中",
  UPLIFT_NOT_NUMBER: "上浮比例「{value}」不是数字：请填写如 5% 的百分比",
  UPLIFT_NEGATIVE: "上浮比例不能为负数",
  UPLIFT_TOO_HIGH: "上浮比例不得超过{max}",
  UPLIFT_NOT_SENIOR: "只有高中可以上浮收费标准，{stage}的上浮比例须为0",
  MINUTES_NOT_NUMBER: "第{row}行第{col}个单元格「{value}」不是分钟数",
  MINUTES_NEGATIVE: "第{row}行第{col}个单元格的分钟数不能为负数（{value}）",
  MINUTES_OVER_DAY:
    "第{row}行第{col}个单元格的分钟数 {value} 超过一天的 1440 分钟：请填写当天的服务分钟数",
  AMOUNT_NOT_NUMBER: "{what}「{value}」不是金额",
  AMOUNT_NEGATIVE: "{what}不能为负数（{value}）",
  COUNT_NOT_NUMBER: "{what}「{value}」不是数字",
  COUNT_NEGATIVE: "{what}不能为负数（{value}）",
  SCHEDULED_NOT_POSITIVE: "应上课时必须大于0",
  ATTENDED_EXCEEDS_SCHEDULED: "已上课时（{attended}）不能多于应上课时（{scheduled}）",
  PARTY_UNKNOWN: "无法识别分担方「{value}」：请填写 政府 或 学校",
  BOOLEAN_UNREADABLE: "「{value}」应为 TRUE 或 FALSE",
  TIME_UNREADABLE: "无法识别时间「{value}」：请写成 16:45、16:45:00、16时45分 或 4:45 PM",
  DATE_UNREADABLE: "无法识别日期「{value}」：请写成 2021-05-10、2021/5/10 或 2021年5月10日",
  DATE_BEFORE_POLICY: "{date} 早于{begins} {from}，政策未规定该日的服务时间",
  END_NOT_AFTER_START: "结束时间 {end} 不晚于{stage}课后服务开始时间 {start}，请检查输入",
  END_FIXED_PILOT: "试行期间{stage}课后服务应于 {allowed} 结束，{end} 不符（§三(二)）",
  END_TOO_EARLY: "{stage}课后服务结束时间原则上不早于 {allowed}，{end} 过早（§三(二)1）",
  END_TOO_LATE: "{stage}课后服务结束时间不晚于 {allowed}，{end} 超时（§三(二)）",
  END_TOO_LATE_IN_PRINCIPLE: "{stage}课后服务结束时间原则上不晚于 {allowed}，{end} 超时（§三(二)）",
  SENIOR_SELF_STUDY:
    "高中 {allowed} 以后为学生自愿的校内晚自习，不属于课后服务，{end} 不应计费（§三(二)2）",
  SESSION_LENGTH_UNKNOWN: "{stage}学生的 √ 需要学校设置的结束时间才能计时",
  FUNCTION_UNKNOWN: "没有名为 {name} 的函数：可用的有 {names}",
  ARGUMENT_COUNT: "{name} 需要 {min} 到 {max} 个参数，实际为 {count} 个",
  ARGUMENT_COUNT_EXACT: "{name} 需要 {min} 个参数，实际为 {count} 个",
  ARGUMENT_REQUIRED: "{name} 缺少必填参数 {param}",
  RANGE_EMPTY: "{what}为空",
  POLICY_UNKNOWN: "没有编号为「{value}」的内置政策：可用的有 {ids}",
  REFUND_BY_ABSENCE:
    "政策 {policy} 按连续缺勤天数退费，不按已上课时占应上课时的比例：REFUND 不适用，请按该政策的退费档次计算",
} as const;

export type MessageCode = keyof typeof zhCN;

export const en: Record<MessageCode, string> = {
  STAGE_UNKNOWN: 'Unknown stage "{value}": use primary, junior or senior (小学, 初中, 高中)',
  UPLIFT_NOT_NUMBER: 'Uplift "{value}" is not a number: enter a percentage such as 5%',
  UPLIFT_NEGATIVE: "The uplift cannot be negative",
  UPLIFT_TOO_HIGH: "The uplift may not exceed {max}",
  UPLIFT_NOT_SENIOR: "Only senior high may raise the fee; the uplift for {stage} must be 0",
  MINUTES_NOT_NUMBER: 'Row {row}, cell {col} ("{value}") is not a number of minutes',
  MINUTES_NEGATIVE: "Row {row}, cell {col}: minutes cannot be negative ({value})",
  MINUTES_OVER_DAY:
    "Row {row}, cell {col}: {value} minutes is more than a day's 1,440; enter the day's minutes of service",
  AMOUNT_NOT_NUMBER: '{what} "{value}" is not an amount of money',
  AMOUNT_NEGATIVE: "{what} cannot be negative ({value})",
  COUNT_NOT_NUMBER: '{what} "{value}" is not a number',
  COUNT_NEGATIVE: "{what} cannot be negative ({value})",
  SCHEDULED_NOT_POSITIVE: "The scheduled service time must be greater than 0",
  ATTENDED_EXCEEDS_SCHEDULED:
    "Attended time ({attended}) cannot exceed the scheduled time ({scheduled})",
  PARTY_UNKNOWN: 'Unknown party "{value}": use government (政府) or school (学校)',
  BOOLEAN_UNREADABLE: '"{value}" should be TRUE or FALSE',
  TIME_UNREADABLE: 'Cannot read the time "{value}": write 16:45, 16:45:00, 16时45分 or 4:45 PM',
  DATE_UNREADABLE: 'Cannot read the date "{value}": write 2021-05-10, 2021/5/10 or 2021年5月10日',
  DATE_BEFORE_POLICY:
    "{date} is before the policy began on {from}; it sets no service times for it",
  END_NOT_AFTER_START: "End {end} is not after the {stage} start time {start}: check the input",
  END_FIXED_PILOT: "During the pilot, {stage} service ends at {allowed}; {end} does not (§三(二))",
  END_TOO_EARLY:
    "{stage} service should in principle end no earlier than {allowed}; {end} is too early (§三(二)1)",
  END_TOO_LATE: "{stage} service must end by {allowed}; {end} is too late (§三(二))",
  END_TOO_LATE_IN_PRINCIPLE:
    "{stage} service should in principle end by {allowed}; {end} is too late (§三(二))",
  SENIOR_SELF_STUDY:
    "After {allowed}, senior high offers voluntary evening self-study, not after-school service; {end} is not billable (§三(二)2)",
  SESSION_LENGTH_UNKNOWN:
    "A present mark for a {stage} student needs the school's end time to be timed",
  FUNCTION_UNKNOWN: "No function named {name}: available are {names}",
  ARGUMENT_COUNT: "{name} takes {min} to {max} arguments, got {count}",
  ARGUMENT_COUNT_EXACT: "{name} takes {min} arguments, got {count}",
  ARGUMENT_REQUIRED: "{name} is missing its required argument {param}",
  RANGE_EMPTY: "{what} is empty",
  POLICY_UNKNOWN: 'No built-in policy "{value}": available are {ids}',
  REFUND_BY_ABSENCE:
    "Policy {policy} refunds by consecutive days absent, not by the share attended: REFUND does not apply",
};
