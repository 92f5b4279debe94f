import type { ActivitiesSheet } from "../../sheets/activities";
import type { AttendanceRow } from "../../sheets/attendance";
import type { OwnCharges } from "../../sheets/own-charges";
import type { ProviderLists } from "../../sheets/providers";
import type { RosterStudent } from "../../sheets/roster";
import type { TeacherHours } from "../../sheets/teacher-hours";
import type { Finding } from "../../findings/finding";
import type { ChargeResult } from "../charge/compute";
import type { SchoolWorkbook } from "../school-workbook";

/** Everything the breach rules look at: the read workbook, our charges, and the optional sheets. */
export interface BreachContext {
  readonly workbook: SchoolWorkbook;
  readonly charges: ChargeResult;
  /** Attendance rows paired with roster students. */
  readonly rows: ReadonlyMap<RosterStudent, AttendanceRow>;
  readonly activities?: ActivitiesSheet;
  readonly teachers?: { readonly sheet: string; readonly rows: readonly TeacherHours[] };
  readonly providers: ProviderLists;
  readonly own: OwnCharges;
}

/** A rule family: a pure function from the workbook to its findings. */
export type BreachCheck = (ctx: BreachContext) => Finding[];

/** A student as named in messages: "G2301001 张一". */
export function studentLabel(s: { id: string; name: string }): string {
  return [s.id, s.name].filter(Boolean).join(" ");
}
