import { readSchoolWorkbook } from "../../src/jobs/school-workbook";
import { computeCharges } from "../../src/jobs/charge/compute";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";

const roster: SheetGrid = {
  name: "名册",
  values: [
    ["学号", "姓名", "年级"],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`S${i}`, `学生${i}`, "三年级"]),
  ],
};
const days = [8, 9, 10, 11, 12, 15, 16, 17, 18, 19].map((d) => `2023-05-${d}`);
const rows = (n: number): CellValue[][] =>
  [1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`S${i}`, `学生${i}`, ...Array(n).fill(120)]);

describe("date headers in two rows with merged cells", () => {
  it("reads a date merged down over both header rows", () => {
    // Row 1: 学号 姓名 and two dates merged down (their lower cells read blank); row 2: the rest.
    const grid: SheetGrid = {
      name: "5月考勤",
      values: [
        ["学号", "姓名", days[0], days[1], "出勤日期", null, null, null, null, null, null, null],
        [null, null, null, null, ...days.slice(2)],
        ...rows(10),
      ],
    };
    const charges = computeCharges(readSchoolWorkbook([roster, grid], "2023-05"));
    expect(charges.totals.billableMinutes).toBe(9600);
  });

  it("reports a column of attendance under a blank header at its first cell, never dropping it silently", () => {
    const grid: SheetGrid = {
      name: "5月考勤",
      values: [["学号", "姓名", ...days.slice(0, 8), null, null], ...rows(10)],
    };
    const wb = readSchoolWorkbook([roster, grid], "2023-05");
    const missing = wb.findings.filter((f) => f.rule === "DATE_HEADER_MISSING");
    expect(missing.map((f) => f.cell)).toEqual(["K2", "L2"]);
  });
});
