import type { CivilDate } from "./civil-date";
import { fail, ok, type Outcome } from "./problem";
import type { Profile } from "./profile";
import { rulesOf } from "./profile-rules";
import { DEFAULT_PROFILE } from "./profiles";
import { latestBillableEnd, windowGroup } from "./service-window";
import type { Stage } from "./stage";
import { formatTimeOfDay, type MinutesOfDay } from "./time-of-day";

/** What an attendance cell recorded, in policy terms. */
export type DayRecord =
  | { readonly kind: "absent" }
  | { readonly kind: "present" }
  | { readonly kind: "minutes"; readonly minutes: number }
  | { readonly kind: "signOut"; readonly end: MinutesOfDay }
  | { readonly kind: "range"; readonly start: MinutesOfDay; readonly end: MinutesOfDay };

/** A student's day as the minutes need it: when service starts, the latest billable end, the standard session. */
export interface DayWindow {
  readonly stage: Stage;
  readonly start: MinutesOfDay;
  readonly latest: MinutesOfDay;
  /** Minutes a present mark is worth; undefined for 高中 without the school's end time. */
  readonly session?: number;
}

/** Minutes served on a day; `cappedFrom` is set when time past the allowed end was cut. */
export interface DayMinutes {
  readonly minutes: number;
  readonly cappedFrom?: MinutesOfDay;
  readonly latest: MinutesOfDay;
}

/**
 * The standard session of a present mark: the school's end time for the group, else the
 * profile's minutes for a present mark (SPEC §11: the pilot window's length, §三(二) 试行期间);
 * a group without them (高中) has none without the school's end time.
 */
export function standardSessionMinutes(
  stage: Stage,
  graduating: boolean,
  sessionEnd?: MinutesOfDay,
  profile: Profile = DEFAULT_PROFILE
): number | undefined {
  if (sessionEnd !== undefined) return Math.max(0, sessionEnd - rulesOf(profile).start[stage]);
  return profile.service.presentMarkMinutes[windowGroup(stage, graduating)];
}

/**
 * The window of a day for a stage and year (§三(二)): the stage's start, the latest end the
 * period allows that day, and the standard session (the school's end time, else SPEC §11's).
 * A day before the pilot is a problem, not a guess.
 */
export function dayWindow(
  stage: Stage,
  graduating: boolean,
  date: CivilDate,
  sessionEnd?: MinutesOfDay,
  profile: Profile = DEFAULT_PROFILE
): Outcome<DayWindow> {
  const rules = rulesOf(profile);
  const latest = latestBillableEnd(stage, graduating, date, rules.periods);
  if (!latest.ok) return latest;
  return ok({
    stage,
    start: rules.start[stage],
    latest: latest.value,
    session: standardSessionMinutes(stage, graduating, sessionEnd, profile),
  });
}

/**
 * Where a day's service runs, in minutes of the day, before the day's cap: one span is
 * read again for every served day of a school, so the day loop makes no object per day.
 */
export class DaySpan {
  from: MinutesOfDay = 0;
  to: MinutesOfDay = 0;

  /**
   * Reads a served record: from the stage's start (§三(二)), or a range's own start where
   * later, to the sign-out, the range's end, or the start plus the minutes or the standard
   * session. False where the record gives no time: a present mark without a session, a
   * sign-out not after the start (`minutesWithin` names the problem).
   */
  read(
    record: Exclude<DayRecord, { kind: "absent" }>,
    start: MinutesOfDay,
    session: number | undefined
  ): boolean {
    this.from = start;
    switch (record.kind) {
      case "present":
        if (session === undefined) return false;
        this.to = start + session;
        return true;
      case "minutes":
        this.to = start + record.minutes;
        return true;
      case "signOut":
        if (record.end <= start) return false;
        this.to = record.end;
        return true;
      case "range":
        this.from = Math.max(record.start, start);
        this.to = record.end;
        return true;
    }
  }

  /** The span's minutes held to the latest end allowed that day (SPEC §11). */
  minutesTo(latest: MinutesOfDay): number {
    return Math.max(0, Math.min(this.to, latest) - this.from);
  }
}

/**
 * The minutes a record is worth: counted from the stage's start (§三(二)) and never past the
 * latest end allowed that day; the time past it is cut and reported (SPEC §11).
 */
export function minutesWithin(record: DayRecord, w: DayWindow): Outcome<DayMinutes> {
  const { start, latest } = w;
  if (record.kind === "absent") return ok({ minutes: 0, latest });
  const span = new DaySpan();
  if (!span.read(record, start, w.session)) {
    if (record.kind !== "signOut") return fail("SESSION_LENGTH_UNKNOWN", { stage: w.stage });
    return fail("END_NOT_AFTER_START", {
      end: formatTimeOfDay(record.end),
      start: formatTimeOfDay(start),
      stage: w.stage,
    });
  }
  const minutes = span.minutesTo(latest);
  return ok(span.to > latest ? { minutes, cappedFrom: span.to, latest } : { minutes, latest });
}
