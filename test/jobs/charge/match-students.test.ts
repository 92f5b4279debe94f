import fc from "fast-check";
import { matchAttendance } from "../../../src/jobs/charge/match-students";
import { readAttendance } from "../../../src/sheets/attendance";
import type { CellValue, SheetGrid } from "../../../src/sheets/grid";
import { findHeaderRow } from "../../../src/sheets/header-row";
import { readRoster } from "../../../src/sheets/roster";

/** The plain pairing by id: the first roster student of each id. */
function firstById(students: readonly { id: string }[], id: string): number {
  return students.findIndex((s) => s.id === id);
}

describe("matchAttendance", () => {
  it("pairs each row with the first roster student of its id, rising ids or not", () => {
    const id = fc.constantFrom("", "S1", "S2", "S3", "S4", "S5", "S10");
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 8 }),
        fc.array(fc.nat(9), { maxLength: 8 }),
        fc.boolean(),
        (rosterIds, picks, sorted) => {
          const ids = sorted ? [...new Set(rosterIds)].filter(Boolean).sort() : rosterIds;
          const rosterGrid: SheetGrid = {
            name: "名册",
            values: [
              ["学号", "姓名", "班级", "年级"],
              ...ids.map((s, i): CellValue[] => [s, `学生${i}`, "三年级1班", "三年级"]),
            ],
          };
          const rowIds = picks.map((p) => (p < ids.length ? ids[p] : `X${p}`));
          const days = ["2023-05-04", "2023-05-05", "2023-05-08"];
          const attendanceGrid: SheetGrid = {
            name: "5月考勤",
            values: [
              ["学号", "姓名", ...days],
              ...rowIds.map((s, i): CellValue[] => [s, s === "" ? `学生${i}` : "", "√", "√", ""]),
            ],
          };
          const roster = readRoster(rosterGrid, findHeaderRow(rosterGrid)!, "6-3").roster;
          const attendance = readAttendance(
            attendanceGrid,
            findHeaderRow(attendanceGrid)!,
            "2023-05"
          ).attendance;
          const matched = matchAttendance(roster, attendance, []);
          for (const [student, row] of matched)
            if (row.id !== "")
              expect(roster.students.indexOf(student)).toBe(firstById(roster.students, row.id));
          for (const row of attendance.rows)
            if (row.id !== "" && firstById(roster.students, row.id) >= 0)
              expect(
                [...matched.keys()].some((s) => s.id === row.id && matched.get(s) !== undefined)
              ).toBe(true);
        }
      )
    );
  });
});
