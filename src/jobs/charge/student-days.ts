import type { CivilDate } from "../../policy/civil-date";
import {
  dayWindow,
  minutesWithin,
  standardSessionMinutes,
  type DayRecord,
  type DayWindow,
} from "../../policy/day-minutes";
import { problemMessage } from "../../findings/messages/problems";
import type { Outcome } from "../../policy/problem";
import type { Profile } from "../../policy/profile";
import { DEFAULT_PROFILE } from "../../policy/profiles";
import { checkServiceEnd, windowGroup, type WindowGroup } from "../../policy/service-window";
import type { MinutesOfDay } from "../../policy/time-of-day";
import { formatTimeOfDay } from "../../policy/time-of-day";
import { a1 } from "../../sheets/a1";
import type { AttendanceRow } from "../../sheets/attendance";
import { finding, type Finding } from "../../findings/finding";
import { STAGE_ZH, type RosterStudent } from "../../sheets/roster";
import type { MonthCalendar } from "./school-days";
import type { SessionEnds } from "./session-ends";

/** Per column and window group, the day's window, worked out once for the whole school. */
export class DayWindows {
  private readonly cache = new Map<CivilDate, Partial<Record<WindowGroup, Outcome<DayWindow>>>>();
  constructor(
    private readonly endTimes: Readonly<Partial<Record<WindowGroup, MinutesOfDay>>>,
    private readonly profile: Profile = DEFAULT_PROFILE
  ) {}

  /** Minutes a present mark is worth for the student (undefined: 高中 without an end time). */
  session(student: RosterStudent): number | undefined {
    const group = windowGroup(student.stage!, student.graduating);
    return standardSessionMinutes(
      student.stage!,
      student.graduating,
      this.endTimes[group],
      this.profile
    );
  }

  get(student: RosterStudent, date: CivilDate): Outcome<DayWindow> {
    const group = windowGroup(student.stage!, student.graduating);
    let byGroup = this.cache.get(date);
    if (!byGroup) this.cache.set(date, (byGroup = {}));
    return (byGroup[group] ??= dayWindow(
      student.stage!,
      student.graduating,
      date,
      this.endTimes[group],
      this.profile
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
  /** Each date of the month met in a served cell, looked up once per cell (see `DateFacts`). */
  readonly dates: Map<CivilDate, DateFacts>;
}

/**
 * One date as every student's cell on it is read against, worked out once for the school:
 * a school of 100,000 has two million served cells and some 23 dates.
 */
export interface DateFacts {
  readonly schoolDay: boolean;
  /** The day's window per window group, as `DayWindows` gives it. */
  readonly windows: Partial<Record<WindowGroup, Outcome<DayWindow>>>;
  /** Minutes served on the date, all students together (issue 16's line chart); undefined while none. */
  minutes?: number;
}

/** Minutes served on each date that had service, all students together, in date order. */
export function dailyMinutes(
  dates: ReadonlyMap<CivilDate, DateFacts>
): { date: CivilDate; minutes: number }[] {
  const daily: { date: CivilDate; minutes: number }[] = [];
  for (const [date, facts] of dates)
    if (facts.minutes !== undefined) daily.push({ date, minutes: facts.minutes });
  return daily.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Non-school days with service, by attendance column: the date and how many students. */
export type NonSchoolDays = Map<number, { date: CivilDate; count: number }>;

/** Where a finding about one of a student's attendance cells points. */
function cellPlace(
  sheet: string,
  row: AttendanceRow,
  col: number,
  student: RosterStudent
): { sheet: string; cell: string; studentId?: string } {
  return { sheet, cell: a1(row.row, col), studentId: student.id || undefined };
}

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
  const group = windowGroup(stage, student.graduating);
  const dates = month.dates;
  for (const cell of row.cells) {
    const entry = cell.entry;
    if (entry.kind === "absent" || entry.kind === "unreadable") continue;
    if (agreement !== undefined && cell.date < agreement) {
      findings.push(
        finding("CHARGE_BEFORE_AGREEMENT", cellPlace(sheet, row, cell.col, student), {
          date: cell.date,
          agreement,
        })
      ); // §三(六)
      continue;
    }
    if (feeNotice !== undefined && cell.date < feeNotice) {
      findings.push(
        finding("CHARGE_BEFORE_NOTICE", cellPlace(sheet, row, cell.col, student), {
          date: cell.date,
          notice: feeNotice,
        })
      ); // §三(五)3(1) 未经公示不得收费
      continue;
    }
    if (withdrawal !== undefined && cell.date > withdrawal) {
      findings.push(
        finding("CHARGE_AFTER_WITHDRAWAL", cellPlace(sheet, row, cell.col, student), {
          date: cell.date,
          withdrawal,
        })
      ); // §三(六)
      continue;
    }
    let facts = dates.get(cell.date);
    if (facts === undefined) {
      facts = { schoolDay: calendar.day(cell.date).schoolDay, windows: {} };
      dates.set(cell.date, facts);
    }
    const window = (facts.windows[group] ??= windows.get(student, cell.date));
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
        findings.push(
          finding(code, cellPlace(sheet, row, cell.col, student), { stage: STAGE_ZH[stage] })
        );
      else if (code === "DATE_BEFORE_POLICY")
        findings.push(
          finding(code, cellPlace(sheet, row, cell.col, student), { ...params, date: cell.date })
        );
      else if (code === "END_NOT_AFTER_START")
        findings.push(
          finding("SIGNOUT_NOT_AFTER_START", cellPlace(sheet, row, cell.col, student), {
            ...params,
            stage: STAGE_ZH[stage],
          })
        );
      else
        findings.push(
          finding("ATTENDANCE_CELL_UNREADABLE", cellPlace(sheet, row, cell.col, student), {
            value: problemMessage(m.problem),
          })
        );
      continue;
    }
    if (m.value.cappedFrom !== undefined) {
      const { cappedFrom, latest } = m.value;
      // §三(二)2: past a firm 不晚于 it is an error, past a 原则上 one a warning, as in breaches.
      const breach = checkServiceEnd(cappedFrom, stage, student.graduating, cell.date);
      findings.push(
        finding(
          capped ? "SIGNOUT_PAST_SESSION" : "SIGNOUT_PAST_WINDOW",
          cellPlace(sheet, row, cell.col, student),
          {
            end: formatTimeOfDay(cappedFrom),
            latest: formatTimeOfDay(latest),
            stage: STAGE_ZH[stage],
          },
          !capped && breach.ok && breach.value ? breach.value.severity : undefined
        )
      );
    }
    if (!facts.schoolDay && student.grade !== 12) {
      const seen = nonSchoolDays.get(cell.col);
      if (seen) seen.count++;
      else nonSchoolDays.set(cell.col, { date: cell.date, count: 1 });
    }
    minutes.push(m.value.minutes);
    facts.minutes = (facts.minutes ?? 0) + m.value.minutes;
  }
  return minutes;
}
