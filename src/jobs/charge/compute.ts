import { hourlyRate } from "../../policy/fee";
import { problemMessage } from "../../findings/messages/problems";
import {
  chargeStudentMonth,
  type ChargeMode,
  type StudentCharge,
  type StudentMonth,
} from "../../policy/month-charge";
import type { Money } from "../../policy/money";
import type { Profile } from "../../policy/profile";
import { chargedRate } from "../../policy/rate-ceiling";
import type { Stage } from "../../policy/stage";
import { governmentShares } from "../../policy/waiver";
import { a1 } from "../../sheets/a1";
import type { AttendanceRow } from "../../sheets/attendance";
import { finding, type Finding } from "../../findings/finding";
import { STAGE_ZH, type Roster, type RosterStudent } from "../../sheets/roster";
import { agreementColumnMissing } from "../../sheets/roster-checks";
import type { SchoolWorkbook } from "../school-workbook";
import type { SchoolSettings } from "../../sheets/settings";
import {
  classAndSchoolTotals,
  sortLines,
  totalsOf,
  ZERO_CHARGE,
  type ChargeLine,
  type MoneyTotals,
  type MonthlyBasis,
} from "./lines";
import { DayColumns } from "./day-columns";
import { matchAttendance } from "./match-students";
import { SessionEnds } from "./session-ends";
import { noServiceFinding, schedule } from "./month-schedule";
import { monthBeforeNotice } from "./notice-month";
import { MonthCalendar, notSchoolDayReason } from "./school-days";
import {
  dailyMinutes,
  DayWindows,
  studentDayMinutes,
  type MonthContext,
  type NonSchoolDays,
} from "./student-days";

export { daysOfMonth } from "./school-days";
export { totalsOf, type ChargeLine, type MoneyTotals } from "./lines";

export interface ChargeResult {
  readonly school: string;
  readonly month?: string;
  readonly mode: ChargeMode;
  /** The policy the month was charged under. */
  readonly profile?: Profile;
  readonly lines: readonly ChargeLine[];
  readonly classes: readonly { readonly className: string; readonly totals: MoneyTotals }[];
  readonly totals: MoneyTotals;
  readonly findings: readonly Finding[];
  /** Minutes served on each date of the month, all students together, in date order. */
  readonly daily?: readonly { readonly date: string; readonly minutes: number }[];
  /** Attendance rows paired with roster students (empty without roster or attendance). */
  readonly rows: ReadonlyMap<RosterStudent, AttendanceRow>;
}

/** The unit rate of each stage; the settings reader has already refused a bad uplift. */
function ratesOf(settings: SchoolSettings, profile: Profile): Record<Stage, Money> {
  const rate = (stage: Stage) => {
    const uplift = profile.uplift.stages.includes(stage) ? settings.uplift : 0;
    const r = hourlyRate(stage, uplift, profile);
    if (!r.ok) throw new Error(`uplift not checked when read: ${problemMessage(r.problem)}`);
    return chargedRate(stage, r.value, settings.rates, profile, uplift);
  };
  return { primary: rate("primary"), junior: rate("junior"), senior: rate("senior") };
}

/** The longest run of the month's school days on which a student was not served. */
function longestAbsence(
  row: AttendanceRow | undefined,
  days: readonly { readonly date: string }[],
  schoolDays: readonly string[]
): number {
  const served = new Set<string>();
  if (row)
    for (let i = 0; i < days.length; i++) {
      const kind = row.block[row.from + i].kind;
      if (kind !== "absent" && kind !== "unreadable") served.add(days[i].date);
    }
  let run = 0;
  let longest = 0;
  for (const d of schoolDays) {
    run = served.has(d) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Whether a row has any day served (a cell neither absent nor unreadable). */
function anyServed(row: AttendanceRow, days: number): boolean {
  const { block, from } = row;
  for (let i = from; i < from + days; i++) {
    const kind = block[i].kind;
    if (kind !== "absent" && kind !== "unreadable") return true;
  }
  return false;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A charged student's line added, with its waived fen. A function of the module, not a closure
 * made per school: V8 optimised each school's closure anew, some ten times a 20-school run.
 */
function charged(
  lines: Mutable<ChargeLine>[],
  waived: number[],
  student: RosterStudent,
  charge: StudentCharge,
  monthly?: MonthlyBasis
): void {
  lines.push(lineOf(student, charge, monthly));
  waived.push(charge.waived);
}

/**
 * A student's line, built property by property: one object shape for every line keeps the
 * sums fast. The shares are 0 until the school's waived total is settled.
 */
export function lineOf(
  student: RosterStudent,
  charge: StudentCharge,
  monthly: MonthlyBasis | undefined
): Mutable<ChargeLine> {
  return {
    id: student.id,
    name: student.name,
    className: student.className,
    gradeLabel: student.gradeLabel,
    grade: student.grade,
    stage: student.stage,
    hardship: student.flags.hardship,
    days: charge.days,
    minutes: charge.minutes,
    billableMinutes: charge.billableMinutes,
    gross: charge.gross,
    waived: charge.waived,
    refund: charge.refund,
    payable: charge.payable,
    billed: charge.billed,
    governmentShare: 0,
    schoolShare: 0,
    monthly,
  };
}

/** The roster cell a student-level finding points at. */
function rosterCell(
  roster: Roster,
  s: RosterStudent,
  field: "agreement" | "grade"
): { sheet: string; cell: string; studentId?: string } {
  const f = roster.header.fields;
  const col = field === "agreement" ? f.agreement! : (f.grade ?? f.class ?? 0);
  return { sheet: roster.sheet, cell: a1(s.row, col), studentId: s.id || undefined };
}

/**
 * The month's charges from a read school workbook (SPEC §4–§6, §9, §11): per student the
 * served days and minutes, billable minutes, gross, waived, refund and payable; the
 * government's share settled on the school's total waived amount; class and school totals.
 */
export function computeCharges(wb: SchoolWorkbook): ChargeResult {
  const findings: Finding[] = [...wb.findings];
  const { settings, roster, attendance, month } = wb;
  const school = settings.school ?? "";
  const mode = settings.mode;
  // Without the month's attendance there is nothing to charge from; the findings say why.
  if (!roster || !month || !attendance)
    return {
      school,
      month,
      mode,
      profile: settings.profile,
      lines: [],
      classes: [],
      totals: totalsOf([]),
      findings,
      rows: new Map(),
    };

  const calendar = new MonthCalendar(month, settings);
  if (settings.feeNoticeDate === undefined)
    findings.push(finding("CHARGE_NO_NOTICE_DATE", { sheet: settings.sheet ?? "" })); // §三(五)3(1)
  const beforeNotice = monthBeforeNotice(settings, calendar);
  if (beforeNotice) findings.push(beforeNotice); // §三(五)3(1)
  findings.push(...agreementColumnMissing(roster, settings.profile)); // §三(六)
  for (const year of calendar.uncoveredYears())
    findings.push(
      finding(
        "CALENDAR_NO_DATA",
        { sheet: settings.sheet ?? "", cell: settings.sheet ? settings.cells.holidays : "" },
        { year }
      )
    );
  const profile = settings.profile;
  const rates = ratesOf(settings, profile);
  const windows = new DayWindows(settings.endTimes, profile);
  const sessions = new SessionEnds(wb.activities);
  const rows = matchAttendance(roster, attendance, findings);
  const nonSchoolDays: NonSchoolDays = new Map();
  const feeNotice = settings.feeNoticeDate;
  const days: MonthContext = {
    sheet: attendance.sheet,
    windows,
    sessions,
    calendar,
    feeNotice,
    nonSchoolDays,
    findings,
    columns: new DayColumns(attendance.days, calendar, new Map()),
    pastWindow: new Map(),
    pastSession: new Map(),
    pastWording: new Map(),
  };
  // Each charged student's line as it is worked out, its shares filled in once the school's
  // waived total is settled.
  const lines: Mutable<ChargeLine>[] = [];
  const minutesScratch: number[] = [];
  // Each line's waived fen, in the lines' order, for the split on the school's total.
  const waived: number[] = [];

  const students = roster.students;
  for (let place = 0; place < students.length; place++) {
    const student = students[place];
    const { agreement, withdrawal } = student.dates;
    if (
      (withdrawal !== undefined && withdrawal < calendar.days[0]) ||
      (agreement !== undefined && agreement > calendar.days[calendar.days.length - 1])
    )
      continue;
    const row = rows.rowAt(place);
    const served = row !== undefined && anyServed(row, attendance.days.length);
    if (roster.header.fields.agreement !== undefined && agreement === undefined) {
      if (served)
        findings.push(finding("CHARGE_NO_AGREEMENT", rosterCell(roster, student, "agreement"))); // §三(六)
      continue;
    }
    if (
      row &&
      !served &&
      !student.flags.refundApplied &&
      (withdrawal === undefined || withdrawal > calendar.days[calendar.days.length - 1])
    )
      findings.push(
        noServiceFinding(student, row, attendance, profile, calendar.schoolDays.length)
      );
    if (!student.stage) {
      if (served || mode === "monthly")
        findings.push(finding("CHARGE_STAGE_UNKNOWN", rosterCell(roster, student, "grade")));
      charged(lines, waived, student, ZERO_CHARGE);
      continue;
    }
    // One array of minutes for every student: the charge reads it and keeps nothing of it.
    const dayMinutes = studentDayMinutes(student, row, days, minutesScratch);
    let scheduled: Partial<StudentMonth> | undefined;
    if (mode === "monthly") {
      const session = windows.session(student);
      if (session === undefined) {
        findings.push(
          finding("SESSION_LENGTH_UNKNOWN", rosterCell(roster, student, "grade"), {
            stage: STAGE_ZH[student.stage],
          })
        );
        charged(lines, waived, student, ZERO_CHARGE);
        continue;
      }
      scheduled = schedule(student, session, calendar, feeNotice);
    }
    // One object shape for every student (no spreads): the month as the charge needs it.
    const month: StudentMonth = {
      hardship: student.flags.hardship,
      refundApplied: student.flags.refundApplied,
      dayMinutes,
      stage: student.stage,
      schoolDays: calendar.schoolDays.length,
      longestAbsence:
        profile.refund.over === "consecutiveAbsentDays"
          ? longestAbsence(row, attendance.days, calendar.schoolDays)
          : undefined,
      scheduledMinutes: scheduled?.scheduledMinutes,
      joinedWithMinutesLeft: scheduled?.joinedWithMinutesLeft,
      leftDuringMonth: scheduled?.leftDuringMonth,
    };
    const charge = chargeStudentMonth(month, mode, rates[student.stage], profile);
    // Settings were checked when read and the counts are built here, so a problem is a bug.
    if (!charge.ok) throw new Error(`charge of ${student.id}: ${problemMessage(charge.problem)}`);
    const basis: MonthlyBasis | undefined =
      mode === "monthly" && month.scheduledMinutes !== undefined
        ? {
            schoolDays: month.scheduledMinutes / windows.session(student)!,
            sessionMinutes: windows.session(student)!,
            refundDue: !student.flags.hardship && (month.refundApplied || !!month.leftDuringMonth),
          }
        : undefined;
    charged(lines, waived, student, charge.value, basis);
  }

  for (const [col, { date, count }] of nonSchoolDays) {
    const reason = notSchoolDayReason(calendar.day(date));
    findings.push(
      finding(
        "DAY_NOT_SCHOOL_DAY",
        { sheet: attendance.sheet, cell: a1(attendance.header.row, col) },
        { date: `${date}（${count} 名学生）`, reason }
      )
    );
  }

  const { government } = governmentShares(waived, profile); // SPEC §5: on the school's total
  for (let i = 0; i < lines.length; i++) {
    lines[i].governmentShare = government[i];
    lines[i].schoolShare = waived[i] - government[i];
  }
  sortLines(lines);
  const sums = classAndSchoolTotals(lines);
  return {
    school,
    month,
    mode,
    profile,
    lines,
    classes: sums.classes,
    totals: sums.school,
    findings,
    daily: dailyMinutes(days.columns.dates),
    rows,
  };
}
