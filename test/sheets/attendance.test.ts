import fc from "fast-check";
import { readAttendance } from "../../src/sheets/attendance";
import { parseAttendanceCell } from "../../src/sheets/attendance-cell";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { findHeaderRow } from "../../src/sheets/header-row";

const DAYS = ["2023-05-04", "2023-05-05", "2023-05-08", "2023-05-09"];

describe("readAttendance", () => {
  it("gives each cell the entry its value parses to, texts parsed once (memo = plain parse)", () => {
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom<CellValue>(null, "", "√", " √", "17:30", "１７：３０", "15:30-17:30", "缺"),
      fc.constantFrom<CellValue>("1小时30分", "90分钟", "abc", true, 0, 1, 0.75, 95),
      fc.string({ maxLength: 6 }),
      fc.double({ noNaN: false })
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 30 }),
        (cells) => {
          const grid: SheetGrid = {
            name: "5月考勤",
            values: [
              ["学号", "姓名", ...DAYS],
              ...cells.map((row, i): CellValue[] => [`S${i}`, `学生${i}`, ...row]),
            ],
          };
          const read = readAttendance(grid, findHeaderRow(grid)!, "2023-05");
          expect(read.attendance.rows).toHaveLength(cells.length);
          read.attendance.rows.forEach((row, i) =>
            row.cells.forEach((cell, j) => {
              expect(cell.value).toBe(cells[i][j] ?? null);
              expect(cell.entry).toEqual(parseAttendanceCell(cells[i][j]));
              expect(row.entries[j]).toBe(cell.entry);
            })
          );
        }
      )
    );
  });

  it("reads each different number once: cells of the same number share one entry", () => {
    const grid: SheetGrid = {
      name: "5月考勤",
      values: [
        ["学号", "姓名", ...DAYS],
        ["S1", "甲", 95, 95, "95", 0.75],
        ["S2", "乙", 95, null, "95", 0.75],
      ],
    };
    const [a, b] = readAttendance(grid, findHeaderRow(grid)!, "2023-05").attendance.rows;
    expect(a.entries[0]).toEqual({ kind: "minutes", minutes: 95 });
    expect(a.entries[1]).toBe(a.entries[0]);
    expect(b.entries[0]).toBe(a.entries[0]);
    expect(b.entries[3]).toBe(a.entries[3]);
    expect(b.entries[1]).toEqual({ kind: "absent" });
  });
});

describe("attendance rows' entries", () => {
  it("gives each row its own entries from the block it shares with other rows, past a block's end too", () => {
    const marks: CellValue[] = ["√", 90, null, "17:30", "15:30-17:30", "abc"];
    const values: CellValue[][] = [["学号", "姓名", "2023-05-04", "2023-05-05", "2023-05-08"]];
    for (let r = 0; r < 1100; r++)
      values.push([
        `S${r}`,
        `学生${r}`,
        ...[0, 1, 2].map((d) => marks[(r + d * 5) % marks.length]),
      ]);
    values.splice(500, 0, [null, null, "√", "√", "√"], ["合计", null, 1, 2, 3]);
    const grid: SheetGrid = { name: "5月考勤", values };
    const { attendance } = readAttendance(grid, findHeaderRow(grid)!, "2023-05");
    expect(attendance.rows).toHaveLength(1100);
    for (const row of attendance.rows) {
      const cells = values[row.row].slice(2).map((v) => parseAttendanceCell(v));
      expect(row.entries).toEqual(cells);
      row.entries.forEach((e, i) => expect(row.block[row.from + i]).toBe(e));
      expect(row.cells.map((c) => c.entry)).toEqual(cells);
    }
  });
});

describe("a whole number under 30 in a column shown with decimals", () => {
  it("is a sign-out written with a dot on the hour (18.00), said at its cell, never 18 minutes", () => {
    const grid: SheetGrid = {
      name: "5月考勤",
      values: [
        ["学号", "姓名", ...DAYS],
        ["S1", "甲", 18, 17.3, 120, 18],
      ],
      numberFormats: [
        ["General", "General", "General", "General", "General", "General"],
        ["General", "General", "0.00", "0.00", "0.00", "General"],
      ],
    };
    const read = readAttendance(grid, findHeaderRow(grid)!, "2023-05");
    const kinds = read.attendance.rows[0].cells.map((c) => c.entry.kind);
    expect(kinds).toEqual(["unreadable", "unreadable", "minutes", "minutes"]);
    expect(read.findings.map((f) => [f.cell, f.params?.value])).toEqual([
      ["C2", "18.00"],
      ["D2", "17.3"],
    ]);
  });
});
