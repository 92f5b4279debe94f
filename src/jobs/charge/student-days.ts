import type { CivilDate } from "../../policy/civil-date";
import {
  dayWindow,
  minutesWithin,
  DaySpan,
  standardSessionMinutes,
  type DayWindow,
} from "../../policy/day-minutes";
import { problemMessage } from "../../findings/messages/problems";
import type { Outcome, Problem } from "../../policy/problem";
import type { Profile } from "../../policy/profile";
import type { Stage } from "../../policy/stage";
import { DEFAULT_PROFILE } from "../../policy/profiles";
import { checkServiceEnd, windowGroup, type WindowGroup } from "../../policy/service-window";
import type { MinutesOfDay } from "../../policy/time-of-day";
import { formatTimeOfDay } from "../../policy/time-of-day";
import { a1 } from "../../sheets/a1";
import type { AttendanceRow } from "../../sheets/attendance";
import { finding, findingAt, type Finding } from "../../findings/finding";
import { STAGE_ZH, type RosterStudent } from "../../sheets/roster";
import type { MonthCalendar } from "./school-days";
import type { DayColumns, DateFacts } from "./day-columns";
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
  /** The attendance sheet's day columns, in the order of each row's entries. */
  readonly columns: DayColumns;
  /**
   * Each sign-out past its end said once in words (see `findingAt`): a school of 100,000 has some
   * 40,000 such cells in a handful of wordings. Past the window, by window group, column and
   * sign-out time (the group and the date decide the window and the severity); past a
   * session's recorded end, by times and stage.
   */
  readonly pastWindow: Map<WindowGroup, (Map<MinutesOfDay, Finding> | undefined)[]>;
  readonly pastSession: Map<string, Finding>;
  /**
   * Past the window, by its words (times, stage and severity): the columns of a month say the
   * same few, a school's minutes past the window being a few dozen different ends.
   */
  readonly pastWording: Map<string, Finding>;
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

/** One span for every served day of a run: the day loop writes into it, never allocates one. */
const span = new DaySpan();

/**
 * The minutes of each served day of a student's row (SPEC §11): days before the agreement,
 * before the fee notice or after withdrawal dropped, sign-outs capped at the day's latest end, and every problem a
 * finding at its cell. Service on a non-school day is counted and tallied for one finding
 * per column (高三 excepted, §三(二)). The minutes are written into `minutes`, one slot per
 * day column and 0 for a day not charged (the charge counts no day of no minutes), so one
 * array of the columns' length serves every student of a school without being grown again.
 */
export function studentDayMinutes(
  student: RosterStudent,
  row: AttendanceRow | undefined,
  month: MonthContext,
  minutes: number[] = []
): number[] {
  const { sheet, windows, sessions, feeNotice, nonSchoolDays, findings, columns } = month;
  const { agreement, withdrawal } = student.dates;
  const stage = student.stage!;
  const { days, facts, ranks } = columns;
  // Emptying the array would free its store and pushing would grow it again, per student.
  if (minutes.length !== days.length) {
    minutes.length = 0;
    for (let i = 0; i < days.length; i++) minutes.push(0);
  } else minutes.fill(0);
  if (!row) return minutes;
  // A column is dropped when its date's rank is under these (before the agreement or the
  // notice) or from the last on (after withdrawal): the dates compared once per student.
  const fromAgreement = agreement === undefined ? 0 : columns.before(agreement);
  const fromNotice = feeNotice === undefined ? 0 : columns.before(feeNotice);
  const untilWithdrawal = withdrawal === undefined ? Infinity : columns.upTo(withdrawal);
  const group = windowGroup(stage, student.graduating);
  const dayWindows = columns.windowsOf(group);
  let pastWindow = month.pastWindow.get(group);
  if (pastWindow === undefined) month.pastWindow.set(group, (pastWindow = []));
  const anySession = sessions.any;
  const { block, from } = row;
  for (let i = 0; i < days.length; i++) {
    const entry = block[from + i];
    if (entry.kind === "absent" || entry.kind === "unreadable") continue;
    const rank = ranks[i];
    if (rank < fromAgreement) {
      const { col, date } = days[i];
      findings.push(
        finding("CHARGE_BEFORE_AGREEMENT", cellPlace(sheet, row, col, student), {
          date,
          agreement: agreement!,
        })
      ); // §三(六)
      continue;
    }
    if (rank < fromNotice) {
      const { col, date } = days[i];
      findings.push(
        finding("CHARGE_BEFORE_NOTICE", cellPlace(sheet, row, col, student), {
          date,
          notice: feeNotice!,
        })
      ); // §三(五)3(1) 未经公示不得收费
      continue;
    }
    if (rank >= untilWithdrawal) {
      const { col, date } = days[i];
      findings.push(
        finding("CHARGE_AFTER_WITHDRAWAL", cellPlace(sheet, row, col, student), {
          date,
          withdrawal: withdrawal!,
        })
      ); // §三(六)
      continue;
    }
    const { col, date } = days[i];
    const day = facts[i];
    const window = (dayWindows[i] ??= windows.get(student, date));
    const session = anySession ? sessions.endFor(student, date) : undefined;
    const capped = window.ok && session !== undefined && session < window.value.latest; // SPEC §4: the recorded session end
    if (!window.ok || !span.read(entry, window.value.start, window.value.session)) {
      const problem = window.ok
        ? (minutesWithin(entry, window.value) as { ok: false; problem: Problem }).problem
        : window.problem;
      findings.push(dayProblem(problem, cellPlace(sheet, row, col, student), stage, date));
      continue;
    }
    const latest = capped ? session : window.value.latest;
    const m = span.minutesTo(latest);
    if (span.to > latest) {
      const cappedFrom = span.to;
      // Past the window: said once per column, window group and sign-out time; past a
      // session's recorded end (the class's own), once per wording.
      const byEnd = capped ? undefined : (pastWindow[i] ??= new Map<MinutesOfDay, Finding>());
      const key = capped ? `${cappedFrom} ${latest} ${stage}` : "";
      let said = byEnd ? byEnd.get(cappedFrom) : month.pastSession.get(key);
      if (said === undefined) {
        // §三(二)2: past a firm 不晚于 it is an error, past a 原则上 one a warning, as in breaches.
        const breach = checkServiceEnd(cappedFrom, stage, student.graduating, date);
        const severity = !capped && breach.ok && breach.value ? breach.value.severity : undefined;
        const rule = capped ? "SIGNOUT_PAST_SESSION" : "SIGNOUT_PAST_WINDOW";
        const wording = capped ? undefined : `${cappedFrom} ${latest} ${stage} ${severity}`;
        said = wording === undefined ? undefined : month.pastWording.get(wording);
        if (said === undefined) {
          const words = { end: formatTimeOfDay(cappedFrom), latest: formatTimeOfDay(latest) };
          said = finding(rule, { sheet }, { ...words, stage: STAGE_ZH[stage] }, severity);
          if (wording !== undefined) month.pastWording.set(wording, said);
        }
        if (byEnd) byEnd.set(cappedFrom, said);
        else month.pastSession.set(key, said);
      }
      findings.push(findingAt(said, cellPlace(sheet, row, col, student)));
    }
    if (!day.schoolDay && student.grade !== 12) {
      const seen = nonSchoolDays.get(col);
      if (seen) seen.count++;
      else nonSchoolDays.set(col, { date, count: 1 });
    }
    minutes[i] = m;
    day.minutes = (day.minutes ?? 0) + m;
  }
  return minutes;
}

/** The finding of a served day whose minutes cannot be worked out, at its cell. */
function dayProblem(
  { code, params }: Problem,
  place: { sheet: string; cell: string; studentId?: string },
  stage: Stage,
  date: CivilDate
): Finding {
  if (code === "SESSION_LENGTH_UNKNOWN") return finding(code, place, { stage: STAGE_ZH[stage] });
  if (code === "DATE_BEFORE_POLICY") return finding(code, place, { ...params, date });
  if (code === "END_NOT_AFTER_START")
    return finding("SIGNOUT_NOT_AFTER_START", place, { ...params, stage: STAGE_ZH[stage] });
  return finding("ATTENDANCE_CELL_UNREADABLE", place, {
    value: problemMessage({ code, params }),
  });
}
