import fc from "fast-check";
import { sumFen } from "../../src/policy/fen";
import { Money, yuanText } from "../../src/policy/money";
import { refund, refundTier, transferInFee } from "../../src/policy/refund";
import { settleWaivers, splitWaiver } from "../../src/policy/waiver";

const money = (fen: number) => new Money(fen).dividedBy(100);

describe("splitWaiver (§三(五)2 免收费额度的50%由市政府统筹解决)", () => {
  it("gives the government half and the school the rest", () => {
    expect(splitWaiver(10000)).toEqual({ government: 5000, school: 5000 });
  });
  it("rounds the government's half up at a half fen, the school taking the rest", () => {
    expect(splitWaiver(5)).toEqual({ government: 3, school: 2 });
    expect(splitWaiver(1)).toEqual({ government: 1, school: 0 });
  });
  it("always adds up to the waived amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (fen) => {
        const s = splitWaiver(fen);
        expect(s.government + s.school).toBe(fen);
        expect(s.government - s.school).toBeLessThanOrEqual(1);
      })
    );
  });
});

describe("settleWaivers (SPEC §5 settled on the school's total)", () => {
  it("splits the total, not each student, and allocates back by largest remainder", () => {
    // three students each waived 0.05: per student the government would pay 3 × 0.03 = 0.09,
    // on the total 0.15 it pays 0.08
    const { total, perStudent } = settleWaivers([5, 5, 5]);
    expect(total.government).toBe(8);
    expect(perStudent.map((p) => p.government)).toEqual([3, 3, 2]);
  });
  it("adds up per student and in total (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 60 }), (waived) => {
        const { total, perStudent } = settleWaivers(waived);
        expect(sumFen(perStudent.map((p) => p.government))).toBe(total.government);
        expect(sumFen(perStudent.map((p) => p.school))).toBe(total.school);
        perStudent.forEach((p, i) => expect(p.government + p.school).toBe(waived[i]));
        expect(total.government + total.school).toBe(sumFen(waived));
      })
    );
  });
});

describe("refund (§三(五)3(2))", () => {
  const r = (paid: string | number, a: number, s: number) => {
    const out = refund(new Money(paid), a, s);
    return out.ok ? yuanText(out.value) : out.problem.code;
  };
  it("refunds in full when nothing was attended", () => expect(r(160, 0, 20)).toBe("160.00"));
  it("refunds half up to half the sessions, half included", () => {
    expect(r(160, 1, 20)).toBe("80.00");
    expect(r(160, 10, 20)).toBe("80.00");
  });
  it("refunds nothing past half", () => {
    expect(r(160, 11, 20)).toBe("0.00");
    expect(r(160, 20, 20)).toBe("0.00");
  });
  it("treats half of an odd count exactly", () => {
    expect(r(100, 10, 21)).toBe("50.00");
    expect(r(100, 10.5, 21)).toBe("50.00");
    expect(r(100, 11, 21)).toBe("0.00");
  });
  it("rounds half a fen up", () => expect(r("0.05", 1, 2)).toBe("0.03"));
  it("refuses impossible counts", () => {
    expect(r(160, 21, 20)).toBe("ATTENDED_EXCEEDS_SCHEDULED");
    expect(r(160, -1, 20)).toBe("COUNT_NEGATIVE");
    expect(r(160, 0, 0)).toBe("SCHEDULED_NOT_POSITIVE");
  });
  it("names the tier", () => {
    const t = refundTier(5, 10);
    expect(t.ok && t.value).toBe("half");
  });
  it("never refunds more than was paid (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(60),
        (fen, s, a) => {
          fc.pre(a <= s);
          const out = refund(money(fen), a, s);
          expect(out.ok && out.value.lessThanOrEqualTo(money(fen))).toBe(true);
        }
      )
    );
  });
});

describe("transferInFee (按整月或半月缴费)", () => {
  const t = (left: number, s: number) => {
    const out = transferInFee(new Money(160), left, s);
    return out.ok ? yuanText(out.value) : out.problem.code;
  };
  it("charges half a month when at most half the sessions are left", () => {
    expect(t(10, 20)).toBe("80.00");
    expect(t(3, 20)).toBe("80.00");
  });
  it("charges the whole month when more than half are left", () =>
    expect(t(11, 20)).toBe("160.00"));
  it("charges nothing when no session is left", () => expect(t(0, 20)).toBe("0.00"));
  it("refuses more sessions left than scheduled", () =>
    expect(t(21, 20)).toBe("ATTENDED_EXCEEDS_SCHEDULED"));
});
