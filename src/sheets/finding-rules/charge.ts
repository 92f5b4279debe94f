import type { FindingRule } from "./rule";

/** The month's charge: what was not charged, and why. */
export const CHARGE_RULES = {
  CHARGE_NO_AGREEMENT: {
    family: "charge",
    severity: "error",
    clause: "§三(六)",
    zh: "学生有服务记录但名册中没有协议签订日期，本月未计费：签订服务协议后方可参加课后服务",
    en: "The student was served but has no agreement date; nothing was charged",
  },
  CHARGE_BEFORE_AGREEMENT: {
    family: "charge",
    severity: "error",
    clause: "§三(六)",
    zh: "{date} 早于协议签订日期 {agreement}，该日服务未计费",
    en: "{date} is before the agreement date {agreement}; the day was not charged",
  },
  CHARGE_AFTER_WITHDRAWAL: {
    family: "charge",
    severity: "error",
    clause: "§三(六)",
    zh: "{date} 晚于退出日期 {withdrawal}，该日服务未计费",
    en: "{date} is after the withdrawal date {withdrawal}; the day was not charged",
  },
  CHARGE_STAGE_UNKNOWN: {
    family: "charge",
    severity: "error",
    zh: "无法确定该学生的学段（年级或学段无法识别），本月未计费",
    en: "The student's stage is unknown (grade or stage unreadable); nothing was charged",
  },
  DAY_NOT_SCHOOL_DAY: {
    family: "days",
    severity: "warning",
    clause: "§三(二)",
    zh: "{date} 不是正常上课日（{reason}），却有课后服务记录：请核对日期",
    en: "{date} is not a school day ({reason}) but has service recorded",
    fix: "核对考勤日期；如确为学校安排的上课日（如调休），在设置表「调休上班日」中登记",
  },
  CALENDAR_NO_DATA: {
    family: "charge",
    severity: "warning",
    zh: "节假日日历没有 {year} 年的数据：已按周一至周五及设置表中的「节假日」「调休上班日」判断上课日",
    en: "The holiday calendar has no data for {year}: school days are Monday–Friday with the settings' holidays and make-up days",
  },
  SIGNOUT_PAST_WINDOW: {
    family: "charge",
    severity: "warning",
    clause: "§三(二)",
    zh: "结束时间 {end} 晚于当日{stage}允许的最晚结束时间 {latest}，超出部分未计费",
    en: "The end {end} is after the latest {stage} end {latest} of that day; the time past it was not charged",
  },
  SIGNOUT_PAST_SESSION: {
    family: "charge",
    severity: "warning",
    clause: "§三(二)",
    zh: "结束时间 {end} 晚于活动安排记录的当日结束时间 {latest}，超出部分未计费（服务时间以有老师在班在场服务为准）",
    en: "The end {end} is after the session's recorded end {latest}; the time past it was not charged",
  },
  SIGNOUT_NOT_AFTER_START: {
    family: "charge",
    severity: "error",
    zh: "结束时间 {end} 不晚于{stage}课后服务开始时间 {start}：请核对，本日按 0 计",
    en: "The end {end} is not after the {stage} start {start}; counted as 0",
  },
  SESSION_LENGTH_UNKNOWN: {
    family: "charge",
    severity: "error",
    zh: "{stage}学生的 √ 需要在设置表中填写「{stage}结束时间」才能计时，本日未计费",
    en: "A √ for a {stage} student needs the {stage} end time in the settings; the day was not charged",
  },
  DATE_BEFORE_POLICY: {
    family: "charge",
    severity: "error",
    clause: "§三(二)",
    zh: "{date} 早于课后服务试行开始日 2021-04-01，政策未规定该日的服务时间，未计费",
    en: "{date} is before the pilot began on 2021-04-01; not charged",
  },
} as const satisfies Record<string, FindingRule>;
