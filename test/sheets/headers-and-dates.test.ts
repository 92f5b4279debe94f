import {
  monthInText,
  bareMonthInText,
  parseDateHeader,
  parseYearMonth,
  resolveDateHeader,
} from "../../src/sheets/date-header";
import { findHeaderRow } from "../../src/sheets/header-row";
import { headerField } from "../../src/sheets/header-synonyms";
import { parseYesNo } from "../../src/sheets/yes-no";
import type { SheetGrid } from "../../src/sheets/grid";

describe("header synonyms (SPEC §11)", () => {
  it.each([
    ["学号", "id"],
    ["学籍号", "id"],
    ["学生编号", "id"],
    ["编号", "id"],
    ["学籍号（19位）", "id"],
    ["姓名", "name"],
    ["学生姓名", "name"],
    ["年级", "grade"],
    ["班级", "class"],
    ["班", "class"],
    ["学段", "stage"],
    ["困难家庭", "hardship"],
    ["家庭经济困难", "hardship"],
    ["是否家庭经济困难", "hardship"],
    ["经济困难", "hardship"],
    ["留守儿童", "leftBehind"],
    ["随迁子女", "migrant"],
    ["申请日期", "application"],
    ["审核日期", "review"],
    ["批准日期", "approval"],
    ["公示日期", "notice"],
    ["协议签订日期", "agreement"],
    ["协议日期", "agreement"],
    ["退出日期", "withdrawal"],
    ["合计", "total"],
    ["备注", "remark"],
    ["学 号", "id"],
    ["姓名*", "name"],
  ])("maps %s to %s", (text, field) => expect(headerField(text)).toBe(field));
  it("does not map unknown headers", () => {
    expect(headerField("家长电话")).toBeUndefined();
    expect(headerField("")).toBeUndefined();
  });
});

describe("date headers", () => {
  it("reads Excel dates, ISO, slashes, 月日, m/d and bare days", () => {
    expect(parseDateHeader(44322, "m月d日")).toEqual({ kind: "date", date: "2021-05-06" });
    expect(parseDateHeader("2021-05-06")).toEqual({ kind: "date", date: "2021-05-06" });
    expect(parseDateHeader("2021/5/6")).toEqual({ kind: "date", date: "2021-05-06" });
    expect(parseDateHeader("5月6日")).toEqual({ kind: "monthDay", month: 5, day: 6 });
    expect(parseDateHeader("5/6")).toEqual({ kind: "monthDay", month: 5, day: 6 });
    expect(parseDateHeader(6)).toEqual({ kind: "day", day: 6 });
    expect(parseDateHeader("6日")).toEqual({ kind: "day", day: 6 });
    expect(parseDateHeader("６")).toEqual({ kind: "day", day: 6 });
  });
  it("is not fooled by totals, remarks and weekdays", () => {
    for (const v of ["合计", "备注", "星期一", "周五", 0, 32, "5月32日"])
      expect(parseDateHeader(v).kind).toBe("none");
  });
  it("reads a number typed month.day in a General cell, with both days a one-decimal 1–3 may be", () => {
    expect(parseDateHeader(5.7)).toEqual({ kind: "dotted", month: 5, days: [7] });
    expect(parseDateHeader(11.15)).toEqual({ kind: "dotted", month: 11, days: [15] });
    // Excel saves 5.1 as 5.0999999999999996: the same number, read the same.
    expect(parseDateHeader(Number("5.0999999999999996"))).toEqual({
      kind: "dotted",
      month: 5,
      days: [1, 10],
    });
    expect(parseDateHeader(11.3)).toEqual({ kind: "dotted", month: 11, days: [3, 30] });
    for (const v of [13.5, 5.32, 1.234]) expect(parseDateHeader(v).kind).toBe("none");
    expect(parseDateHeader(5.7, "0.0").kind).toBe("dotted");
    expect(parseDateHeader(5.7, "yyyy-mm-dd").kind).toBe("none");
  });
  it("takes the month of a bare day from the title, or the given month", () => {
    expect(resolveDateHeader({ kind: "day", day: 8 }, "2021-05")).toBe("2021-05-08");
    expect(resolveDateHeader({ kind: "monthDay", month: 2, day: 30 }, "2021-02")).toBeUndefined();
    expect(monthInText("绥芬河市2021年5月课后服务考勤")).toBe("2021-05");
    expect(bareMonthInText("5月考勤")).toBe(5);
    expect(parseYearMonth("2021年5月")).toBe("2021-05");
    expect(parseYearMonth("2021-13")).toBeUndefined();
  });
});

describe("findHeaderRow", () => {
  it("finds the header under title rows", () => {
    const grid: SheetGrid = {
      name: "名册",
      values: [
        ["某校课后服务名册", null, null],
        ["制表：教务处", null, null],
        [null, null, null],
        ["学号", "姓名", "年级"],
        ["001", "张三", "三年级"],
      ],
    };
    const h = findHeaderRow(grid)!;
    expect(h.row).toBe(3);
    expect(h.fields).toEqual({ id: 0, name: 1, grade: 2 });
  });
  it("reads a two-row header whose student columns are merged from above", () => {
    const grid: SheetGrid = {
      name: "考勤",
      values: [
        ["学号", "姓名", "5月出勤", null, null],
        [null, null, "5/6", "5/7", "5/8"],
        ["001", "张三", "√", "√", "√"],
      ],
    };
    const h = findHeaderRow(grid)!;
    expect(h.row).toBe(1);
    expect(h.fields).toMatchObject({ id: 0, name: 1 });
    expect(h.dateColumns.map((d) => d.col)).toEqual([2, 3, 4]);
  });
  it("finds nothing in a sheet without a student column", () => {
    expect(findHeaderRow({ name: "说明", values: [["本表说明"], ["填写规则"]] })).toBeUndefined();
  });
});

describe("yes/no cells", () => {
  it.each([
    ["是", true],
    ["√", true],
    ["Y", true],
    [1, true],
    [true, true],
    ["否", false],
    ["", false],
    [null, false],
    [0, false],
    ["×", false],
  ] as const)("reads %p as %p", (v, expected) => expect(parseYesNo(v)).toBe(expected));
  it("does not guess", () => expect(parseYesNo("可能")).toBeUndefined());
});
