import type { CivilDate } from "../../policy/civil-date";
import { minutesOfDay, standardSessionMinutes, type DayRecord } from "../../policy/day-minutes";
import { chargeStudentMonth, type ChargeMode, type StudentCharge } from "../../policy/month-charge";
import { Money, ZERO } from "../../policy/money";
import { problemMessage } from "../../policy/messages/format";
import {
  nationalCalendarCovers,
  schoolDayOf,
  type SchoolCalendar,
} from "../../policy/school-calendar";
import { windowGroup } from "../../policy/service-window";
import type { Stage } from "../../policy/stage";
import { formatTimeOfDay } from "../../policy/time-of-day";
import { settleWaivers } from "../../policy/waiver";
import { a1 } from "../../sheets/a1";
import { finding, type Finding } from "../../sheets/finding";
import { STAGE_ZH, type RosterStudent } from "../../sheets/roster";
import { nextDay } from "../../sheets/settings";
import type { SchoolWorkbook } from "../school-workbook";
import { matchAttendance } from "./match-students";

/** One student's line of the month's charge sheet. */
export interface ChargeLine extends StudentCharge {
  readonly id: string;
  readonly name: string;
  readonly className: string;
  readonly gradeLabel: string;
  readonly grade?: number;
  readonly stage?: Stage;
  readonly hardship: boolean;
  readonly governmentShare: Money;
  readonly schoolShare: Money;
}

export type MoneyTotals = Omit<StudentCharge, "days"> & {
  readonly governmentShare: Money;
  readonly schoolShare: Money;
  readonly students: number;
};

export interface ChargeResult {
  readonly school: string;
  readonly month?: string;
  readonly mode: ChargeMode;
  readonly lines: readonly ChargeLine[];
  readonly classes: readonly { readonly className: string; readonly totals: MoneyTotals }[];
  readonly totals: MoneyTotals;
  readonly findings: readonly Finding[];
}

const ZERO_CHARGE: StudentCharge = {
  days: 0,
  minutes: ZERO,
  billableMinutes: ZERO,
  gross: ZERO,
  waived: ZERO,
  refund: ZERO,
  payable: ZERO,
};

/** The days of a month, first to last. */
export function daysOfMonth(month: string): CivilDate[] {
  const days: CivilDate[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = nextDay(d)) days.push(d);
  return days;
}

const reasonZh = { weekend: "周末", holiday: "节假日", closure: "学校停课或放假" } as const;

/**
 * The month's charges from a read school workbook (SPEC §4–§6, §9, §11): per student the
 * served days and minutes, billable minutes, gross, waived, refund and payable; the
 * government's share settled on the school's total waived amount; class and school totals.
 */
export function computeCharges(wb: SchoolWorkbook, schoolName = ""): ChargeResult {
  const findings: Finding[] = [...wb.findings];
  const { settings } = wb;
  const school = settings.school ?? schoolName;
  const mode = settings.mode;
  const month = wb.month;
  // Without the month's attendance there is nothing to charge from; the findings say why.
  if (!wb.roster || !month || !wb.attendance) {
    return { school, month, mode, lines: [], classes: [], totals: totalsOf([]), findings };
  }
  const roster = wb.roster;
  const attendance = wb.attendance;
  const calendar: SchoolCalendar = settings;
  const monthDays = daysOfMonth(month);
  const schoolDays = new Set(monthDays.filter((d) => schoolDayOf(d, calendar).schoolDay));
  for (const year of new Set(monthDays.map((d) => Number(d.slice(0, 4))))) {
    if (!nationalCalendarCovers(year))
      findings.push(finding("CALENDAR_NO_DATA", { sheet: settings.sheet ?? "" }, { year }));
  }

  const rowsByStudent = matchAttendance(roster, attendance, findings);
  const hasAgreementColumn = roster.header.fields.agreement !== undefined;
  const monthStart = monthDays[0];
  const monthEnd = monthDays[monthDays.length - 1];
  const nonSchoolDayServed = new Map<number, { date: CivilDate; count: number; reason: string }>();

  const charges: { student: RosterStudent; charge: StudentCharge }[] = [];
  for (const student of roster.students) {
    const { agreement, withdrawal } = student.dates;
    if (withdrawal !== undefined && withdrawal < monthStart) continue;
    if (agreement !== undefined && agreement > monthEnd) continue;
    const row = rowsByStudent.get(student);
    const served =
      row?.cells.filter((c) => c.entry.kind !== "absent" && c.entry.kind !== "unreadable") ?? [];
    const place = { sheet: attendance.sheet, studentId: student.id || undefined };
    if (hasAgreementColumn && agreement === undefined) {
      if (served.length > 0)
        findings.push(
          finding("CHARGE_NO_AGREEMENT", {
            sheet: roster.sheet,
            cell: a1(student.row, roster.header.fields.agreement!),
            studentId: student.id || undefined,
          })
        );
      continue;
    }
    if (!student.stage) {
      if (served.length > 0 || mode === "monthly")
        findings.push(
          finding("CHARGE_STAGE_UNKNOWN", {
            sheet: roster.sheet,
            cell: a1(student.row, roster.header.fields.grade ?? roster.header.fields.class ?? 0),
            studentId: student.id || undefined,
          })
        );
      charges.push({ student, charge: ZERO_CHARGE });
      continue;
    }
    const stage = student.stage;
    const sessionEnd = settings.endTimes[windowGroup(stage, student.graduating)];
    const dayMinutes: number[] = [];
    for (const cell of served) {
      const at = { ...place, cell: a1(row!.row, cell.col) };
      if (agreement !== undefined && cell.date < agreement) {
        findings.push(finding("CHARGE_BEFORE_AGREEMENT", at, { date: cell.date, agreement }));
        continue;
      }
      if (withdrawal !== undefined && cell.date > withdrawal) {
        findings.push(finding("CHARGE_AFTER_WITHDRAWAL", at, { date: cell.date, withdrawal }));
        continue;
      }
      const m = minutesOfDay(cell.entry as DayRecord, {
        stage,
        graduating: student.graduating,
        date: cell.date,
        sessionEnd,
      });
      if (!m.ok) {
        const code = m.problem.code;
        if (code === "SESSION_LENGTH_UNKNOWN")
          findings.push(finding("SESSION_LENGTH_UNKNOWN", at, { stage: STAGE_ZH[stage] }));
        else if (code === "DATE_BEFORE_POLICY")
          findings.push(finding("DATE_BEFORE_POLICY", at, { date: cell.date }));
        else if (code === "END_NOT_AFTER_START")
          findings.push(
            finding("SIGNOUT_NOT_AFTER_START", at, { ...m.problem.params, stage: STAGE_ZH[stage] })
          );
        else
          findings.push(
            finding("ATTENDANCE_CELL_UNREADABLE", at, { value: problemMessage(m.problem) })
          );
        continue;
      }
      if (m.value.cappedFrom !== undefined) {
        findings.push(
          finding("SIGNOUT_PAST_WINDOW", at, {
            end: formatTimeOfDay(m.value.cappedFrom),
            latest: formatTimeOfDay(m.value.latest),
            stage: STAGE_ZH[stage],
          })
        );
      }
      const day = schoolDayOf(cell.date, calendar);
      if (!day.schoolDay && student.grade !== 12) {
        // §三(二) 高三寒暑假辅导 follows the province's rules and is not flagged.
        const seen = nonSchoolDayServed.get(cell.col) ?? {
          date: cell.date,
          count: 0,
          reason: day.name ? `${reasonZh[day.reason]}：${day.name}` : reasonZh[day.reason],
        };
        nonSchoolDayServed.set(cell.col, { ...seen, count: seen.count + 1 });
      }
      dayMinutes.push(m.value.minutes);
    }

    let scheduled: {
      scheduledMinutes?: number;
      joinedWithMinutesLeft?: number;
      leftDuringMonth?: boolean;
    } = {};
    if (mode === "monthly") {
      const session = standardSessionMinutes(stage, student.graduating, sessionEnd);
      if (session === undefined) {
        findings.push(
          finding(
            "SESSION_LENGTH_UNKNOWN",
            { sheet: roster.sheet, cell: a1(student.row, 0), studentId: student.id || undefined },
            { stage: STAGE_ZH[stage] }
          )
        );
        charges.push({ student, charge: ZERO_CHARGE });
        continue;
      }
      const enrolled = [...schoolDays].filter(
        (d) =>
          (agreement === undefined || d >= agreement) &&
          (withdrawal === undefined || d <= withdrawal)
      );
      scheduled = {
        scheduledMinutes: schoolDays.size * session,
        joinedWithMinutesLeft:
          agreement !== undefined && agreement > monthStart ? enrolled.length * session : undefined,
        leftDuringMonth: withdrawal !== undefined && withdrawal < monthEnd,
      };
    }
    const charge = chargeStudentMonth(
      {
        stage,
        hardship: student.flags.hardship,
        refundApplied: student.flags.refundApplied,
        dayMinutes,
        ...scheduled,
      },
      mode,
      stage === "senior" ? settings.uplift : 0
    );
    // Settings were checked when read (the uplift) and counts are built here, so a problem is a bug.
    if (!charge.ok) throw new Error(`charge of ${student.id}: ${problemMessage(charge.problem)}`);
    charges.push({ student, charge: charge.value });
  }

  for (const [col, { date, count, reason }] of nonSchoolDayServed) {
    findings.push(
      finding(
        "DAY_NOT_SCHOOL_DAY",
        { sheet: attendance.sheet, cell: a1(attendance.header.row, col) },
        { date: `${date}（${count} 名学生）`, reason }
      )
    );
  }

  const settled = settleWaivers(charges.map((c) => c.charge.waived));
  const lines: ChargeLine[] = charges.map(({ student, charge }, i) => ({
    ...charge,
    id: student.id,
    name: student.name,
    className: student.className,
    gradeLabel: student.gradeLabel,
    grade: student.grade,
    stage: student.stage,
    hardship: student.flags.hardship,
    governmentShare: settled.perStudent[i].government,
    schoolShare: settled.perStudent[i].school,
  }));
  const byText = (x: string, y: string) => x.localeCompare(y, "zh-CN", { numeric: true });
  lines.sort(
    (a, b) =>
      (a.grade ?? 99) - (b.grade ?? 99) || byText(a.className, b.className) || byText(a.id, b.id)
  );
  const classNames = [...new Set(lines.map((l) => l.className))];
  return {
    school,
    month,
    mode,
    lines,
    classes: classNames.map((className) => ({
      className,
      totals: totalsOf(lines.filter((l) => l.className === className)),
    })),
    totals: totalsOf(lines),
    findings,
  };
}

/** Sums lines exactly. */
export function totalsOf(lines: readonly ChargeLine[]): MoneyTotals {
  const sum = (pick: (l: ChargeLine) => Money) =>
    lines.reduce<Money>((t, l) => t.plus(pick(l)), new Money(0));
  return {
    students: lines.length,
    minutes: sum((l) => l.minutes),
    billableMinutes: sum((l) => l.billableMinutes),
    gross: sum((l) => l.gross),
    waived: sum((l) => l.waived),
    refund: sum((l) => l.refund),
    payable: sum((l) => l.payable),
    governmentShare: sum((l) => l.governmentShare),
    schoolShare: sum((l) => l.schoolShare),
  };
}
