import { parseGrade, isGraduatingJunior, stageOfGrade } from "../../../policy/grade";
import type { Profile } from "../../../policy/profile";
import { rulesOf } from "../../../policy/profile-rules";
import { checkServiceEnd } from "../../../policy/service-window";
import type { Stage } from "../../../policy/stage";
import { formatTimeOfDay, type MinutesOfDay } from "../../../policy/time-of-day";
import { a1 } from "../../../sheets/a1";
import type { Activity } from "../../../sheets/activities";
import { finding, type Finding } from "../../../findings/finding";
import { gradeLabelInClass, STAGE_ZH } from "../../../sheets/roster";
import type { BreachCheck } from "../context";

const BREACH_RULE = {
  END_FIXED_PILOT: "TIME_END_FIXED_PILOT",
  END_TOO_EARLY: "TIME_END_TOO_EARLY",
  END_TOO_LATE: "TIME_END_TOO_LATE",
  END_TOO_LATE_IN_PRINCIPLE: "TIME_END_TOO_LATE_IN_PRINCIPLE",
  SENIOR_SELF_STUDY: "TIME_SENIOR_SELF_STUDY",
} as const;

interface Served {
  readonly date: string;
  readonly stage: Stage;
  readonly graduating: boolean;
  readonly start?: MinutesOfDay;
  readonly end?: MinutesOfDay;
  readonly place: { sheet: string; cell: string; studentId?: string };
  readonly startPlace?: { sheet: string; cell: string; studentId?: string };
  /** A student's sign-out may be early (parents fetch children); only a session end is held to its earliest. */
  readonly session: boolean;
}

function check(s: Served, profile: Profile): Finding[] {
  const findings: Finding[] = [];
  const { start: starts, periods } = rulesOf(profile);
  if (s.start !== undefined && s.start < starts[s.stage]) {
    findings.push(
      finding("TIME_START_TOO_EARLY", s.startPlace ?? s.place, {
        date: s.date,
        stage: STAGE_ZH[s.stage],
        start: formatTimeOfDay(s.start),
        allowed: formatTimeOfDay(starts[s.stage]),
      })
    ); // §三(二) 起始时间
  }
  if (s.end === undefined || s.end <= starts[s.stage]) return findings;
  const r = checkServiceEnd(s.end, s.stage, s.graduating, s.date, periods, starts);
  if (!r.ok || r.value === undefined) return findings;
  const b = r.value;
  if (
    !s.session &&
    (b.code === "END_TOO_EARLY" || (b.code === "END_FIXED_PILOT" && s.end < b.allowed))
  )
    return findings;
  findings.push(
    finding(
      BREACH_RULE[b.code],
      s.place,
      {
        date: s.date,
        stage: STAGE_ZH[s.stage],
        allowed: formatTimeOfDay(b.allowed),
        end: formatTimeOfDay(s.end),
      },
      b.severity
    )
  );
  return findings;
}

/**
 * Service times (§三(二)): ends outside the window of the stage, year and date, starts before
 * the stage's start, and 高中 after 20:30 as voluntary self-study. Sources: sign-out times
 * and ranges in the attendance grid, and session times in the activities sheet.
 */
export const timeBreaches: BreachCheck = (ctx) => {
  const findings: Finding[] = [];
  const sheet = ctx.workbook.attendance?.sheet ?? "";
  for (const [student, row] of ctx.rows) {
    if (!student.stage) continue;
    for (const cell of row.cells) {
      const e = cell.entry;
      if (e.kind !== "signOut" && e.kind !== "range") continue;
      const place = { sheet, cell: a1(row.row, cell.col), studentId: student.id || undefined };
      findings.push(
        ...check(
          {
            date: cell.date,
            stage: student.stage,
            graduating: student.graduating,
            start: e.kind === "range" ? e.start : undefined,
            end: e.end,
            place,
            session: false,
          },
          ctx.workbook.settings.profile
        )
      );
    }
  }
  // A day's session runs from its first activity's start to its last activity's end.
  const system = ctx.workbook.settings.system;
  const sessions = new Map<string, Activity[]>();
  for (const a of ctx.activities?.activities ?? []) {
    if (!a.date) continue;
    const key = `${a.date}|${a.group}`;
    sessions.set(key, [...(sessions.get(key) ?? []), a]);
  }
  for (const activities of sessions.values()) {
    const { date, group } = activities[0];
    const grade = parseGrade(gradeLabelInClass(group) || group, system);
    if (grade === undefined || !date) continue;
    const first = activities
      .filter((a) => a.start !== undefined)
      .sort((a, b) => a.start! - b.start!)[0];
    const last = activities.filter((a) => a.end !== undefined).sort((a, b) => b.end! - a.end!)[0];
    const at = (a: Activity | undefined, field: "start" | "end") => ({
      sheet: ctx.activities!.sheet,
      cell: a?.cells[field] ?? "",
    });
    findings.push(
      ...check(
        {
          date,
          stage: stageOfGrade(grade, system),
          graduating: isGraduatingJunior(grade),
          start: first?.start,
          end: last?.end,
          place: at(last, "end"),
          startPlace: at(first, "start"),
          session: true,
        },
        ctx.workbook.settings.profile
      )
    );
  }
  return findings;
};
