import Decimal from "decimal.js";
import { Money, halfUpToFen } from "./money";
import { fail, ok, type Outcome } from "./problem";
import type { Profile, Tier } from "./profile";
import { percentFraction, tierOfCount, tierOfShare } from "./profile-rules";
import { DEFAULT_PROFILE } from "./profiles";

/** How much of a month is settled: all, half or none of it (Suifenhe's tiers). */
export type SettlementTier = "whole" | "half" | "none";

/** A tier's percent as Suifenhe's names for it; any other percent is settled as its number. */
function tierName(percent: number): SettlementTier | number {
  return percent === 100 ? "whole" : percent === 50 ? "half" : percent === 0 ? "none" : percent;
}

/**
 * The refund tier of a month over the attended share of the scheduled time, by the
 * profile's ordered tiers (§三(五)3(2) in Suifenhe: nothing attended, a full refund; up to
 * half the scheduled time, half included, half; more than half, none). A tier of another
 * city's percent is given as that percent.
 */
export function refundTier(
  attended: Decimal.Value,
  scheduled: Decimal.Value,
  profile: Profile = DEFAULT_PROFILE
): Outcome<SettlementTier | number> {
  const a = new Money(attended);
  const s = new Money(scheduled);
  if (!s.greaterThan(0)) return fail("SCHEDULED_NOT_POSITIVE");
  if (a.isNegative()) return fail("COUNT_NEGATIVE", { what: "attended", value: a.toString() });
  if (a.greaterThan(s))
    return fail("ATTENDED_EXCEEDS_SCHEDULED", { attended: a.toString(), scheduled: s.toString() });
  // §三(五)3(2) 整月未上课的全额退费；未满半月（含半月）课时退半费；超过半月课时不退费
  return ok(tierName(tierOfShare(refundTiers(profile), a, s).percent));
}

/** The refund tiers over the attended share; a city refunding by absence has none over it. */
function refundTiers(profile: Profile): readonly Tier[] {
  return profile.refund.over === "attendedPercent" ? profile.refund.tiers : [];
}

/**
 * The money of a tier of a month's fee, rounded once half up to the fen: an amount as typed
 * (160.005) is halved first, then rounded (SPEC §7: 80.01, not 80.00 from 160.01 ÷ 2).
 */
export function settle(tier: SettlementTier | number, monthFee: Money): Money {
  if (tier === "whole") return halfUpToFen(monthFee);
  if (tier === "half") return halfUpToFen(monthFee.dividedBy(2));
  if (tier === "none") return new Money(0);
  return halfUpToFen(monthFee.times(percentFraction(tier)));
}

/**
 * The refund of a prepaid month on the family's application (SPEC §6), also for a student
 * who transfers out.
 * @example refund(new Money(160), 10, 20) //=> { ok: true, value: 80 }
 */
export function refund(
  paid: Money,
  attended: Decimal.Value,
  scheduled: Decimal.Value,
  profile: Profile = DEFAULT_PROFILE
): Outcome<Money> {
  const tier = refundTier(attended, scheduled, profile);
  return tier.ok ? ok(settle(tier.value, paid)) : tier;
}

/**
 * What a student who joins mid-month pays, by the profile's tiers over the share of the
 * month left (§三(五)3(2) 转学学生按整月或半月缴费: half the month when the time left is at
 * most half the scheduled time, else the whole month).
 */
export function transferInFee(
  monthFee: Money,
  remaining: Decimal.Value,
  scheduled: Decimal.Value,
  profile: Profile = DEFAULT_PROFILE
): Outcome<Money> {
  const r = new Money(remaining);
  const s = new Money(scheduled);
  if (!s.greaterThan(0)) return fail("SCHEDULED_NOT_POSITIVE");
  if (r.isNegative()) return fail("COUNT_NEGATIVE", { what: "remaining", value: r.toString() });
  if (r.greaterThan(s))
    return fail("ATTENDED_EXCEEDS_SCHEDULED", { attended: r.toString(), scheduled: s.toString() });
  return ok(settle(tierName(tierOfShare(profile.transfer.tiers, r, s).percent), monthFee));
}

/**
 * The refund of a prepaid month for a profile that refunds by the longest run of school days
 * absent in a row (e.g. a week or more of sick leave), by its ordered tiers over the days.
 */
export function refundByAbsence(
  paid: Money,
  consecutiveAbsentDays: number,
  profile: Profile = DEFAULT_PROFILE
): Money {
  const tiers = profile.refund.over === "consecutiveAbsentDays" ? profile.refund.tiers : [];
  return settle(tierName(tierOfCount(tiers, consecutiveAbsentDays).percent), paid);
}

/**
 * The percent of a prepaid month refunded when the student attended none of it (§三(五)3(2)
 * 整月未上课的全额退费 in Suifenhe): the tier of nothing attended, or of the month's school
 * days all absent in a row for a profile refunding by absence.
 */
export function wholeMonthAbsentPercent(profile: Profile, schoolDays: number): number {
  return profile.refund.over === "attendedPercent"
    ? tierOfShare(profile.refund.tiers, 0, 1).percent
    : tierOfCount(profile.refund.tiers, schoolDays).percent;
}
