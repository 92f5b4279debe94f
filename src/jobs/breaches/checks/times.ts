import { parseGrade, isGraduatingJunior, stageOfGrade } from "../../../policy/grade";
import type { Profile } from "../../../policy/profile";
import { rulesOf } from "../../../policy/profile-rules";
import {
  endBreachIn,
  endWindowOn,
  windowGroup,
  type EndBreach,
  type EndWindow,
  type ServicePeriod,
  type WindowGroup,
} from "../../../policy/service-window";
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
  readonly start?: MinutesOfDay;
  readonly end?: MinutesOfDay;
  readonly place: { sheet: string; cell: string; studentId?: string };
  readonly startPlace?: { sheet: string; cell: string; studentId?: string };
}

/**
 * The stages' starts and each group's end window by date, worked out once per school: almost
 * every time is within its window, so a time is compared with plain minutes and a place and a
 * finding are made only for one in breach.
 */
class Windows {
  readonly starts: Readonly<Record<Stage, MinutesOfDay>>;
  private readonly periods: readonly ServicePeriod[];
  private readonly byGroup = new Map<WindowGroup, Map<string, EndWindow | null>>();

  constructor(profile: Profile) {
    const rules = rulesOf(profile);
    this.starts = rules.start;
    this.periods = rules.periods;
  }

  /** A group's windows by date; null for a date before the pilot, which has no end to check. */
  of(stage: Stage, graduating: boolean): Map<string, EndWindow | null> {
    const group = windowGroup(stage, graduating);
    let dates = this.byGroup.get(group);
    if (!dates) this.byGroup.set(group, (dates = new Map()));
    return dates;
  }

  on(
    dates: Map<string, EndWindow | null>,
    stage: Stage,
    graduating: boolean,
    date: string
  ): EndWindow | null {
    let w = dates.get(date);
    if (w === undefined) {
      const r = endWindowOn(stage, graduating, date, this.periods);
      dates.set(date, (w = r.ok ? r.value : null));
    }
    return w;
  }
}

/**
 * The breach of an end, if any: an end not after the stage's start or on a date before the
 * pilot is the charge's problem, not a breach. A student's sign-out may be early (parents
 * fetch children); only a session end is held to its earliest.
 */
function endBreach(
  end: MinutesOfDay | undefined,
  start: MinutesOfDay,
  window: EndWindow | null,
  session: boolean
): EndBreach | undefined {
  if (end === undefined || end <= start || window === null) return undefined;
  const b = endBreachIn(window, end);
  if (
    b === undefined ||
    (!session && (b.code === "END_TOO_EARLY" || (b.code === "END_FIXED_PILOT" && end < b.allowed)))
  )
    return undefined;
  return b;
}

function say(
  s: Served,
  allowedStart: MinutesOfDay,
  early: boolean,
  b: EndBreach | undefined,
  findings: Finding[]
): void {
  if (early)
    findings.push(
      finding("TIME_START_TOO_EARLY", s.startPlace ?? s.place, {
        date: s.date,
        stage: STAGE_ZH[s.stage],
        start: formatTimeOfDay(s.start!),
        allowed: formatTimeOfDay(allowedStart),
      })
    ); // §三(二) 起始时间
  if (b === undefined) return;
  findings.push(
    finding(
      BREACH_RULE[b.code],
      s.place,
      {
        date: s.date,
        stage: STAGE_ZH[s.stage],
        allowed: formatTimeOfDay(b.allowed),
        end: formatTimeOfDay(s.end!),
      },
      b.severity
    )
  );
}

/**
 * Service times (§三(二)): ends outside the window of the stage, year and date, starts before
 * the stage's start, and 高中 after 20:30 as voluntary self-study. Sources: sign-out times
 * and ranges in the attendance grid, and session times in the activities sheet.
 */
export const timeBreaches: BreachCheck = (ctx) => {
  const findings: Finding[] = [];
  const sheet = ctx.workbook.attendance?.sheet ?? "";
  const windows = new Windows(ctx.workbook.settings.profile);
  const days = ctx.workbook.attendance?.days ?? []; // each row's entries in this order
  for (const [student, row] of ctx.rows) {
    const stage = student.stage;
    if (!stage) continue;
    const start = windows.starts[stage];
    const dates = windows.of(stage, student.graduating);
    const { block, from } = row;
    for (let i = 0; i < days.length; i++) {
      const e = block[from + i];
      if (e.kind !== "signOut" && e.kind !== "range") continue;
      const { col, date } = days[i];
      const early = e.kind === "range" && e.start < start; // §三(二) 起始时间
      const window = e.end > start ? windows.on(dates, stage, student.graduating, date) : null;
      const b = endBreach(e.end, start, window, false);
      if (!early && b === undefined) continue;
      const place = { sheet, cell: a1(row.row, col), studentId: student.id || undefined };
      say(
        {
          date,
          stage,
          start: e.kind === "range" ? e.start : undefined,
          end: e.end,
          place,
        },
        start,
        early,
        b,
        findings
      );
    }
  }
  // A day's session runs from its first activity's start to its last activity's end.
  const system = ctx.workbook.settings.system;
  const sessions = new Map<string, Activity[]>();
  for (const a of ctx.activities?.activities ?? []) {
    if (!a.date) continue;
    const key = `${a.date}|${a.group}`;
    const day = sessions.get(key);
    if (day) day.push(a);
    else sessions.set(key, [a]);
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
    const stage = stageOfGrade(grade, system);
    const graduating = isGraduatingJunior(grade);
    const start = windows.starts[stage];
    const end = last?.end;
    const window =
      end !== undefined && end > start
        ? windows.on(windows.of(stage, graduating), stage, graduating, date)
        : null;
    say(
      {
        date,
        stage,
        start: first?.start,
        end,
        place: at(last, "end"),
        startPlace: at(first, "start"),
      },
      start,
      first?.start !== undefined && first.start < start,
      endBreach(end, start, window, true),
      findings
    );
  }
  return findings;
};
