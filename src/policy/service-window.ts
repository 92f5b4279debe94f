import type { CivilDate } from "./civil-date";
import { fail, ok, type Outcome } from "./problem";
import type { Stage } from "./stage";
import { at, formatTimeOfDay, type MinutesOfDay } from "./time-of-day";

export type Severity = "error" | "warning" | "info";

/** Whom a service window is for: stages, with junior split by graduating year (§三(二)2). */
export type WindowGroup = "primary" | "junior" | "juniorGraduating" | "senior";

/**
 * When service may end. `fixed`: exactly at `latest` (pilot); otherwise between `earliest`
 * (if any) and `latest`. A plain bound is an error, a 原则上 bound or a pilot fixed time a
 * warning (SPEC §3).
 */
export interface EndRule {
  readonly earliest?: MinutesOfDay;
  readonly latest: MinutesOfDay;
  readonly fixed?: boolean;
  readonly inPrinciple: boolean;
  readonly clause: string;
}

/** A period of the policy with its windows; `to` is inclusive, absent while it lasts. */
export interface ServicePeriod {
  readonly id: string;
  readonly from: CivilDate;
  readonly to?: CivilDate;
  readonly ends: Readonly<Record<WindowGroup, EndRule>>;
}

/** §三(二)1–2 service starts: 小学 15:30, 初(高)中 17:00. */
export const SERVICE_START: Readonly<Record<Stage, MinutesOfDay>> = {
  primary: at(15, 30),
  junior: at(17),
  senior: at(17),
};

/** The policy's periods as data, so a later national or provincial rule is a new row. */
export const SERVICE_PERIODS: readonly ServicePeriod[] = [
  {
    id: "pilot",
    from: "2021-04-01",
    to: "2022-02-28",
    ends: {
      primary: { latest: at(17, 30), fixed: true, inPrinciple: true, clause: "§三(二) 试行期间" }, // 小学 15:30至17:30
      junior: { latest: at(18), fixed: true, inPrinciple: true, clause: "§三(二) 试行期间" }, // 初中非毕业年级 17:00至18:00
      juniorGraduating: {
        latest: at(18, 30),
        fixed: true,
        inPrinciple: true,
        clause: "§三(二) 试行期间",
      }, // 毕业年级 17:00至18:30
      senior: { latest: at(20, 30), inPrinciple: true, clause: "§三(二) 试行期间" }, // 高中 原则上不晚于20:30
    },
  },
  {
    id: "standard",
    from: "2022-03-01",
    ends: {
      primary: { earliest: at(17, 30), latest: at(18, 30), inPrinciple: true, clause: "§三(二)1" }, // 原则上不早于17:30，不晚于18:30
      junior: { latest: at(18, 30), inPrinciple: false, clause: "§三(二)2" }, // 初中非毕业年级不晚于18:30
      juniorGraduating: { latest: at(20, 30), inPrinciple: true, clause: "§三(二)2" }, // 毕业年级原则上不晚于20:30
      senior: { latest: at(20, 30), inPrinciple: true, clause: "§三(二)2" }, // 高中原则上不晚于20:30
    },
  },
];

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
  return period ? ok(period) : fail("DATE_BEFORE_POLICY", { date });
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
  readonly clause: string;
}

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
  periods: readonly ServicePeriod[] = SERVICE_PERIODS
): Outcome<EndBreach | undefined> {
  const period = periodOn(date, periods);
  if (!period.ok) return period;
  const start = SERVICE_START[stage];
  if (end <= start)
    return fail("END_NOT_AFTER_START", {
      end: formatTimeOfDay(end),
      start: formatTimeOfDay(start),
      stage,
    });
  const rule = period.value.ends[windowGroup(stage, graduating)];
  const severity: Severity = rule.inPrinciple ? "warning" : "error";
  const breach = (code: EndBreach["code"], allowed: MinutesOfDay): Outcome<EndBreach> =>
    ok({ code, severity, allowed, clause: rule.clause });
  if (rule.fixed)
    return end === rule.latest ? ok(undefined) : breach("END_FIXED_PILOT", rule.latest);
  if (rule.earliest !== undefined && end < rule.earliest)
    return breach("END_TOO_EARLY", rule.earliest);
  if (end <= rule.latest) return ok(undefined);
  if (stage === "senior") return breach("SENIOR_SELF_STUDY", rule.latest); // §三(二)2 20:30后为自愿晚自习
  return breach(rule.inPrinciple ? "END_TOO_LATE_IN_PRINCIPLE" : "END_TOO_LATE", rule.latest);
}

/** The latest end that may be billed on a day, the cap for sign-out times (SPEC §11). */
export function latestBillableEnd(
  stage: Stage,
  graduating: boolean,
  date: CivilDate,
  periods = SERVICE_PERIODS
): Outcome<MinutesOfDay> {
  const period = periodOn(date, periods);
  return period.ok ? ok(period.value.ends[windowGroup(stage, graduating)].latest) : period;
}
