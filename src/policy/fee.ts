import Decimal from "decimal.js";
import { fenOf, type Fen } from "./fen";
import { Money, halfUpToFen } from "./money";
import { fail, ok, type Outcome } from "./problem";
import type { Profile } from "./profile";
import { rulesOf } from "./profile-rules";
import { DEFAULT_PROFILE } from "./profiles";
import type { Stage } from "./stage";

/** SPEC §7: a formula's binary noise in an uplift (=1.1-1 is 0.10000000000000009), never more. */
const UPLIFT_NOISE = new Money("1e-9");

/**
 * The rate of a stage's billing unit (an hour in Suifenhe) with the school's uplift (a
 * fraction: 10% is 0.1). An uplift above the profile's cap, negative, or non-zero outside
 * the stages it allows is invalid (SPEC §4).
 * @example hourlyRate("senior", new Money("0.1")) //=> { ok: true, value: 4.4 }
 */
export function hourlyRate(
  stage: Stage,
  uplift: Decimal.Value = 0,
  profile: Profile = DEFAULT_PROFILE
): Outcome<Money> {
  const rules = rulesOf(profile);
  // SPEC §7: compared with the cap exactly but for noise below 1e-9 (10.0001% is over), billed as given.
  const given = new Money(uplift);
  const u = given.abs().lessThan(UPLIFT_NOISE) ? new Money(0) : given;
  // A city that allows no uplift says so, rather than "at most 0%" (or "not negative").
  if (!u.isZero() && (profile.uplift.maxPercent === 0 || profile.uplift.stages.length === 0))
    return fail("UPLIFT_NOT_ALLOWED", { policy: profile.id });
  if (u.isNegative()) return fail("UPLIFT_NEGATIVE");
  if (u.minus(rules.maxUplift).greaterThanOrEqualTo(UPLIFT_NOISE))
    return fail("UPLIFT_TOO_HIGH", { max: `${profile.uplift.maxPercent}%` });
  if (!u.isZero() && !profile.uplift.stages.includes(stage))
    return fail("UPLIFT_NOT_SENIOR", { stage, stages: profile.uplift.stages.join(",") });
  return ok(rules.rates[stage].times(u.plus(1))); // §三(五)2 收费标准, 上浮 where allowed
}

/** The least minutes a day must have to be charged (§三(五)2 当天低于30分钟的不得收费 in Suifenhe). */
export function dailyMinimumMinutes(profile: Profile = DEFAULT_PROFILE): number {
  return profile.dailyMinimumMinutes;
}

/**
 * Minutes or sessions as a formula gives them, read to a millionth (SPEC §7):
 * (16:00-15:30)*1440 is 29.999999999999893, which is 30.
 * @example toMillionth(29.999999999999893) //=> 30
 */
export function toMillionth(minutes: Decimal.Value): Money {
  return new Money(minutes).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

/**
 * The billable minutes of one day: none under the daily minimum, all of them from it on
 * (not minus the minimum).
 * @example billableMinutesOfDay(29) //=> 0
 */
export function billableMinutesOfDay(
  minutes: Decimal.Value,
  profile: Profile = DEFAULT_PROFILE
): Money {
  const given = new Money(minutes);
  const m = given.isInteger() ? given : toMillionth(given);
  return m.lessThan(profile.dailyMinimumMinutes) ? new Money(0) : m; // §三(五)2 当天低于30分钟的不得收费
}

/** The billable minutes of several days. */
export function billableMinutes(
  days: readonly Decimal.Value[],
  profile: Profile = DEFAULT_PROFILE
): Money {
  return days.reduce<Money>(
    (total, d) => total.plus(billableMinutesOfDay(d, profile)),
    new Money(0)
  );
}

/**
 * The fee for billable minutes, prorated by the minute and rounded once, half up to the fen.
 * @example feeForMinutes(new Money(100), new Money(4)) //=> 6.67
 */
export function feeForMinutes(billable: Decimal.Value, rate: Money): Money {
  return halfUpToFen(rate.times(billable).dividedBy(60)); // §三(五)2 不足1小时按此标准折算
}

/** A rate's whole fen per hour (4.00 → 400, 4.40 → 440), or null for one with a fraction of a fen. */
const rateFen = new WeakMap<Money, number | null>();

function wholeFenRate(rate: Money): number | null {
  let fen = rateFen.get(rate);
  if (fen === undefined) {
    const f = rate.times(100);
    fen = f.isInteger() && f.isPositive() && f.lessThan(1e6) ? f.toNumber() : null;
    rateFen.set(rate, fen);
  }
  return fen;
}

/**
 * The fee of `feeForMinutes` for billable time given in whole seconds, as fen. At a rate of
 * whole fen an hour this is integer arithmetic: the fee is rate × seconds / 3600 fen, rounded
 * half up, and the decimal path can only differ from it on an exact half fen (its 40 digits
 * of 1/3, 1/60 fall either side), so exactly there, and for any other rate, it is taken.
 * @example feeFenForSeconds(6000, new Money(4)) //=> 667
 */
export function feeFenForSeconds(seconds: number, rate: Money): Fen {
  const fen = wholeFenRate(rate);
  if (fen !== null && Number.isSafeInteger(seconds) && seconds >= 0) {
    const scaled = fen * seconds;
    if (Number.isSafeInteger(scaled)) {
      const rest = scaled % 3600;
      const whole = (scaled - rest) / 3600;
      if (rest * 2 !== 3600) return rest * 2 > 3600 ? whole + 1 : whole; // §三(五)2 按分钟折算
    }
  }
  return feeFenForSecondsByDecimal(seconds, rate);
}

/** The plain path of `feeFenForSeconds`: the minutes as a decimal, through `feeForMinutes`. */
export function feeFenForSecondsByDecimal(seconds: number, rate: Money): Fen {
  return fenOf(feeForMinutes(new Money(seconds).dividedBy(60), rate)); // §三(五)2 据实收取，按分钟折算
}

/**
 * The fee for days of service (minutes per day), §三(五)2: each day under the daily minimum
 * free, then by the profile's billing unit (in Suifenhe prorated by the minute), rounded once
 * over all the days.
 * @example serviceFee([120, 29, 45], "primary") //=> { ok: true, value: 11 }
 */
export function serviceFee(
  days: readonly Decimal.Value[],
  stage: Stage,
  uplift: Decimal.Value = 0,
  profile: Profile = DEFAULT_PROFILE
): Outcome<Money> {
  const rate = hourlyRate(stage, uplift, profile);
  if (!rate.ok) return rate;
  const billing = profile.billing;
  if (billing.unit === "hour") return ok(feeForMinutes(billableMinutes(days, profile), rate.value));
  const counted = days.map((d) => billableMinutesOfDay(d, profile));
  const units =
    billing.unit === "session"
      ? counted.reduce((n, m) => n + wholeSessions(m, billing.sessionMinutes[stage]), 0)
      : counted.filter((m) => m.greaterThan(0)).length; // a day, or a month's days served
  if (billing.unit === "month") return ok(halfUpToFen(units > 0 ? rate.value : 0));
  return ok(halfUpToFen(rate.value.times(units)));
}

/** The whole 课时 in a day's minutes: a part 课时 is not charged. */
export function wholeSessions(minutes: Decimal.Value, sessionMinutes: number): number {
  return new Money(minutes).dividedToIntegerBy(sessionMinutes).toNumber();
}
