import { parseAttendanceCell } from "../../src/sheets/attendance-cell";
import type { CellValue } from "../../src/sheets/grid";

const read = (v: CellValue) => parseAttendanceCell(v);
const t = (h: number, m: number) => (h * 60 + m) / 1440;

describe("attendance cell grammar (SPEC §11)", () => {
  it.each<[CellValue, number]>([
    [120, 120],
    ["120", 120],
    ["１２０", 120],
    ["90分钟", 90],
    ["90分", 90],
    ["1分钟", 1],
    ["2", 2],
    [45.5, 45.5],
    ["2:00", 120],
    ["1:30", 90],
    [t(2, 0), 120],
    [t(0, 45), 45],
    ["1小时30分", 90],
    ["1小时30分钟", 90],
    ["1.5小时", 90],
    ["2小时", 120],
    ["17.5分钟", 17.5],
    ["45.50", 45.5],
    [29.999999999, 29.999999999],
  ])("reads %p as %p minutes", (v, minutes) =>
    expect(read(v)).toEqual({ kind: "minutes", minutes })
  );

  it.each<CellValue>([17.3, 18.25, 1.5, "17.30", "18.00", "1.5"])(
    "never reads %p, a time with a dot or hours without 小时, as a day of under 30 minutes",
    (v) => expect(read(v)).toMatchObject({ kind: "unreadable" })
  );

  it.each<[CellValue, number]>([
    ["17:30", 1050],
    ["17:30:00", 1050],
    ["17时30分", 1050],
    ["５:３０ PM", 1050],
    [t(17, 30), 1050],
    [t(12, 0), 720],
  ])("reads %p as a sign-out at %p", (v, end) => expect(read(v)).toEqual({ kind: "signOut", end }));

  it.each([
    "15:30-17:30",
    "15:30~17:30",
    "15:30～17:30",
    "15:30至17:30",
    "15:30 - 17:30",
    "15:30－17:30",
  ])("reads the range %p", (v) =>
    expect(read(v)).toEqual({ kind: "range", start: 930, end: 1050 })
  );

  it.each<CellValue>(["√", "✓", "✔", "是", "到", "Y", "y", "TRUE", true, 1, "1"])(
    "reads %p as present",
    (v) => expect(read(v)).toEqual({ kind: "present" })
  );

  it.each<CellValue>([
    null,
    "",
    " ",
    0,
    "0",
    "×",
    "✗",
    "缺",
    "假",
    "病假",
    "事假",
    "请假",
    "-",
    "/",
    false,
  ])("reads %p as absent", (v) => expect(read(v)).toEqual({ kind: "absent" }));

  it.each<CellValue>([
    "abc",
    "迟到",
    "17:30-15:30",
    "25:00",
    "#N/A",
    -5,
    "1小时70分钟",
    "√√",
    "=A1",
  ])("does not guess %p", (v) => expect(read(v)).toEqual({ kind: "unreadable" }));
});

describe("attendance entries", () => {
  it("gives every kind of cell the same fields, in the same order (one shape for the day loop)", () => {
    const cells: CellValue[] = [null, "√", 90, "17:30", "15:30-17:30", "abc", 1e308, 0.75];
    const kinds = cells.map((c) => parseAttendanceCell(c));
    expect(new Set(kinds.map((e) => e.kind)).size).toBe(6);
    for (const e of kinds) expect(Object.keys(e)).toEqual(Object.keys(kinds[0]));
  });
});
