import type { SheetGrid } from "../../src/sheets/grid";
import { findHeaderRow } from "../../src/sheets/header-row";
import { readRoster } from "../../src/sheets/roster";

describe("readRoster", () => {
  const grid: SheetGrid = {
    name: "名册",
    values: [
      ["学号", "姓名", "班级", "年级", "困难家庭", "留守儿童", "协议签订日期", "退出日期"],
      ["S1", "甲", "三年级1班", "三年级", "是", "", "2023-04-20", null],
      ["S2", "乙", "三年级1班", "三年级", "也许", "不知", "4月20日前", "2023-05-20"],
      [1003, "丙", "初一2班", "初一", "否", "是", 45036, ""],
    ],
  };
  const { roster, findings } = readRoster(grid, findHeaderRow(grid)!, "6-3");

  it("gives every student the flags and dates its cells say, a missing column no", () => {
    const [a, b, c] = roster.students;
    expect(a.flags).toEqual({
      hardship: true,
      leftBehind: false,
      migrant: false,
      refundApplied: false,
      withdrawn: false,
    });
    expect(a.dates).toEqual({ agreement: "2023-04-20" });
    expect(b.dates).toEqual({ withdrawal: "2023-05-20" });
    expect(c).toMatchObject({ id: "1003", stage: "junior", dates: { agreement: "2023-04-20" } });
    expect(c.flags.leftBehind).toBe(true);
  });

  it("gives every student's dates one shape: the same fields in one order, whichever are given", () => {
    const shapes = new Set(roster.students.map((s) => Object.keys(s.dates).join()));
    expect(shapes).toEqual(new Set(["application,review,approval,notice,agreement,withdrawal"]));
  });

  it("says each unreadable flag and date at its cell, in the columns' order", () => {
    expect(findings.map((f) => [f.rule, f.cell, f.params?.value])).toEqual([
      ["ROSTER_FLAG_UNREADABLE", "E3", "也许"],
      ["ROSTER_FLAG_UNREADABLE", "F3", "不知"],
      ["ROSTER_DATE_UNREADABLE", "G3", "4月20日前"],
    ]);
  });
});
