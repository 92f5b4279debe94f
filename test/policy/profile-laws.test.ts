import fc from "fast-check";
import { hourlyRate } from "../../src/policy/fee";
import { chargeStudentMonth } from "../../src/policy/month-charge";
import type { BillingUnit, Profile, Tier } from "../../src/policy/profile";
import { SUIFENHE_2021 } from "../../src/policy/profiles/suifenhe-2021";
import { settleWaivers, splitWaiver } from "../../src/policy/waiver";
import { readProfileFile } from "../../src/sheets/profile-file";

/** A rate of an hour, 课时 or day: from 10 fen, under which a rate is taken as typed in yuan. */
const fen = fc.integer({ min: 10, max: 20000 });
/** A month's fee or cap: from 1,000 fen (10 元), under which it is taken as typed in yuan. */
const monthFen = fc.integer({ min: 1000, max: 20000 });
const minutes = fc.integer({ min: 1, max: 120 });
const percent = fc.integer({ min: 0, max: 100 });

/** Ordered tiers over a share: ascending bounds, an open last tier. */
const tiers: fc.Arbitrary<Tier[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }), fc.array(percent, { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }))
  .map(([bounds, percents, inclusive]) => [
    ...[...bounds].sort((a, b) => a - b).map((upTo, i) => ({ upTo, inclusive: inclusive[i], percent: percents[i] })),
    { inclusive: false, percent: percents[3] },
  ]); // prettier-ignore

const billing: fc.Arbitrary<BillingUnit> = fc.oneof(
  fc.constant({ unit: "hour" as const }),
  fc
    .tuple(minutes, minutes, minutes)
    .map(([primary, junior, senior]) => ({ unit: "session" as const, sessionMinutes: { primary, junior, senior } })),
  fc.constant({ unit: "day" as const }),
  tiers.map((monthTiers) => ({ unit: "month" as const, monthTiers }))
); // prettier-ignore

/** A valid profile: Suifenhe's shape with random rates, unit, minimum, cap, shares and tiers. */
const profile: fc.Arbitrary<Profile> = fc
  .record({
    rates: fc.record({ primary: fen, junior: fen, senior: fen }),
    billing,
    dailyMinimumMinutes: fc.integer({ min: 0, max: 60 }),
    monthRates: fc.record({ primary: monthFen, junior: monthFen, senior: monthFen }),
    cap: fc.option(monthFen, { nil: undefined }),
    government: percent,
    refund: tiers,
    transfer: tiers,
  })
  .map((r) => ({
    ...SUIFENHE_2021,
    id: "random",
    rates: r.billing.unit === "month" ? r.monthRates : r.rates,
    billing: r.billing,
    dailyMinimumMinutes: r.dailyMinimumMinutes,
    caps: r.cap === undefined ? {} : { perMonthFen: r.cap },
    waiver: {
      shares: [
        { payer: "government" as const, percent: r.government },
        { payer: "school" as const, percent: 100 - r.government },
      ],
    },
    refund: { over: "attendedPercent" as const, tiers: r.refund },
    transfer: { tiers: r.transfer },
  }));

const stage = fc.constantFrom("primary" as const, "junior" as const, "senior" as const);

describe("money laws for any valid profile", () => {
  it("random profiles are valid profile files", () => {
    fc.assert(fc.property(profile, (p) => readProfileFile(JSON.stringify(p), "random.json").ok));
  });

  it("a month's parts add up: payable = gross − waived − refund, none negative, under the cap", () => {
    fc.assert(
      fc.property(
        profile,
        stage,
        fc.array(fc.integer({ min: 0, max: 180 }), { maxLength: 23 }),
        fc.constantFrom("actual" as const, "monthly" as const),
        fc.boolean(),
        fc.boolean(),
        (p, st, days, mode, hardship, refundApplied) => {
          const rate = hourlyRate(st, 0, p);
          if (!rate.ok) return false;
          const schoolDays = Math.max(days.length, 1);
          const c = chargeStudentMonth(
            {
              hardship,
              refundApplied,
              dayMinutes: days,
              stage: st,
              schoolDays,
              scheduledMinutes: schoolDays * 120,
            },
            mode,
            rate.value,
            p
          );
          if (!c.ok) return false;
          const { gross, waived, refund, payable } = c.value;
          const cap = p.caps.perMonthFen;
          return (
            [gross, waived, refund, payable].every((x) => Number.isInteger(x) && x >= 0) &&
            payable === gross - waived - refund &&
            (cap === undefined || gross <= cap)
          );
        }
      )
    );
  });

  it("waiver shares add up to the waived amount, each payer whole fen and not negative", () => {
    fc.assert(
      fc.property(profile, fc.array(fc.integer({ min: 0, max: 50000 }), { maxLength: 30 }), (p, waived) => {
        const total = waived.reduce((s, w) => s + w, 0);
        const split = splitWaiver(total, p);
        const settled = settleWaivers(waived, p);
        return (
          split.government + split.school === total &&
          split.government >= 0 &&
          split.school >= 0 &&
          settled.perStudent.every((s, i) => s.government + s.school === waived[i] && s.school >= 0) &&
          settled.perStudent.reduce((s, x) => s + x.government, 0) === split.government
        );
      })
    ); // prettier-ignore
  });
});
