import Decimal from "decimal.js";
import { Money, halfUpToFen } from "./money";
import { fail, ok, type Outcome } from "./problem";

/** How much of a month is settled: all, half or none of it. */
export type SettlementTier = "whole" | "half" | "none";

/**
 * The refund tier of a month, §三(五)3(2): nothing attended, a full refund; up to half the
 * scheduled time (half included), half; more than half, none.
 */
export function refundTier(
  attended: Decimal.Value,
  scheduled: Decimal.Value
): Outcome<SettlementTier> {
  const a = new Money(attended);
  const s = new Money(scheduled);
  if (!s.greaterThan(0)) return fail("SCHEDULED_NOT_POSITIVE");
  if (a.isNegative()) return fail("COUNT_NEGATIVE", { what: "attended", value: a.toString() });
  if (a.greaterThan(s))
    return fail("ATTENDED_EXCEEDS_SCHEDULED", { attended: a.toString(), scheduled: s.toString() });
  if (a.isZero()) return ok("whole"); // §三(五)3(2) 整月未上课的全额退费
  if (a.times(2).lessThanOrEqualTo(s)) return ok("half"); // §三(五)3(2) 未满半月（含半月）课时退半费
  return ok("none"); // §三(五)3(2) 超过半月课时、未满一个月课时不退费
}

/**
 * The money of a tier of a month's fee, rounded once half up to the fen: an amount as typed
 * (160.005) is halved first, then rounded (SPEC §7: 80.01, not 80.00 from 160.01 ÷ 2).
 */
export function settle(tier: SettlementTier, monthFee: Money): Money {
  if (tier === "whole") return halfUpToFen(monthFee);
  return tier === "half" ? halfUpToFen(monthFee.dividedBy(2)) : new Money(0);
}

/**
 * The refund of a prepaid month on the family's application (SPEC §6), also for a student
 * who transfers out.
 * @example refund(new Money(160), 10, 20) //=> { ok: true, value: 80 }
 */
export function refund(
  paid: Money,
  attended: Decimal.Value,
  scheduled: Decimal.Value
): Outcome<Money> {
  const tier = refundTier(attended, scheduled);
  return tier.ok ? ok(settle(tier.value, paid)) : tier;
}

/**
 * What a student who joins mid-month pays (§三(五)3(2) 转学学生按整月或半月缴费): half the
 * month when the time left is at most half the scheduled time, else the whole month.
 */
export function transferInFee(
  monthFee: Money,
  remaining: Decimal.Value,
  scheduled: Decimal.Value
): Outcome<Money> {
  const r = new Money(remaining);
  const s = new Money(scheduled);
  if (!s.greaterThan(0)) return fail("SCHEDULED_NOT_POSITIVE");
  if (r.isNegative()) return fail("COUNT_NEGATIVE", { what: "remaining", value: r.toString() });
  if (r.greaterThan(s))
    return fail("ATTENDED_EXCEEDS_SCHEDULED", { attended: r.toString(), scheduled: s.toString() });
  if (r.isZero()) return ok(new Money(0));
  return ok(settle(r.times(2).lessThanOrEqualTo(s) ? "half" : "whole", monthFee));
}
