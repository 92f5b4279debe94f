import Decimal from "decimal.js";
import { Money } from "../policy/money";
import { a1 } from "./a1";
import { cellAt, type CellValue, type SheetGrid } from "./grid";
import { cellText } from "./roster";
import { findTableHeader } from "./table-header";

const TEACHER_HEADERS = {
  teacher: ["教师", "教师姓名", "姓名", "老师"],
  hours: ["课时", "课时数", "服务课时", "时数", "小时数"],
  subsidy: ["补助", "补助金额", "补助费", "劳务报酬", "课时费", "发放金额"],
  rate: ["补助标准", "课时标准", "每课时补助"],
} as const;

/** One teacher's month (教师课时): hours, the subsidy paid, and the rate if the row gives one. */
export interface TeacherHours {
  readonly teacher: string;
  readonly hours: Decimal;
  readonly subsidy: Decimal;
  readonly rate?: Decimal;
  readonly subsidyCell: string;
}

function amount(v: CellValue): Decimal | undefined {
  if (typeof v === "number") return new Money(v);
  const t = cellText(v).replace(/元$/, "");
  return /^\d+(\.\d+)?$/.test(t) ? new Money(t) : undefined;
}

/** Whether a sheet holds teacher hours and subsidies. */
export function teacherHoursHeader(grid: SheetGrid) {
  return findTableHeader(grid, TEACHER_HEADERS, ["teacher", "hours", "subsidy"]);
}

/** Reads the teacher-hours sheet; rows without readable hours and subsidy are left out. */
export function readTeacherHours(
  grid: SheetGrid
): { sheet: string; rows: TeacherHours[] } | undefined {
  const header = teacherHoursHeader(grid);
  if (!header) return undefined;
  const f = header.fields;
  const rows: TeacherHours[] = [];
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const teacher = cellText(cellAt(grid, row, f.teacher!));
    const hours = amount(cellAt(grid, row, f.hours!));
    const subsidy = amount(cellAt(grid, row, f.subsidy!));
    if (!teacher || !hours || !subsidy || /合计|总计/.test(teacher)) continue;
    const rate = f.rate === undefined ? undefined : amount(cellAt(grid, row, f.rate));
    rows.push({ teacher, hours, subsidy, rate, subsidyCell: a1(row, f.subsidy!) });
  }
  return { sheet: grid.name, rows };
}
