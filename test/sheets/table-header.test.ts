import { findTableHeader } from "../../src/sheets/table-header";
import type { SheetGrid } from "../../src/sheets/grid";

const SYNONYMS = { teacher: ["教师", "教师姓名"], hours: ["课时", "课时数"] } as const;

const sheet = (rows: (string | number | null)[][]): SheetGrid => ({
  name: "教师课时",
  values: rows,
});

describe("findTableHeader", () => {
  it("finds the same header each time a table is looked up again (its synonyms read once)", () => {
    const grid = sheet([["本月课时表"], ["序号", "教师姓名（全名）", "课时数"], [1, "张老师", 12]]);
    const first = findTableHeader(grid, SYNONYMS, ["teacher", "hours"]);
    const again = findTableHeader(grid, SYNONYMS, ["teacher", "hours"]);
    expect(first).toEqual({ row: 1, fields: { teacher: 1, hours: 2 } });
    expect(again).toEqual(first);
  });

  it("reads the width of the first 20 rows only, however wide a row below them is", () => {
    const rows: (string | number | null)[][] = [["教师", "课时"]];
    for (let i = 0; i < 25; i++) rows.push(["王老师", 2]);
    rows.push([...Array(40).fill(null), "教师", "课时"]);
    expect(findTableHeader(sheet(rows), SYNONYMS, ["teacher"])).toEqual({
      row: 0,
      fields: { teacher: 0, hours: 1 },
    });
  });

  it("reads a grid with a missing row among its first 20 without a throw", () => {
    const values = [["x"], undefined, ["教师", "课时"]] as unknown as SheetGrid["values"];
    expect(findTableHeader({ name: "s", values }, SYNONYMS, ["teacher"])).toEqual({
      row: 2,
      fields: { teacher: 0, hours: 1 },
    });
  });
});
