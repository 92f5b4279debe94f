import type { CivilDate } from "./civil-date";
import { fail, ok, type Outcome } from "./problem";
import type { ClauseKey } from "./profile";
import { rulesOf } from "./profile-rules";
import { DEFAULT_PROFILE } from "./profiles";
import type { EndRule, ServicePeriod, WindowGroup } from "./service-period";
import type { Stage } from "./stage";
import { formatTimeOfDay, type MinutesOfDay } from "./time-of-day";

export type Severity = "error" | "warning" | "info";

export type { EndRule, ServicePeriod, WindowGroup } from "./service-period";

/** The default profile's service starts (§三(二)1–2 in Suifenhe); a rule takes its profile's. */
export const SERVICE_START: Readonly<Record<Stage, MinutesOfDay>> = rulesOf(DEFAULT_PROFILE).start;

/** The default profile's periods; a later national or provincial rule is a new row of a profile. */
export const SERVICE_PERIODS: readonly ServicePeriod[] = rulesOf(DEFAULT_PROFILE).periods;

/** The window group of a stage and graduating flag (graduating matters for junior only). */
export function windowGroup(stage: Stage, graduating: boolean): WindowGroup {
  return stage === "junior" && graduating ? "juniorGraduating" : stage;
}

/** The period in force on a date, or a problem for dates before the pilot. */
export function periodOn(
  date: CivilDate,
  periods: readonly ServicePeriod[] = SERVICE_PERIODS
): Outcome<ServicePeriod> {
  const period = periods.find((p) => date >= p.from && (p.to === undefined || date <= p.to));
  return period ? ok(period) : fail("DATE_BEFORE_POLICY", policyBegins(periods, date));
}

/** The first day the periods cover, and its name: a pilot's start or the day it took effect. */
function policyBegins(periods: readonly ServicePeriod[], date: CivilDate) {
  const first = periods[0];
  const begins = first?.to !== undefined ? "课后服务试行开始日" : "政策施行日";
  return { date, from: first?.from ?? "", begins };
}

/** A way an end time falls outside its window. */
export interface EndBreach {
  readonly code:
    | "END_FIXED_PILOT"
    | "END_TOO_EARLY"
    | "END_TOO_LATE"
    | "END_TOO_LATE_IN_PRINCIPLE"
    | "SENIOR_SELF_STUDY";
  readonly severity: Severity;
  readonly allowed: MinutesOfDay;
}

/** The clause label each way of ending outside the window cites (the profile says its text). */
export const END_BREACH_CLAUSE: Readonly<Record<EndBreach["code"], ClauseKey>> = {
  END_FIXED_PILOT: "serviceTimes",
  END_TOO_EARLY: "earliestEnd",
  END_TOO_LATE: "serviceTimes",
  END_TOO_LATE_IN_PRINCIPLE: "serviceTimes",
  SENIOR_SELF_STUDY: "selfStudy",
};

/**
 * Checks a session's end against the window of its stage, year and date (§三(二)).
 * The outcome is a problem for invalid input (date before the pilot, end not after the
 * start), otherwise the breach or undefined when the end is allowed.
 */
export function checkServiceEnd(
  end: MinutesOfDay,
  stage: Stage,
  graduating: boolean,
  date: CivilDate,
  periods: readonly ServicePeriod[] = SERVICE_PERIODS,
  starts: Readonly<Record<Stage, MinutesOfDay>> = SERVICE_START
): Outcome<EndBreach | undefined> {
  const window = endWindowOn(stage, graduating, date, periods);
  if (!window.ok) return window;
  const start = starts[stage];
  if (end <= start)
    return fail("END_NOT_AFTER_START", {
      end: formatTimeOfDay(end),
      start: formatTimeOfDay(start),
      stage,
    });
  return ok(endBreachIn(window.value, end));
}

/** The end rule of a stage and year on a date, worked out once for every end held to it. */
export interface EndWindow {
  readonly rule: EndRule;
  readonly severity: Severity;
  readonly senior: boolean;
}

/** The end window of a stage, year and date, or a problem for dates before the pilot (§三(二)). */
export function endWindowOn(
  stage: Stage,
  graduating: boolean,
  date: CivilDate,
  periods: readonly ServicePeriod[] = SERVICE_PERIODS
): Outcome<EndWindow> {
  const period = periodOn(date, periods);
  if (!period.ok) return period;
  const rule = endRuleOn(period.value, windowGroup(stage, graduating), date);
  const severity: Severity = rule.inPrinciple ? "warning" : "error";
  return ok({ rule, severity, senior: stage === "senior" });
}

/**
 * How an end after the stage's start falls outside its window (§三(二)), or undefined when it
 * is allowed: plain comparisons of minutes, nothing made for an end within its window.
 */
export function endBreachIn(window: EndWindow, end: MinutesOfDay): EndBreach | undefined {
  const rule = window.rule;
  if (rule.fixed)
    return end === rule.latest ? undefined : breachOf(window, "END_FIXED_PILOT", rule.latest);
  if (rule.earliest !== undefined && end < rule.earliest)
    return breachOf(window, "END_TOO_EARLY", rule.earliest);
  if (end <= rule.latest) return undefined;
  if (window.senior) return breachOf(window, "SENIOR_SELF_STUDY", rule.latest); // §三(二)2 20:30后为自愿晚自习
  const code = rule.inPrinciple ? "END_TOO_LATE_IN_PRINCIPLE" : "END_TOO_LATE";
  return breachOf(window, code, rule.latest);
}

function breachOf(window: EndWindow, code: EndBreach["code"], allowed: MinutesOfDay): EndBreach {
  return { code, severity: window.severity, allowed };
}

/** The latest end that may be billed on a day, the cap for sign-out times (SPEC §11). */
export function latestBillableEnd(
  stage: Stage,
  graduating: boolean,
  date: CivilDate,
  periods = SERVICE_PERIODS
): Outcome<MinutesOfDay> {
  const period = periodOn(date, periods);
  return period.ok
    ? ok(endRuleOn(period.value, windowGroup(stage, graduating), date).latest)
    : period;
}

/** A group's end rule on a date: a season's where one covers the date's month and day. */
export function endRuleOn(period: ServicePeriod, group: WindowGroup, date: CivilDate): EndRule {
  const day = date.slice(5);
  const season = period.seasons?.find(
    (s) =>
      s.ends[group] !== undefined &&
      (s.from <= s.to ? day >= s.from && day <= s.to : day >= s.from || day <= s.to)
  );
  return season?.ends[group] ?? period.ends[group];
}
