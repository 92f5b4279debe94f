import type { FindingRule } from "./rule";

/** Reading a workbook: sheets, headers, cells and settings that cannot be read. */
export const READING_RULES = {
  SHEET_ROSTER_MISSING: {
    family: "reading",
    severity: "error",
    zh: "未找到学生名册：需要一张表头含「学号/学籍号」「姓名」「年级」或「班级」的工作表",
    en: "No student roster found: a sheet needs headers such as 学号, 姓名, 年级 or 班级",
  },
  SHEET_ATTENDANCE_MISSING: {
    family: "reading",
    severity: "error",
    zh: "未找到 {month} 的考勤表：需要一张表头含学生列和日期列的工作表",
    en: "No attendance sheet for {month}: a sheet needs a student column and date columns",
  },
  MONTH_UNKNOWN: {
    family: "reading",
    severity: "error",
    zh: "无法确定收费月份：请用 --month YYYY-MM 指定，或在设置表中填写「月份」",
    en: "Cannot tell the month: give --month YYYY-MM or fill 月份 in the settings sheet",
  },
  MONTH_CHOSEN: {
    family: "reading",
    severity: "info",
    zh: "工作簿中有多个月份的考勤（{months}），本次按 {month} 计算；可用 --month 指定",
    en: "The workbook has attendance for several months ({months}); {month} was used; choose with --month",
  },
  HEADER_COLUMN_MISSING: {
    family: "reading",
    severity: "warning",
    zh: "「{sheet}」缺少「{column}」列：{effect}",
    en: "{sheet} has no {column} column: {effect}",
  },
  DATE_HEADER_UNREADABLE: {
    family: "reading",
    severity: "warning",
    zh: "无法识别日期表头「{value}」：该列未计入考勤；请写成 2021-05-06、5月6日、5/6 或日期格式",
    en: 'Cannot read the date header "{value}": the column was not counted; write 2021-05-06, 5月6日, 5/6 or a date',
  },
  ATTENDANCE_CELL_UNREADABLE: {
    family: "reading",
    severity: "error",
    zh: "无法识别考勤「{value}」：应为分钟数(120)、时长(2:00、1小时30分)、签退时间(17:30)、时间段(15:30-17:30)、√ 或缺勤标记；本日按 0 计",
    en: 'Cannot read the attendance "{value}": use minutes, a duration, a sign-out time, a range, √ or an absence mark; counted as 0',
  },
  ATTENDANCE_STUDENT_UNKNOWN: {
    family: "reading",
    severity: "warning",
    zh: "考勤表中的学生「{student}」不在名册中，未计费；请核对学号或姓名",
    en: 'Student "{student}" of the attendance sheet is not on the roster and was not charged',
  },
  ATTENDANCE_STUDENT_DUPLICATE: {
    family: "reading",
    severity: "error",
    zh: "学生「{student}」在考勤表中出现多次（另见第 {otherRow} 行），只计第一行",
    en: 'Student "{student}" appears more than once in the attendance sheet (also row {otherRow}); only the first row was counted',
  },
  SETTING_UNREADABLE: {
    family: "reading",
    severity: "warning",
    zh: "设置「{key}」的值「{value}」无法识别，已按默认值 {fallback} 处理",
    en: 'Setting {key} = "{value}" cannot be read; the default {fallback} was used',
  },
} as const satisfies Record<string, FindingRule>;
