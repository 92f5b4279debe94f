import { a1 } from "../../sheets/a1";
import type { AttendanceGrid, AttendanceRow } from "../../sheets/attendance";
import { finding, type Finding } from "../../findings/finding";
import type { Roster, RosterStudent } from "../../sheets/roster";

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
): Map<RosterStudent, AttendanceRow> {
  const withIds = roster.students.filter((s) => s.id !== "");
  // Ids in strictly rising order are all different: a row whose id is the next such student's
  // is that student, found without the map (most attendance sheets list the roster's order).
  let rising = true;
  for (let i = 1; i < withIds.length && rising; i++) rising = withIds[i - 1].id < withIds[i].id;
  let next = rising ? 0 : withIds.length;
  let byIdMap: Map<string, RosterStudent> | undefined;
  const byId = (id: string): RosterStudent | undefined => {
    if (next < withIds.length && withIds[next].id === id) return withIds[next++];
    if (!byIdMap) {
      byIdMap = new Map();
      for (const s of withIds) if (!byIdMap.has(s.id)) byIdMap.set(s.id, s);
    }
    return byIdMap.get(id);
  };
  // By name only where a row is not found by id: most schools never need it.
  let byName: Map<string, RosterStudent[]> | undefined;
  const namesakesOf = (name: string): RosterStudent[] => {
    if (!byName) {
      byName = new Map();
      for (const s of roster.students) {
        if (!s.name) continue;
        const namesakes = byName.get(s.name);
        if (namesakes) namesakes.push(s);
        else byName.set(s.name, [s]);
      }
    }
    return byName.get(name) ?? [];
  };
  const matched = new Map<RosterStudent, AttendanceRow>();
  const f = attendance.header.fields;
  for (const row of attendance.rows) {
    let student = row.id ? byId(row.id) : undefined;
    const byItsId = student !== undefined;
    if (!student && row.name) {
      const namesakes = namesakesOf(row.name);
      student =
        namesakes.length === 1
          ? namesakes[0]
          : namesakes.find((s) => s.className !== "" && s.className === row.className);
    }
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
    const earlier = matched.get(student);
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
    matched.set(student, row);
  }
  return matched;
}
