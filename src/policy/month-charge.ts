import Decimal from "decimal.js";
import { billableMinutes, feeForMinutes, hourlyRate } from "./fee";
import { Money, ZERO } from "./money";
import { ok, type Outcome } from "./problem";
import { refund, transferInFee } from "./refund";
import type { Stage } from "./stage";

/** How a month is charged (SPEC §4). */
export type ChargeMode = "actual" | "monthly";

/** One student's month, as the charge needs it. */
export interface StudentMonth {
  readonly stage: Stage;
  readonly hardship: boolean;
  readonly refundApplied: boolean;
  /** Minutes attended on each chargeable day (days dropped for enrollment already left out). */
  readonly dayMinutes: readonly number[];
  /** In monthly mode: the scheduled service minutes of the month (school days × standard session). */
  readonly scheduledMinutes?: number;
  /** In monthly mode, for a student who joined mid-month: the scheduled minutes from joining on. */
  readonly joinedWithMinutesLeft?: number;
  /** In monthly mode: the student left during the month (transfer or withdrawal), settled as a refund. */
  readonly leftDuringMonth?: boolean;
}

/** One student's money for the month, exact to the fen. */
export interface StudentCharge {
  readonly days: number;
  readonly minutes: Money;
  readonly billableMinutes: Money;
  readonly gross: Money;
  readonly waived: Money;
  readonly refund: Money;
  readonly payable: Money;
}

/**
 * The month's charge of a student (§三(五)2, §三(五)3(2)). `actual`: the fee of the month's
 * billable minutes. `monthly`: the fee of the scheduled minutes, paid up front, less the
 * refund where the family applied. A hardship student's charge is waived whole.
 */
export function chargeStudentMonth(
  s: StudentMonth,
  mode: ChargeMode,
  uplift: Decimal.Value
): Outcome<StudentCharge> {
  const rate = hourlyRate(s.stage, uplift);
  if (!rate.ok) return rate;
  const served = s.dayMinutes.filter((m) => m > 0);
  const minutes = served.reduce<Money>((t, m) => t.plus(m), ZERO);
  const billable = billableMinutes(served);
  let gross: Money;
  let back = ZERO;
  if (mode === "actual") {
    gross = feeForMinutes(billable, rate.value); // §三(五)2 据实收取
  } else {
    const scheduled = s.scheduledMinutes ?? 0;
    gross = feeForMinutes(scheduled, rate.value); // §三(五)3(2) 按月收取
    if (s.joinedWithMinutesLeft !== undefined && scheduled > 0) {
      const joined = transferInFee(
        gross,
        Decimal.min(s.joinedWithMinutesLeft, scheduled),
        scheduled
      ); // §三(五)3(2) 转学按整月或半月缴费
      if (!joined.ok) return joined;
      gross = joined.value;
    }
    if ((s.refundApplied || s.leftDuringMonth) && !s.hardship && scheduled > 0) {
      const r = refund(gross, Decimal.min(minutes, scheduled), scheduled); // every attended minute counts (SPEC §6)
      if (!r.ok) return r;
      back = r.value;
    }
  }
  const waived = s.hardship ? gross : ZERO; // §三(五)2 家庭经济困难学生免收费
  return ok({
    days: served.length,
    minutes,
    billableMinutes: billable,
    gross,
    waived,
    refund: back,
    payable: gross.minus(waived).minus(back),
  });
}
