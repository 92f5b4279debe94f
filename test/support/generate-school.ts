import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";

/** The 21 school days of May 2023 (standard period; 5/1–5/3 Labour Day, 5/6 a make-up Saturday) and two more. */
const DAYS = [
  4, 5, 6, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29, 30, 31, 2, 3,
].map((d) => `2023-05-${String(d).padStart(2, "0")}`);

/**
 * A generated school month: `students` on the roster and the attendance grid, 23 day columns,
 * cells mixing √, minutes, sign-out times, ranges and blanks; deterministic for a seed.
 */
export function generateSchool(
  students: number,
  seed = 1,
  school = `生成学校${seed}`
): SheetGrid[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
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
  const attendance: CellValue[][] = [["2023年5月考勤"], ["学号", "姓名", "班级", ...DAYS, "合计"]];
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
      "2023-04-20",
    ]);
    const junior = grade.startsWith("初");
    const cells = DAYS.map((): CellValue => {
      const r = next();
      if (r < 0.15) return null;
      if (r < 0.5) return "√";
      if (r < 0.75) return Math.floor(next() * 120) + 10;
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
        ["月份", "2023-05"],
      ],
    },
    { name: "名册", values: roster },
    { name: "5月考勤", values: attendance },
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
