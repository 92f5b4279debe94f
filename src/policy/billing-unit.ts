import { fenOf, type Fen } from "./fen";
import { halfUpToFen, Money } from "./money";
import type { BillingUnit, Profile } from "./profile";
import { percentFraction, tierOfShare } from "./profile-rules";
import type { Stage } from "./stage";

/** The units a month's billable days add up to, for a profile that bills other than by the hour. */
export class UnitCount {
  /** Billable days served. */
  days = 0;
  /** Whole 课时 served. */
  sessions = 0;
  private readonly sessionMillionths?: number;

  constructor(
    readonly billing: BillingUnit,
    stage?: Stage
  ) {
    if (billing.unit === "session" && stage)
      this.sessionMillionths = billing.sessionMinutes[stage] * 1e6;
  }

  /** Counts a billable day of `minutes`: a day, and its whole 课时 (a part 课时 is not charged). */
  addDay(minutes: number): void {
    this.days++;
    if (this.sessionMillionths)
      // Read to a millionth of a minute, as the daily minimum is (SPEC §7).
      this.sessions += Math.floor(Math.round(minutes * 1e6) / this.sessionMillionths);
  }

  /** The units of the scheduled minutes of a prepaid month (whole 课时 for a session profile). */
  scheduledFee(scheduledMinutes: number, rate: Money, schoolDays?: number): Money {
    const b = this.billing;
    if (b.unit === "session")
      return this.sessionMillionths
        ? halfUpToFen(rate.times(Math.floor((scheduledMinutes * 1e6) / this.sessionMillionths)))
        : new Money(0);
    if (b.unit === "day") return halfUpToFen(rate.times(schoolDays ?? 0));
    return halfUpToFen(rate); // a month's fee; the hour is `feeForMinutes`
  }
}

/**
 * The fee of the units served, rounded once, half up: rate × whole 课时 or × days; for a
 * monthly fee, the tier of the share of the month's school days attended (e.g. half the fee
 * under half the workdays).
 */
export function unitFeeFen(units: UnitCount, rate: Money, schoolDays?: number): Fen {
  const b = units.billing;
  if (b.unit === "session") return fenOf(halfUpToFen(rate.times(units.sessions)));
  if (b.unit === "day") return fenOf(halfUpToFen(rate.times(units.days)));
  if (b.unit === "month") {
    if (units.days === 0) return 0;
    const share =
      schoolDays && schoolDays > 0
        ? tierOfShare(b.monthTiers, units.days, schoolDays).percent
        : 100;
    return fenOf(halfUpToFen(rate.times(percentFraction(share))));
  }
  throw new Error("the hour is billed by feeFenForSeconds");
}

/** A month's fee held to the profile's monthly cap, where it has one. */
export function capFen(fee: Fen, profile: Profile): Fen {
  const cap = profile.caps.perMonthFen;
  return cap !== undefined && fee > cap ? cap : fee;
}

/** `capFen` for an amount in yuan. */
export function capYuan(fee: Money, profile: Profile): Money {
  const cap = profile.caps.perMonthFen;
  return cap !== undefined && fee.greaterThan(new Money(cap).dividedBy(100))
    ? new Money(cap).dividedBy(100)
    : fee;
}
