import { findHeaderRow } from "../../src/sheets/header-row";
import type { SheetGrid } from "../../src/sheets/grid";

const days = ["2023-05-08", "2023-05-09", "2023-05-10", "2023-05-11"];

describe("finding a sheet's header row", () => {
  it("takes the student columns from the row above where the header row is blank under them", () => {
    const grid: SheetGrid = {
      name: "5月考勤",
      values: [
        ["2023年5月考勤"],
        ["学号", "姓名", "出勤日期", null, null, null],
        [null, null, ...days],
        ["S1", "学生1", "√", "√", 90, null],
      ],
    };
    const header = findHeaderRow(grid)!;
    expect(header.row).toBe(2);
    expect(header.fields).toEqual({ id: 0, name: 1 });
    expect(header.dateColumns.map((d) => d.col)).toEqual([2, 3, 4, 5]);
  });

  it("passes over a row of dates that names no student column", () => {
    // The row of dates above scores nothing without 学号 or 姓名; the header is the row under it.
    const grid: SheetGrid = {
      name: "5月考勤",
      values: [
        ["班级", "合计", ...days],
        ["学号", "姓名", ...days.slice(0, 3), "备注"],
        ["S1", "学生1", "√", "√", 90, null],
      ],
    };
    const header = findHeaderRow(grid)!;
    expect(header.row).toBe(1);
    expect(header.dateColumns).toHaveLength(3);
    expect(header.fields.id).toBe(0);
  });

  it("finds no header in a sheet without a student column", () => {
    const grid: SheetGrid = {
      name: "说明",
      values: [
        ["班级", ...days],
        ["一年级1班", 1, 2, 3, 4],
      ],
    };
    expect(findHeaderRow(grid)).toBeUndefined();
  });
});
