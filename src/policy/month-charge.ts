import Decimal from "decimal.js";
import { feeFenForSeconds, feeForMinutes } from "./fee";
import { fenOf, type Fen } from "./fen";
import { Money } from "./money";
import { ok, type Outcome } from "./problem";
import type { Profile } from "./profile";
import { DEFAULT_PROFILE } from "./profiles";
import { refund, refundByAbsence, transferInFee } from "./refund";
import type { Stage } from "./stage";
import { capFen, capYuan, unitFeeFen, UnitCount } from "./billing-unit";

/** How a month is charged (SPEC §4). */
export type ChargeMode = "actual" | "monthly";

/** One student's month, as the charge needs it. */
export interface StudentMonth {
  readonly hardship: boolean;
  readonly refundApplied: boolean;
  /**
   * Minutes attended on each chargeable day (days dropped for enrollment left out, or 0: a day
   * of no minutes is no day).
   */
  readonly dayMinutes: readonly number[];
  /** In monthly mode: the scheduled service minutes of the month (school days × standard session). */
  readonly scheduledMinutes?: number;
  /** In monthly mode, for a student who joined mid-month: the scheduled minutes from joining on. */
  readonly joinedWithMinutesLeft?: number;
  /** In monthly mode: the student left during the month (transfer or withdrawal), settled as a refund. */
  readonly leftDuringMonth?: boolean;
  /** The student's stage, for a profile billing whole 课时 of a stage's minutes. */
  readonly stage?: Stage;
  /** The month's school days, for a profile billing by the month. */
  readonly schoolDays?: number;
  /** The longest run of school days absent in a row, for a profile refunding by absence. */
  readonly longestAbsence?: number;
}

/** One student's month: time in minutes, money in whole fen. */
export interface StudentCharge {
  readonly days: number;
  readonly minutes: number;
  readonly billableMinutes: number;
  readonly gross: Fen;
  readonly waived: Fen;
  readonly refund: Fen;
  readonly payable: Fen;
  /** What a profile billing other than by the hour counted: whole 课时, days, the month's school days. */
  readonly billed?: BilledUnits;
}

/** The units a month was billed in, for a notice to show 课时 or days, not minutes. */
export interface BilledUnits {
  /** Whole 课时 served (a session profile). */
  readonly sessions: number;
  /** Days served at or above the daily minimum. */
  readonly days: number;
  /** The month's school days, for a profile billing by the month. */
  readonly schoolDays?: number;
}

/**
 * The month's charge of a student at an hourly rate (`hourlyRate`, §三(五)2).
 * `actual` (据实收取): the fee of the month's billable minutes, rounded once.
 * `monthly` (按月收取): the fee of the scheduled minutes, paid up front, less the refund
 * where the family applied or the student left (§三(五)3(2)). A hardship student is waived
 * what a paying family would pay: the gross less the refund the tiers give (SPEC §5).
 */
export function chargeStudentMonth(
  s: StudentMonth,
  mode: ChargeMode,
  rate: Money,
  profile: Profile = DEFAULT_PROFILE
): Outcome<StudentCharge> {
  // §三(五)2 当天低于30分钟的不得收费, in millionths of a minute (SPEC §7).
  const minimumMillionths = profile.dailyMinimumMinutes * 1e6;
  // Units are counted only for a profile billing other than by the hour.
  const units =
    profile.billing.unit === "hour" ? undefined : new UnitCount(profile.billing, s.stage);
  // Minutes carry seconds as fractions (17:30:20); summing whole seconds keeps the sums exact.
  let seconds = 0;
  let billableSeconds = 0;
  let days = 0;
  for (const m of s.dayMinutes) {
    const sec = Math.round(m * 60);
    if (sec <= 0) continue;
    days++;
    seconds += sec;
    // §三(五)2 当天低于30分钟的不得收费, the minutes read to a millionth as SERVICEFEE reads them (SPEC §7).
    if (Math.round(m * 1e6) >= minimumMillionths) {
      billableSeconds += sec;
      units?.addDay(m);
    }
  }
  let grossFen: Fen;
  let refundFen: Fen = 0;
  if (mode === "actual") {
    grossFen =
      profile.billing.unit === "hour"
        ? feeFenForSeconds(billableSeconds, rate) // §三(五)2 据实收取，按分钟折算
        : unitFeeFen(units!, rate, s.schoolDays);
    grossFen = capFen(grossFen, profile);
  } else {
    const scheduled = s.scheduledMinutes ?? 0;
    let gross = capYuan(
      profile.billing.unit === "hour"
        ? feeForMinutes(scheduled, rate) // §三(五)3(2) 按月收取
        : units!.scheduledFee(scheduled, rate, s.schoolDays),
      profile
    );
    let back = new Money(0);
    if (s.joinedWithMinutesLeft !== undefined && scheduled > 0) {
      const joined = transferInFee(
        gross,
        Math.min(s.joinedWithMinutesLeft, scheduled),
        scheduled,
        profile
      ); // §三(五)3(2) 转学按整月或半月缴费
      if (!joined.ok) return joined;
      gross = joined.value;
    }
    if ((s.refundApplied || s.leftDuringMonth) && scheduled > 0) {
      // SPEC §6: a day under 30 minutes may not be charged (§三(五)2), so it is not attended time either.
      const attended = Decimal.min(new Money(billableSeconds).dividedBy(60), scheduled);
      const r =
        profile.refund.over === "consecutiveAbsentDays"
          ? ok(refundByAbsence(gross, s.longestAbsence ?? 0, profile))
          : refund(gross, attended, scheduled, profile);
      if (!r.ok) return r;
      back = r.value;
    }
    if (profile.billing.unit === "month" && scheduled > 0) {
      // A monthly fee's tiers set the fee itself (e.g. half under half the workdays), as in
      // 据实收取: what was paid up front above it goes back, applied for or not; the larger
      // of that and the refund the refund tiers give, so the month is not reduced twice.
      const owed = new Money(capFen(unitFeeFen(units!, rate, s.schoolDays), profile)).dividedBy(
        100
      );
      if (gross.minus(owed).greaterThan(back)) back = gross.minus(owed);
    }
    grossFen = fenOf(gross);
    refundFen = fenOf(back);
  }
  // §三(五)2 家庭经济困难学生免收费: the fee of the service taken part in, after the refund tiers.
  const waived = s.hardship ? grossFen - refundFen : 0;
  return ok({
    days,
    minutes: seconds / 60,
    billableMinutes: billableSeconds / 60,
    gross: grossFen,
    waived,
    refund: refundFen,
    payable: grossFen - waived - refundFen,
    billed: units
      ? { sessions: units.sessions, days: units.days, schoolDays: s.schoolDays }
      : undefined,
  });
}
