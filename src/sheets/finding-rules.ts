import type { Severity } from "../policy/service-window";

/** A rule a finding reports: its severity, the policy clause it enforces (if any), and its messages. */
export interface FindingRule {
  readonly severity: Severity;
  readonly clause?: string;
  readonly zh: string;
  readonly en: string;
}

/**
 * Every finding the workbook readers and the validate and charge jobs can report, by stable
 * id. docs/findings.md is generated from this table (npm run docs) and a test keeps it current.
 */
export const FINDING_RULES = {
  SHEET_ROSTER_MISSING: {
    severity: "error",
    zh: "未找到学生名册：需要一张表头含「学号/学籍号」「姓名」「年级」或「班级」的工作表",
    en: "No student roster found: a sheet needs headers such as 学号, 姓名, 年级 or 班级",
  },
  SHEET_ATTENDANCE_MISSING: {
    severity: "error",
    zh: "未找到 {month} 的考勤表：需要一张表头含学生列和日期列的工作表",
    en: "No attendance sheet for {month}: a sheet needs a student column and date columns",
  },
  MONTH_UNKNOWN: {
    severity: "error",
    zh: "无法确定收费月份：请用 --month YYYY-MM 指定，或在设置表中填写「月份」",
    en: "Cannot tell the month: give --month YYYY-MM or fill 月份 in the settings sheet",
  },
  MONTH_CHOSEN: {
    severity: "info",
    zh: "工作簿中有多个月份的考勤（{months}），本次按 {month} 计算；可用 --month 指定",
    en: "The workbook has attendance for several months ({months}); {month} was used; choose with --month",
  },
  HEADER_COLUMN_MISSING: {
    severity: "warning",
    zh: "「{sheet}」缺少「{column}」列：{effect}",
    en: "{sheet} has no {column} column: {effect}",
  },
  DATE_HEADER_UNREADABLE: {
    severity: "warning",
    zh: "无法识别日期表头「{value}」：该列未计入考勤；请写成 2021-05-06、5月6日、5/6 或日期格式",
    en: 'Cannot read the date header "{value}": the column was not counted; write 2021-05-06, 5月6日, 5/6 or a date',
  },
  ATTENDANCE_CELL_UNREADABLE: {
    severity: "error",
    zh: "无法识别考勤「{value}」：应为分钟数(120)、时长(2:00、1小时30分)、签退时间(17:30)、时间段(15:30-17:30)、√ 或缺勤标记；本日按 0 计",
    en: 'Cannot read the attendance "{value}": use minutes, a duration, a sign-out time, a range, √ or an absence mark; counted as 0',
  },
  ATTENDANCE_STUDENT_UNKNOWN: {
    severity: "warning",
    zh: "考勤表中的学生「{student}」不在名册中，未计费；请核对学号或姓名",
    en: 'Student "{student}" of the attendance sheet is not on the roster and was not charged',
  },
  ATTENDANCE_STUDENT_DUPLICATE: {
    severity: "error",
    zh: "学生「{student}」在考勤表中出现多次（另见第 {otherRow} 行），只计第一行",
    en: 'Student "{student}" appears more than once in the attendance sheet (also row {otherRow}); only the first row was counted',
  },
  SETTING_UNREADABLE: {
    severity: "warning",
    zh: "设置「{key}」的值「{value}」无法识别，已按默认值 {fallback} 处理",
    en: 'Setting {key} = "{value}" cannot be read; the default {fallback} was used',
  },
  ROSTER_ID_MISSING: {
    severity: "error",
    zh: "第 {row} 行缺少学号：请填写学号或学籍号",
    en: "Row {row} has no student id",
  },
  ROSTER_DUPLICATE_ID: {
    severity: "error",
    zh: "学号 {id} 重复（另见 {other}）：每名学生只能登记一次",
    en: "Student id {id} is used twice (also {other})",
  },
  ROSTER_NAME_MISSING: {
    severity: "error",
    zh: "学号 {id} 缺少姓名",
    en: "Student {id} has no name",
  },
  ROSTER_GRADE_UNREADABLE: {
    severity: "error",
    clause: "§三(一)",
    zh: "无法识别年级「{value}」（{system}）：请填写 1–12、三年级、初一、高二 等；课后服务对象为 1–12 年级在校学生",
    en: 'Cannot read the grade "{value}" ({system}): use 1–12, 三年级, 初一, 高二 …',
  },
  ROSTER_STAGE_UNREADABLE: {
    severity: "error",
    zh: "无法识别学段「{value}」：请填写 小学、初中 或 高中",
    en: 'Cannot read the stage "{value}": use 小学, 初中 or 高中',
  },
  ROSTER_STAGE_MISMATCH: {
    severity: "error",
    zh: "学段「{stage}」与年级「{grade}」在{system}下不符（应为{expected}）：请核对学段、年级或设置中的学制",
    en: "Stage {stage} does not fit grade {grade} under {system} (expected {expected})",
  },
  ROSTER_FLAG_UNREADABLE: {
    severity: "error",
    zh: "「{column}」的值「{value}」无法识别：请填写 是 或 否",
    en: '{column} = "{value}" cannot be read: use 是 (yes) or 否 (no)',
  },
  ROSTER_DATE_UNREADABLE: {
    severity: "error",
    zh: "「{column}」的值「{value}」不是日期：请写成 2021-05-10 或日期格式",
    en: '{column} = "{value}" is not a date',
  },
  ROSTER_DATES_OUT_OF_ORDER: {
    severity: "error",
    clause: "§三(六)",
    zh: "{later}（{laterDate}）早于{earlier}（{earlierDate}）：应依次为 申请 → 审核 → 批准 → 公示 → 签订协议",
    en: "{later} ({laterDate}) is before {earlier} ({earlierDate}): the order is application, review, approval, notice, agreement",
  },
  ROSTER_WITHDRAWAL_NO_DATE: {
    severity: "warning",
    clause: "§三(六)",
    zh: "学生已标记退出但没有退出日期：请填写退出日期（退出须家长书面申请、学校批准）",
    en: "The student is marked as withdrawn without a withdrawal date",
  },
  ROSTER_PRIORITY_COUNTS: {
    severity: "info",
    clause: "§三(一)",
    zh: "优先保障对象：留守儿童 {leftBehind} 人，随迁子女 {migrant} 人，困难家庭 {hardship} 人（共 {students} 名学生）",
    en: "Priority groups: left-behind {leftBehind}, migrant {migrant}, hardship {hardship} (of {students} students)",
  },
  CHARGE_NO_AGREEMENT: {
    severity: "error",
    clause: "§三(六)",
    zh: "学生有服务记录但名册中没有协议签订日期，本月未计费：签订服务协议后方可参加课后服务",
    en: "The student was served but has no agreement date; nothing was charged",
  },
  CHARGE_BEFORE_AGREEMENT: {
    severity: "error",
    clause: "§三(六)",
    zh: "{date} 早于协议签订日期 {agreement}，该日服务未计费",
    en: "{date} is before the agreement date {agreement}; the day was not charged",
  },
  CHARGE_AFTER_WITHDRAWAL: {
    severity: "error",
    clause: "§三(六)",
    zh: "{date} 晚于退出日期 {withdrawal}，该日服务未计费",
    en: "{date} is after the withdrawal date {withdrawal}; the day was not charged",
  },
  CHARGE_STAGE_UNKNOWN: {
    severity: "error",
    zh: "无法确定该学生的学段（年级或学段无法识别），本月未计费",
    en: "The student's stage is unknown (grade or stage unreadable); nothing was charged",
  },
  DAY_NOT_SCHOOL_DAY: {
    severity: "warning",
    clause: "§三(二)",
    zh: "{date} 不是正常上课日（{reason}），却有课后服务记录：请核对日期",
    en: "{date} is not a school day ({reason}) but has service recorded",
  },
  CALENDAR_NO_DATA: {
    severity: "warning",
    zh: "节假日日历没有 {year} 年的数据：已按周一至周五及设置表中的「节假日」「调休上班日」判断上课日",
    en: "The holiday calendar has no data for {year}: school days are Monday–Friday with the settings' holidays and make-up days",
  },
  SIGNOUT_PAST_WINDOW: {
    severity: "warning",
    clause: "§三(二)",
    zh: "结束时间 {end} 晚于当日{stage}允许的最晚结束时间 {latest}，超出部分未计费",
    en: "The end {end} is after the latest {stage} end {latest} of that day; the time past it was not charged",
  },
  SIGNOUT_NOT_AFTER_START: {
    severity: "error",
    zh: "结束时间 {end} 不晚于{stage}课后服务开始时间 {start}：请核对，本日按 0 计",
    en: "The end {end} is not after the {stage} start {start}; counted as 0",
  },
  SESSION_LENGTH_UNKNOWN: {
    severity: "error",
    zh: "{stage}学生的 √ 需要在设置表中填写「{stage}结束时间」才能计时，本日未计费",
    en: "A √ for a {stage} student needs the {stage} end time in the settings; the day was not charged",
  },
  DATE_BEFORE_POLICY: {
    severity: "error",
    clause: "§三(二)",
    zh: "{date} 早于课后服务试行开始日 2021-04-01，政策未规定该日的服务时间，未计费",
    en: "{date} is before the pilot began on 2021-04-01; not charged",
  },
} as const satisfies Record<string, FindingRule>;

export type FindingRuleId = keyof typeof FINDING_RULES;
