import { matchAttendance } from "../../../src/jobs/charge/match-students";
import { readAttendance } from "../../../src/sheets/attendance";
import type { SheetGrid } from "../../../src/sheets/grid";
import { findHeaderRow } from "../../../src/sheets/header-row";
import { readRoster } from "../../../src/sheets/roster";

describe("paired rows", () => {
  const rosterGrid: SheetGrid = {
    name: "名册",
    values: [
      ["学号", "姓名", "班级", "年级"],
      ["S3", "丙", "三年级1班", "三年级"],
      ["S1", "甲", "三年级1班", "三年级"],
      ["S2", "乙", "三年级1班", "三年级"],
    ],
  };
  const attendanceGrid: SheetGrid = {
    name: "5月考勤",
    values: [
      ["学号", "姓名", "2023-05-04"],
      ["S1", "甲", "√"],
      ["S3", "丙", "√"],
    ],
  };
  const roster = readRoster(rosterGrid, findHeaderRow(rosterGrid)!, "6-3").roster;
  const attendance = readAttendance(
    attendanceGrid,
    findHeaderRow(attendanceGrid)!,
    "2023-05"
  ).attendance;

  it("gives each roster place its row, and none where no row was paired", () => {
    const paired = matchAttendance(roster, attendance, []);
    expect(paired.rowAt(0)?.id).toBe("S3");
    expect(paired.rowAt(1)?.id).toBe("S1");
    expect(paired.rowAt(2)).toBeUndefined();
  });

  it("reads as a map of student to row, in the order the rows were paired", () => {
    const paired = matchAttendance(roster, attendance, []);
    expect(paired.size).toBe(2);
    expect([...paired.keys()].map((s) => s.id)).toEqual(["S1", "S3"]);
    expect([...paired].map(([s, r]) => [s.id, r.row])).toEqual([
      ["S1", 1],
      ["S3", 2],
    ]);
    expect(paired.get(roster.students[0])?.id).toBe("S3");
    expect(paired.has(roster.students[2])).toBe(false);
    const seen: string[] = [];
    paired.forEach((row, student) => seen.push(`${student.id}:${row.id}`));
    expect(seen).toEqual(["S1:S1", "S3:S3"]);
  });
});
