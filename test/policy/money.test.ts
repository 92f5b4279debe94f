import fc from "fast-check";
import { allocateByLargestRemainder } from "../../src/policy/allocation";
import { Money, halfUpToFen, sumMoney, toFen, yuanText } from "../../src/policy/money";

describe("halfUpToFen", () => {
  it("rounds half a fen up (四舍五入)", () => {
    expect(yuanText(halfUpToFen("6.665"))).toBe("6.67");
    expect(yuanText(halfUpToFen("0.005"))).toBe("0.01");
  });
  it("rounds just under half a fen down", () => {
    expect(yuanText(halfUpToFen("6.66499999"))).toBe("6.66");
    expect(yuanText(halfUpToFen("0.0049"))).toBe("0.00");
  });
  it("keeps exact decimals exact, unlike binary floats", () => {
    expect(yuanText(halfUpToFen(new Money("0.1").plus("0.2")))).toBe("0.30");
    expect(new Money("1.005").toDecimalPlaces(2).toFixed(2)).toBe("1.01");
  });
});

describe("allocateByLargestRemainder", () => {
  it("gives the leftover fen to the largest remainders", () => {
    const parts = allocateByLargestRemainder(new Money("0.05"), [new Money(1), new Money(1)]);
    expect(parts.map(yuanText)).toEqual(["0.03", "0.02"]);
  });
  it("splits in proportion to the weights", () => {
    const parts = allocateByLargestRemainder(new Money("10.00"), [new Money(1), new Money(3)]);
    expect(parts.map(yuanText)).toEqual(["2.50", "7.50"]);
  });
  it("gives zeros for zero weights and a zero total", () => {
    expect(
      allocateByLargestRemainder(new Money(0), [new Money(0), new Money(0)]).map(yuanText)
    ).toEqual(["0.00", "0.00"]);
  });
  it("always adds up to the total, to the fen (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
        (totalFen, weightFen) => {
          fc.pre(weightFen.some((w) => w > 0));
          const total = new Money(totalFen).dividedBy(100);
          const parts = allocateByLargestRemainder(
            total,
            weightFen.map((w) => new Money(w))
          );
          expect(sumMoney(parts).equals(total)).toBe(true);
          parts.forEach((p) => expect(() => toFen(p)).not.toThrow());
          parts.forEach((p, i) => weightFen[i] === 0 && expect(p.isZero()).toBe(true));
        }
      )
    );
  });
  it("does not mutate its input", () => {
    const weights = [new Money(2), new Money(1)];
    const copy = weights.map((w) => w.toString());
    allocateByLargestRemainder(new Money("1.00"), weights);
    expect(weights.map((w) => w.toString())).toEqual(copy);
  });
});
