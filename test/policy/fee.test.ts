import fc from "fast-check";
import {
  billableMinutesOfDay,
  feeFenForSeconds,
  feeFenForSecondsByDecimal,
  hourlyRate,
  serviceFee,
} from "../../src/policy/fee";
import { Money, yuanText } from "../../src/policy/money";

function fee(
  days: number[],
  stage: "primary" | "junior" | "senior" = "primary",
  uplift: string | number = 0
) {
  const r = serviceFee(days, stage, uplift);
  return r.ok ? yuanText(r.value) : r.problem.code;
}

describe("serviceFee (§三(五)2)", () => {
  it("charges 4 yuan an hour, prorated by the minute", () => {
    expect(fee([120])).toBe("8.00");
    expect(fee([100])).toBe("6.67");
    expect(fee([90])).toBe("6.00");
  });
  it("does not charge a day under 30 minutes", () => {
    expect(fee([29])).toBe("0.00");
    expect(fee([29.99])).toBe("0.00");
  });
  it("charges a day of 30 minutes or more for all its minutes, not minus 30", () => {
    expect(fee([30])).toBe("2.00");
    expect(fee([31])).toBe("2.07");
  });
  it("rounds once over the days, not per day", () => {
    // 10 days of 100 minutes: 66.666… → 66.67; per-day rounding would give 66.70
    expect(fee(Array(10).fill(100))).toBe("66.67");
    expect(fee([120, 29, 45])).toBe("11.00");
  });
  it("rounds a half fen up", () => {
    // 4 × 97.5 / 60 = 6.5 exactly; 4 × 0.075 / 60 … use 4.4 × m / 60 = x.xx5
    expect(fee([97.5])).toBe("6.50");
    expect(fee([60.75])).toBe("4.05"); // 4.05 exactly
    expect(fee([30.075])).toBe("2.01"); // 2.005 → 2.01
  });
  it("lets senior float up to 10%, not more", () => {
    expect(fee([120], "senior", "0.1")).toBe("8.80");
    expect(fee([120], "senior", 0.1)).toBe("8.80");
    expect(fee([120], "senior", "0.11")).toBe("UPLIFT_TOO_HIGH");
    expect(fee([120], "senior", "0.05")).toBe("8.40");
    expect(fee([120], "senior", -0.01)).toBe("UPLIFT_NEGATIVE");
  });
  it("refuses an uplift outside senior", () => {
    expect(fee([120], "primary", 0.1)).toBe("UPLIFT_NOT_SENIOR");
    expect(fee([120], "junior", 0.05)).toBe("UPLIFT_NOT_SENIOR");
  });
  it("reads a float 10% that formulas produce (1.1-1) as 10%", () => {
    expect(fee([120], "senior", 1.1 - 1)).toBe("8.80");
  });
  it("keeps the senior rate exact", () => {
    const r = hourlyRate("senior", 0.1);
    expect(r.ok && r.value.toString()).toBe("4.4");
  });
});

describe("fee laws (properties)", () => {
  const day = fc.integer({ min: 0, max: 300 });
  it("the fee of a range equals the fee of its summed billable minutes", () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 31 }), (days) => {
        const summed = days.reduce((s, d) => s + billableMinutesOfDay(d).toNumber(), 0);
        expect(fee(days)).toBe(fee([summed]));
      })
    );
  });
  it("never charges for days all under 30 minutes", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 29 }), { maxLength: 31 }), (days) =>
        expect(fee(days)).toBe("0.00")
      )
    );
  });
  it("a senior fee with uplift is never more than 1.1 × the base fee, rounded", () => {
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 23 }),
        fc.integer({ min: 0, max: 10 }),
        (days, pct) => {
          const base = new Money(fee(days, "senior"));
          const up = new Money(fee(days, "senior", pct / 100));
          expect(up.lessThanOrEqualTo(base.times(1.1).plus("0.01"))).toBe(true);
          expect(up.greaterThanOrEqualTo(base)).toBe(true);
        }
      )
    );
  });
});

describe("the fee in fen by integers (fast path) agrees with the decimal path", () => {
  const rateOf = (uplift: string) => {
    const r = hourlyRate("senior", uplift);
    if (!r.ok) throw new Error(uplift);
    return r.value;
  };
  it("at whole-fen rates, fractions of a fen and huge times", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }), // uplift in ten-thousandths: 4.00 … 4.40 a hour
        fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 2 ** 45 })),
        (tenThousandths, seconds) => {
          const rate = rateOf(String(tenThousandths / 10000));
          expect(feeFenForSeconds(seconds, rate)).toBe(feeFenForSecondsByDecimal(seconds, rate));
        }
      )
    );
  });
  it("on every exact half fen, where the decimal path's rounding decides", () => {
    // rate × seconds / 3600 = k + ½ fen: 4.05 × 200 s, 4.40 × 45 s, 4.32 × 125 s …
    let halves = 0;
    for (let fen = 400; fen <= 440; fen++) {
      const rate = rateOf(String((fen - 400) / 400));
      for (let k = 0; k < 2000; k++) {
        const twice = 3600 * (2 * k + 1);
        if (twice % (2 * fen) !== 0) continue;
        halves++;
        const seconds = twice / (2 * fen);
        expect(feeFenForSeconds(seconds, rate)).toBe(feeFenForSecondsByDecimal(seconds, rate));
      }
    }
    expect(halves).toBeGreaterThan(100);
  });
  it("at rates with a fraction of a fen (taken by the decimal path)", () => {
    const rate = rateOf("0.0537");
    for (const seconds of [0, 1, 59, 3600, 7777, 123456])
      expect(feeFenForSeconds(seconds, rate)).toBe(feeFenForSecondsByDecimal(seconds, rate));
  });
});
