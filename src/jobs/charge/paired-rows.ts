import type { AttendanceRow } from "../../sheets/attendance";
import type { RosterStudent } from "../../sheets/roster";

/**
 * Attendance rows paired with roster students, held by the student's place on the roster: the
 * charge reads each student's row by place (`rowAt`), without hashing 100,000 students. As a
 * map (student → row, in the order the rows were paired) it is built when first asked for.
 */
export class PairedRows implements ReadonlyMap<RosterStudent, AttendanceRow> {
  private map: Map<RosterStudent, AttendanceRow> | undefined = undefined;

  constructor(
    private readonly students: readonly RosterStudent[],
    /** The row of each roster place, undefined where none was paired. */
    private readonly rows: readonly (AttendanceRow | undefined)[],
    /** The roster places in the order their rows were paired. */
    private readonly order: readonly number[]
  ) {}

  /** The row paired with the roster's student at `place`. */
  rowAt(place: number): AttendanceRow | undefined {
    return this.rows[place];
  }

  private asMap(): Map<RosterStudent, AttendanceRow> {
    if (this.map === undefined) {
      const map = new Map<RosterStudent, AttendanceRow>();
      for (const p of this.order) map.set(this.students[p], this.rows[p]!);
      this.map = map;
    }
    return this.map;
  }

  get size(): number {
    return this.order.length;
  }
  get(student: RosterStudent): AttendanceRow | undefined {
    return this.asMap().get(student);
  }
  has(student: RosterStudent): boolean {
    return this.asMap().has(student);
  }
  forEach(
    fn: (
      row: AttendanceRow,
      student: RosterStudent,
      map: ReadonlyMap<RosterStudent, AttendanceRow>
    ) => void,
    thisArg?: unknown
  ): void {
    for (const [student, row] of this.asMap()) fn.call(thisArg, row, student, this);
  }
  entries(): MapIterator<[RosterStudent, AttendanceRow]> {
    return this.asMap().entries();
  }
  keys(): MapIterator<RosterStudent> {
    return this.asMap().keys();
  }
  values(): MapIterator<AttendanceRow> {
    return this.asMap().values();
  }
  [Symbol.iterator](): MapIterator<[RosterStudent, AttendanceRow]> {
    return this.asMap().entries();
  }
}
