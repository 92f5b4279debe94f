import type { CivilDate } from "../../policy/civil-date";
import {
  dayWindow,
  minutesWithin,
  standardSessionMinutes,
  type DayRecord,
  type DayWindow,
} from "../../policy/day-minutes";
import { problemMessage } from "../../policy/messages/format";
import type { Outcome } from "../../policy/problem";
import { windowGroup, type WindowGroup } from "../../policy/service-window";
import type { MinutesOfDay } from "../../policy/time-of-day";
import { formatTimeOfDay } from "../../policy/time-of-day";
import { a1 } from "../../sheets/a1";
import type { AttendanceRow } from "../../sheets/attendance";
import { finding, type Finding } from "../../sheets/finding";
import { STAGE_ZH, type RosterStudent } from "../../sheets/roster";
import type { MonthCalendar } from "./school-days";
import type { SessionEnds } from "./session-ends";

/** Per column and window group, the day's window, worked out once for the whole school. */
export class DayWindows {
  private readonly cache = new Map<CivilDate, Partial<Record<WindowGroup, Outcome<DayWindow>>>>();
  constructor(private readonly endTimes: Readonly<Partial<Record<WindowGroup, MinutesOfDay>>>) {}

  /** Minutes a present mark is worth for the student (undefined: 高中 without an end time). */
  session(student: RosterStudent): number | undefined {
    const group = windowGroup(student.stage!, student.graduating);
    return standardSessionMinutes(student.stage!, student.graduating, this.endTimes[group]);
  }

  get(student: RosterStudent, date: CivilDate): Outcome<DayWindow> {
    const group = windowGroup(student.stage!, student.graduating);
    let byGroup = this.cache.get(date);
    if (!byGroup) this.cache.set(date, (byGroup = {}));
    return (byGroup[group] ??= dayWindow(
      student.stage!,
      student.graduating,
      date,
      this.endTimes[group]
    ));
  }
}

/** What the days of every student of a month are read against, and where findings go. */
export interface MonthContext {
  readonly sheet: string;
  readonly windows: DayWindows;
  readonly sessions: SessionEnds;
  readonly calendar: MonthCalendar;
  /** 收费公示日期: service before it is not charged (§三(五)3(1)). */
  readonly feeNotice?: CivilDate;
  readonly nonSchoolDays: NonSchoolDays;
  readonly findings: Finding[];
  /** Minutes served on each date, all students together (issue 16's line chart). */
  readonly daily?: Map<CivilDate, number>;
}

/** Non-school days with service, by attendance column: the date and how many students. */
export type NonSchoolDays = Map<number, { date: CivilDate; count: number }>;

/**
 * The minutes of each served day of a student's row (SPEC §11): days before the agreement,
 * before the fee notice or after withdrawal dropped, sign-outs capped at the day's latest end, and every problem a
 * finding at its cell. Service on a non-school day is counted and tallied for one finding
 * per column (高三 excepted, §三(二)).
 */
export function studentDayMinutes(
  student: RosterStudent,
  row: AttendanceRow | undefined,
  month: MonthContext
): number[] {
  const { sheet, windows, sessions, calendar, feeNotice, nonSchoolDays, findings } = month;
  const { agreement, withdrawal } = student.dates;
  const stage = student.stage!;
  const minutes: number[] = [];
  if (!row) return minutes;
  const at = (col: number) => ({
    sheet,
    cell: a1(row.row, col),
    studentId: student.id || undefined,
  });
  for (const cell of row.cells) {
    const entry = cell.entry;
    if (entry.kind === "absent" || entry.kind === "unreadable") continue;
    if (agreement !== undefined && cell.date < agreement) {
      findings.push(
        finding("CHARGE_BEFORE_AGREEMENT", at(cell.col), { date: cell.date, agreement })
      ); // §三(六)
      continue;
    }
    if (feeNotice !== undefined && cell.date < feeNotice) {
      findings.push(
        finding("CHARGE_BEFORE_NOTICE", at(cell.col), { date: cell.date, notice: feeNotice })
      ); // §三(五)3(1) 未经公示不得收费
      continue;
    }
    if (withdrawal !== undefined && cell.date > withdrawal) {
      findings.push(
        finding("CHARGE_AFTER_WITHDRAWAL", at(cell.col), { date: cell.date, withdrawal })
      ); // §三(六)
      continue;
    }
    const window = windows.get(student, cell.date);
    const session = sessions.endFor(student, cell.date);
    const capped = window.ok && session !== undefined && session < window.value.latest; // SPEC §4: the recorded session end
    const m = window.ok
      ? minutesWithin(
          entry as DayRecord,
          capped ? { ...window.value, latest: session } : window.value
        )
      : window;
    if (!m.ok) {
      const { code, params } = m.problem;
      if (code === "SESSION_LENGTH_UNKNOWN")
        findings.push(finding(code, at(cell.col), { stage: STAGE_ZH[stage] }));
      else if (code === "DATE_BEFORE_POLICY")
        findings.push(finding(code, at(cell.col), { date: cell.date }));
      else if (code === "END_NOT_AFTER_START")
        findings.push(
          finding("SIGNOUT_NOT_AFTER_START", at(cell.col), { ...params, stage: STAGE_ZH[stage] })
        );
      else
        findings.push(
          finding("ATTENDANCE_CELL_UNREADABLE", at(cell.col), { value: problemMessage(m.problem) })
        );
      continue;
    }
    if (m.value.cappedFrom !== undefined) {
      const { cappedFrom, latest } = m.value;
      findings.push(
        finding(capped ? "SIGNOUT_PAST_SESSION" : "SIGNOUT_PAST_WINDOW", at(cell.col), {
          end: formatTimeOfDay(cappedFrom),
          latest: formatTimeOfDay(latest),
          stage: STAGE_ZH[stage],
        })
      );
    }
    const day = calendar.day(cell.date);
    if (!day.schoolDay && student.grade !== 12) {
      const seen = nonSchoolDays.get(cell.col);
      if (seen) seen.count++;
      else nonSchoolDays.set(cell.col, { date: cell.date, count: 1 });
    }
    minutes.push(m.value.minutes);
    month.daily?.set(cell.date, (month.daily.get(cell.date) ?? 0) + m.value.minutes);
  }
  return minutes;
}
