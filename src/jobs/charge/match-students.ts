import { a1 } from "../../sheets/a1";
import type { AttendanceGrid, AttendanceRow } from "../../sheets/attendance";
import { finding, type Finding } from "../../findings/finding";
import type { Roster } from "../../sheets/roster";
import { PairedRows } from "./paired-rows";

/** A row's student as a finding names them: id and name. */
function label(row: AttendanceRow): string {
  return [row.id, row.name].filter(Boolean).join(" ");
}

/**
 * Pairs attendance rows with roster students: by id where both sheets have ids, else by
 * name (and class, for namesakes). Unknown and repeated rows become findings.
 */
export function matchAttendance(
  roster: Roster,
  attendance: AttendanceGrid,
  findings: Finding[]
): PairedRows {
  const students = roster.students;
  // The roster places of the students with an id, in roster order.
  const withIds: number[] = [];
  for (let p = 0; p < students.length; p++) if (students[p].id !== "") withIds.push(p);
  // Ids in strictly rising order are all different: a row whose id is the next such student's
  // is that student, found without the map (most attendance sheets list the roster's order).
  let rising = true;
  for (let i = 1; i < withIds.length && rising; i++)
    rising = students[withIds[i - 1]].id < students[withIds[i]].id;
  let next = rising ? 0 : withIds.length;
  let byIdMap: Map<string, number> | undefined;
  const byId = (id: string): number => {
    if (next < withIds.length && students[withIds[next]].id === id) return withIds[next++];
    if (!byIdMap) {
      byIdMap = new Map();
      for (const p of withIds) if (!byIdMap.has(students[p].id)) byIdMap.set(students[p].id, p);
    }
    return byIdMap.get(id) ?? -1;
  };
  // By name only where a row is not found by id: most schools never need it.
  let byName: Map<string, number[]> | undefined;
  const namesakesOf = (name: string): number[] => {
    if (!byName) {
      byName = new Map();
      for (let p = 0; p < students.length; p++) {
        const s = students[p];
        if (!s.name) continue;
        const namesakes = byName.get(s.name);
        if (namesakes) namesakes.push(p);
        else byName.set(s.name, [p]);
      }
    }
    return byName.get(name) ?? [];
  };
  // Each roster place's row, and the places in the order they were paired.
  const rowAt: (AttendanceRow | undefined)[] = new Array<AttendanceRow | undefined>(
    students.length
  );
  const order: number[] = [];
  const f = attendance.header.fields;
  for (const row of attendance.rows) {
    let place = row.id ? byId(row.id) : -1;
    const byItsId = place >= 0;
    if (place < 0 && row.name) {
      const namesakes = namesakesOf(row.name);
      place =
        namesakes.length === 1
          ? namesakes[0]
          : (namesakes.find(
              (p) => students[p].className !== "" && students[p].className === row.className
            ) ?? -1);
    }
    const student = place >= 0 ? students[place] : undefined;
    // A row paired by one of id and name whose other one says another student: the pairing
    // may charge the wrong family, so it is said.
    if (
      student &&
      row.id &&
      row.name &&
      student.id &&
      student.name &&
      (byItsId ? student.name !== row.name : student.id !== row.id)
    )
      findings.push(
        finding(
          "ATTENDANCE_ID_NAME_MISMATCH",
          {
            sheet: attendance.sheet,
            cell: a1(row.row, (byItsId ? f.name : f.id) ?? 0),
            studentId: student.id,
          },
          // `student` and `id` are the keys a city output masks (names are taken out anyway).
          { student: label(row), by: byItsId ? "学号" : "姓名", id: student.id, name: student.name }
        )
      );
    if (!student) {
      findings.push(
        finding(
          "ATTENDANCE_STUDENT_UNKNOWN",
          {
            sheet: attendance.sheet,
            cell: a1(row.row, f.id ?? f.name ?? 0),
            studentId: row.id || undefined,
          },
          { student: label(row) }
        )
      );
      continue;
    }
    const earlier = rowAt[place];
    if (earlier) {
      findings.push(
        finding(
          "ATTENDANCE_STUDENT_DUPLICATE",
          {
            sheet: attendance.sheet,
            cell: a1(row.row, f.id ?? f.name ?? 0),
            studentId: student.id || undefined,
          },
          { student: label(row), otherRow: earlier.row + 1 }
        )
      );
      continue;
    }
    rowAt[place] = row;
    order.push(place);
  }
  return new PairedRows(students, rowAt, order);
}
