import { a1 } from "../../../sheets/a1";
import type { AttendanceRow } from "../../../sheets/attendance";
import type { AttendanceEntry } from "../../../sheets/attendance-cell";
import { finding, type Finding } from "../../../findings/finding";
import { STEP_NAMES, type EnrollmentStep, type Roster } from "../../../sheets/roster";
import { rosterDatesOutOfOrder, withdrawalChecks } from "../../../sheets/roster-checks";
import { studentLabel, type BreachCheck } from "../context";

const GROUP_NAMES = { leftBehind: "留守儿童", migrant: "随迁子女", hardship: "困难家庭" } as const;

/** §三(一) 优先保障: a priority applicant refused while others were approved. */
export function priorityRefused(roster: Roster): Finding[] {
  const approved = roster.students.filter((s) => s.approved === true).length;
  if (approved === 0) return [];
  return roster.students.flatMap((s) => {
    const groups = (Object.keys(GROUP_NAMES) as (keyof typeof GROUP_NAMES)[])
      .filter((g) => s.flags[g])
      .map((g) => GROUP_NAMES[g]);
    if (s.approved !== false || groups.length === 0) return [];
    const cell = a1(s.row, roster.header.fields.decision!);
    return [
      finding(
        "ENROLL_PRIORITY_REFUSED",
        { sheet: roster.sheet, cell, studentId: s.id || undefined },
        { student: studentLabel(s), groups: groups.join("、"), approved }
      ),
    ];
  });
}

/** A cell that records service, whether or not it is charged. */
function isServed(e: AttendanceEntry): boolean {
  return e.kind !== "absent" && e.kind !== "unreadable";
}

/** Whether any of a row's `days` entries records service, read where the reader holds them. */
function anyServed(row: AttendanceRow, days: number): boolean {
  for (let i = row.from; i < row.from + days; i++) if (isServed(row.block[i])) return true;
  return false;
}

const REQUIRED_STEPS: readonly EnrollmentStep[] = [
  "application",
  "approval",
  "notice",
  "agreement",
];

/**
 * Enrollment (§三(六)): a served student without application, approval, public notice or
 * agreement (where the roster has those columns); service before the agreement or after a
 * withdrawal, at each cell; enrollment dates out of order.
 */
export const enrollmentBreaches: BreachCheck = (ctx) => {
  const roster = ctx.workbook.roster;
  const attendance = ctx.workbook.attendance;
  if (!roster) return [];
  const findings: Finding[] = [];
  const f = roster.header.fields;
  // Each row's entries follow the sheet's day columns, read in the reader's block: no array
  // or cell object is made per row or day.
  const days = attendance?.days ?? [];
  // The steps the roster has columns for, and the month's first and last dates: a student who
  // agreed by the first and did not withdraw before the last has no day to compare.
  const steps = REQUIRED_STEPS.filter((step) => f[step] !== undefined);
  let first: string | undefined;
  let last: string | undefined;
  for (const { date } of days) {
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  }
  for (const [student, row] of ctx.rows) {
    if (!anyServed(row, days.length)) continue;
    // The steps missing, listed only for a student who misses one (most miss none).
    let missing: EnrollmentStep[] | undefined;
    for (const step of steps) if (student.dates[step] === undefined) (missing ??= []).push(step);
    if (missing) {
      findings.push(
        finding(
          "ENROLL_SERVED_WITHOUT_STEP",
          {
            sheet: roster.sheet,
            cell: a1(student.row, f[missing[0]]!),
            studentId: student.id || undefined,
          },
          { student: studentLabel(student), steps: missing.map((m) => STEP_NAMES[m]).join("、") }
        )
      );
    }
    const { agreement, withdrawal } = student.dates;
    if (!agreement && !withdrawal) continue;
    if ((!agreement || agreement <= first!) && (!withdrawal || withdrawal >= last!)) continue;
    const { block, from } = row;
    for (let i = 0; i < days.length; i++) {
      if (!isServed(block[from + i])) continue;
      const { col, date } = days[i];
      const early = !!agreement && date < agreement;
      const late = !!withdrawal && date > withdrawal;
      // The cell's address is made only for a cell in breach (most are not).
      if (!early && !late) continue;
      const place = {
        sheet: attendance!.sheet,
        cell: a1(row.row, col),
        studentId: student.id || undefined,
      };
      if (early)
        findings.push(finding("ENROLL_SERVED_BEFORE_AGREEMENT", place, { date, agreement }));
      if (late)
        findings.push(finding("ENROLL_SERVED_AFTER_WITHDRAWAL", place, { date, withdrawal }));
    }
  }
  findings.push(
    ...rosterDatesOutOfOrder(roster),
    ...withdrawalChecks(roster),
    ...priorityRefused(roster)
  );
  return findings;
};
