/** A student's month as the charge schedules it: the chargeable days, joining, leaving, and a month without service. */
import type { CivilDate } from "../../policy/civil-date";
import type { StudentMonth } from "../../policy/month-charge";
import type { Profile } from "../../policy/profile";
import { wholeMonthAbsentPercent } from "../../policy/refund";
import { a1 } from "../../sheets/a1";
import type { AttendanceGrid, AttendanceRow } from "../../sheets/attendance";
import { finding, type Finding } from "../../findings/finding";
import type { RosterStudent } from "../../sheets/roster";
import type { MonthCalendar } from "./school-days";

/**
 * §三(六) 退出须书面申请、经学校批准; §三(五)3(2) 整月未上课的全额退费: an enrolled student with
 * no service in the whole month and no withdrawal may need a refund or a withdrawal.
 */
export function noServiceFinding(
  student: RosterStudent,
  row: AttendanceRow,
  attendance: AttendanceGrid,
  profile: Profile,
  schoolDays: number
): Finding {
  const f = attendance.header.fields;
  // The refund a month without service gets, in the profile's own terms (worded per language).
  const percent = wholeMonthAbsentPercent(profile, schoolDays);
  return finding(
    "CHARGE_NO_SERVICE_NO_WITHDRAWAL",
    {
      sheet: attendance.sheet,
      cell: a1(row.row, f.id ?? f.name ?? 0),
      studentId: student.id || undefined,
    },
    { noServiceRefund: percent }
  );
}

/**
 * In monthly mode (按月收取): the month's scheduled minutes at the standard session, and for
 * a student who joined or left during the month, what that changes (§三(五)3(2)).
 */
export function schedule(
  s: RosterStudent,
  session: number,
  calendar: MonthCalendar,
  feeNotice: CivilDate | undefined
): Partial<StudentMonth> {
  const { agreement, withdrawal } = s.dates;
  const last = calendar.days[calendar.days.length - 1];
  // §三(五)3(1) 未经公示不得收费: the month that may be charged starts at the fee notice.
  const chargeable = calendar.schoolDays.filter((d) => feeNotice === undefined || d >= feeNotice);
  const first =
    feeNotice !== undefined && feeNotice > calendar.days[0] ? feeNotice : calendar.days[0];
  const enrolled = chargeable.filter(
    (d) =>
      (agreement === undefined || d >= agreement) && (withdrawal === undefined || d <= withdrawal)
  );
  return {
    scheduledMinutes: chargeable.length * session,
    joinedWithMinutesLeft:
      agreement !== undefined && agreement > first ? enrolled.length * session : undefined,
    leftDuringMonth: withdrawal !== undefined && withdrawal < last,
  };
}
