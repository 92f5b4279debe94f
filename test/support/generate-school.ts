import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";

/** The 21 school days of May 2023 (standard period; 5/1–5/3 Labour Day, 5/6 a make-up Saturday) and two more. */
const DAYS = [
  4, 5, 6, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29, 30, 31, 2, 3,
].map((d) => `2023-05-${String(d).padStart(2, "0")}`);

/** The weekdays of a month (YYYY-MM), as ISO dates. */
function weekdaysOf(month: string): string[] {
  const [y, m] = month.split("-").map(Number);
  const days: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1) break;
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6)
      days.push(`${month}-${String(d).padStart(2, "0")}`);
  }
  return days;
}

/**
 * A generated school month: `students` on the roster and the attendance grid, 23 day columns,
 * cells mixing √, minutes, sign-out times, ranges and blanks; deterministic for a seed. With
 * `month` (YYYY-MM) another month of the same school: the same students and ids, the month's
 * weekdays, and other marks (the figures differ month to month).
 */
export function generateSchool(
  students: number,
  seed = 1,
  school = `生成学校${seed}`,
  month?: string
): SheetGrid[] {
  const days = month ? weekdaysOf(month) : DAYS;
  const [year, monthNo] = (month ?? "2023-05").split("-").map(Number);
  const agreed = month
    ? new Date(Date.UTC(year, monthNo - 2, 20)).toISOString().slice(0, 10)
    : "2023-04-20";
  const stream = (start: number) => {
    let s = start;
    return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  };
  const next = stream(seed);
  // Another month: the same roster (from the seed), the month's own marks.
  const mark = month ? stream(seed * 7919 + year * 12 + monthNo) : next;
  const grades = [
    "一年级",
    "二年级",
    "三年级",
    "四年级",
    "五年级",
    "六年级",
    "初一",
    "初二",
    "初三",
  ];
  const roster: CellValue[][] = [
    [`${school} 学生名册`],
    ["学号", "姓名", "班级", "年级", "困难家庭", "留守儿童", "随迁子女", "协议签订日期"],
  ];
  const attendance: CellValue[][] = [
    [`${year}年${monthNo}月考勤`],
    ["学号", "姓名", "班级", ...days, "合计"],
  ];
  for (let i = 0; i < students; i++) {
    const id = `S${seed}${String(i).padStart(6, "0")}`;
    const grade = grades[i % grades.length];
    const cls = `${grade}${(i % 4) + 1}班`;
    roster.push([
      id,
      `学生${i}`,
      cls,
      grade,
      next() < 0.05 ? "是" : "否",
      next() < 0.1 ? "是" : "",
      next() < 0.1 ? "是" : "",
      agreed,
    ]);
    const junior = grade.startsWith("初");
    const cells = days.map((): CellValue => {
      const r = mark();
      if (r < 0.15) return null;
      if (r < 0.5) return "√";
      if (r < 0.75) return Math.floor(mark() * 120) + 10;
      if (r < 0.9) return junior ? "18:00" : "17:45";
      return junior ? "17:00-18:10" : "15:30-17:30";
    });
    attendance.push([id, `学生${i}`, cls, ...cells, null]);
  }
  return [
    {
      name: "设置",
      values: [
        ["学校名称", school],
        ["月份", month ?? "2023-05"],
      ],
    },
    { name: "名册", values: roster },
    { name: `${monthNo}月考勤`, values: attendance },
  ];
}

/** Writes grids to an .xlsx buffer with exceljs. */
export async function gridsToXlsx(grids: readonly SheetGrid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row) => ws.addRow(row.map((v) => v ?? null)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
