import type { CivilDate } from "./civil-date";
import { fail, ok, type Outcome } from "./problem";
import {
  latestBillableEnd,
  SERVICE_START,
  windowGroup,
  type ServicePeriod,
  SERVICE_PERIODS,
} from "./service-window";
import type { Stage } from "./stage";
import { formatTimeOfDay, type MinutesOfDay } from "./time-of-day";

/** What an attendance cell recorded, in policy terms. */
export type DayRecord =
  | { readonly kind: "absent" }
  | { readonly kind: "present" }
  | { readonly kind: "minutes"; readonly minutes: number }
  | { readonly kind: "signOut"; readonly end: MinutesOfDay }
  | { readonly kind: "range"; readonly start: MinutesOfDay; readonly end: MinutesOfDay };

/** Who was served and when, for turning a record into minutes. */
export interface DayContext {
  readonly stage: Stage;
  readonly graduating: boolean;
  readonly date: CivilDate;
  /** The school's end time for the student's group (settings), if it set one. */
  readonly sessionEnd?: MinutesOfDay;
  readonly periods?: readonly ServicePeriod[];
}

/** Minutes served on a day; `cappedFrom` is set when time past the allowed end was cut. */
export interface DayMinutes {
  readonly minutes: number;
  readonly cappedFrom?: MinutesOfDay;
  readonly latest: MinutesOfDay;
}

/** SPEC §11: a present mark without a school end time is worth the pilot window (§三(二) 试行期间). */
const PILOT_SESSION_MINUTES = { primary: 120, junior: 60, juniorGraduating: 90 } as const;

/**
 * The standard session of a present mark: the school's end time for the group, else the
 * pilot window's length; 高中 has none without the school's end time.
 */
export function standardSessionMinutes(
  stage: Stage,
  graduating: boolean,
  sessionEnd?: MinutesOfDay
): number | undefined {
  if (sessionEnd !== undefined) return Math.max(0, sessionEnd - SERVICE_START[stage]);
  const group = windowGroup(stage, graduating);
  return group === "senior" ? undefined : PILOT_SESSION_MINUTES[group];
}

/**
 * The minutes a record is worth: counted from the stage's start (§三(二)) and never past the
 * latest end allowed that day; the time past it is cut and reported (SPEC §11).
 */
export function minutesOfDay(record: DayRecord, ctx: DayContext): Outcome<DayMinutes> {
  const latestEnd = latestBillableEnd(
    ctx.stage,
    ctx.graduating,
    ctx.date,
    ctx.periods ?? SERVICE_PERIODS
  );
  if (!latestEnd.ok) return latestEnd;
  const latest = latestEnd.value;
  const start = SERVICE_START[ctx.stage];
  let from = start;
  let to: MinutesOfDay;
  switch (record.kind) {
    case "absent":
      return ok({ minutes: 0, latest });
    case "present": {
      const length = standardSessionMinutes(ctx.stage, ctx.graduating, ctx.sessionEnd);
      if (length === undefined) return fail("SESSION_LENGTH_UNKNOWN", { stage: ctx.stage });
      to = start + length;
      break;
    }
    case "minutes":
      to = start + record.minutes;
      break;
    case "signOut":
      if (record.end <= start)
        return fail("END_NOT_AFTER_START", {
          end: formatTimeOfDay(record.end),
          start: formatTimeOfDay(start),
          stage: ctx.stage,
        });
      to = record.end;
      break;
    case "range":
      from = Math.max(record.start, start);
      to = record.end;
      break;
  }
  const end = Math.min(to, latest);
  const minutes = Math.max(0, end - from);
  return ok(to > latest ? { minutes, cappedFrom: to, latest } : { minutes, latest });
}
