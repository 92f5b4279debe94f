import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Profile } from "../../src/policy/profile";
import { readProfileFile } from "../../src/sheets/profile-file";

/** The example profile with a semester cap of 400.00 and 2.50 a 课时 of 40 minutes. */
export const SEMESTER_PROFILE_FILE = path.join(
  __dirname,
  "..",
  "fixtures",
  "example-semester.json"
);

/** The example semester profile, read and checked as `--policy` reads it. */
export function loadSemesterProfile(): Profile {
  const read = readProfileFile(
    readFileSync(SEMESTER_PROFILE_FILE, "utf8"),
    "example-semester.json"
  );
  if (!read.ok) throw new Error("the example profile does not pass its checks");
  return read.profile;
}

/** 2021's weekday holidays in the months used (清明, 劳动节, 端午, 中秋). */
const HOLIDAYS = new Set(["4-5", "5-3", "5-4", "5-5", "6-14", "9-20", "9-21"]);

/** The first `n` working weekdays of a 2021 month, as the attendance headers write them (3/1). */
export function workdays(month: number, n: number): string[] {
  const days: string[] = [];
  for (let d = 1; days.length < n; d++) {
    const weekday = new Date(Date.UTC(2021, month - 1, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(`${month}-${d}`))
      days.push(`${month}/${d}`);
  }
  return days;
}

/**
 * 示例小学 with an attendance sheet for each of `months` of 2021 (「3月考勤」…): 甲 (P1) served
 * 120 minutes (3 课时 of 40, 135.00 a month) on 18 days, 乙 (P2) on the first (7.50). With
 * `month`, 设置 names it in a 月份 row, as a school's monthly submission does.
 */
export function semesterSchool(months: readonly number[], month?: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet("设置");
  settings.addRow(["学校名称", "示例小学"]);
  if (month !== undefined) settings.addRow(["月份", `2021-${String(month).padStart(2, "0")}`]);
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级"]);
  roster.addRow(["P1", "甲", "一班", "一年级"]);
  roster.addRow(["P2", "乙", "一班", "一年级"]);
  for (const m of months) {
    const att = wb.addWorksheet(`${m}月考勤`);
    const days = workdays(m, 18);
    att.addRow(["学号", "姓名", ...days]);
    att.addRow(["P1", "甲", ...days.map(() => "120分钟")]);
    att.addRow(["P2", "乙", "120分钟", ...days.slice(1).map(() => "")]);
  }
  return wb;
}

/** `semesterSchool` as the bytes of an .xlsx file. */
export async function semesterSchoolXlsx(
  months: readonly number[],
  month?: number
): Promise<Buffer> {
  return Buffer.from(await semesterSchool(months, month).xlsx.writeBuffer());
}
