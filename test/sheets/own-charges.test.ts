import { readOwnCharges } from "../../src/sheets/own-charges";
import type { SheetGrid } from "../../src/sheets/grid";
import { analyseSchool } from "../../src/jobs/breaches/analyse";
import { findHeaderRow } from "../../src/sheets/header-row";

const roster = (amounts: (number | string)[]): SheetGrid => ({
  name: "名册",
  values: [
    ["学号", "姓名", "年级", "应收金额"],
    ...amounts.map((a, i) => [`S${i + 1}`, `学生${i + 1}`, "三年级", a]),
  ],
});

describe("a school's own money columns", () => {
  it("turn a number no money can be (1E+999, 1E+300) into a finding at its cell, never a throw", () => {
    const own = readOwnCharges([
      roster([
        Infinity,
        -Infinity,
        NaN,
        1e300,
        "1" + "0".repeat(30),
        86.67,
        1_000_000,
        "¥999999.99",
      ]),
    ]);
    // One limit for every amount a school could charge one student: under ¥1,000,000.
    expect(own.charges.map((c) => c.amount.toString())).toEqual(["86.67", "999999.99"]);
    expect(own.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["OWN_AMOUNT_UNREADABLE", "D2"],
      ["OWN_AMOUNT_UNREADABLE", "D3"],
      ["OWN_AMOUNT_UNREADABLE", "D4"],
      ["OWN_AMOUNT_UNREADABLE", "D5"],
      ["OWN_AMOUNT_UNREADABLE", "D6"],
      ["OWN_AMOUNT_UNREADABLE", "D8"],
    ]);
    expect(own.findings[0].message).toMatch(/「应收金额」的值「Infinity」不是金额/);
  });

  it("let the breach check run over a workbook with 1E+999 in 应收金额 (the fuzz case)", () => {
    const attendance: SheetGrid = {
      name: "5月考勤",
      values: [
        ["学号", "姓名", "2023-05-08", "2023-05-09", "2023-05-10"],
        ["S1", "学生1", 120, 120, 120],
      ],
    };
    const { breaches } = analyseSchool([roster([Number("1E+999")]), attendance], {
      month: "2023-05",
    });
    expect(breaches.some((f) => f.rule === "OWN_AMOUNT_UNREADABLE" && f.cell === "D2")).toBe(true);
  });
});

describe("readOwnCharges with the workbook's header rows", () => {
  it("reads each sheet by the header row the workbook's reading found, not by searching again", () => {
    const sheet = roster([86.67]);
    const header = findHeaderRow(sheet)!;
    expect(readOwnCharges([sheet], new Map([[sheet, header]])).charges).toHaveLength(1);
    // A sheet the reading found no header in is not searched again.
    expect(readOwnCharges([sheet], new Map([[sheet, undefined]])).charges).toHaveLength(0);
    // A sheet the reading did not look at is searched.
    expect(readOwnCharges([sheet], new Map()).charges).toHaveLength(1);
  });
});
