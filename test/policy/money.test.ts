import fc from "fast-check";
import { allocateFen } from "../../src/policy/allocation";
import { fenOf, fenText, sumFen } from "../../src/policy/fen";
import { Money, halfUpToFen, yuanText } from "../../src/policy/money";

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

describe("allocateFen", () => {
  it("gives the leftover fen to the largest remainders", () => {
    expect(allocateFen(5, [1, 1])).toEqual([3, 2]);
    expect(allocateFen(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
  it("splits in proportion to the weights", () =>
    expect(allocateFen(1000, [1, 3])).toEqual([250, 750]));
  it("gives zero to zero weights, and zeros for a zero total", () => {
    expect(allocateFen(7, [0, 2, 0, 5])).toEqual([0, 2, 0, 5]);
    expect(allocateFen(0, [0, 0])).toEqual([0, 0]);
  });
  it("refuses fractions of a fen and negative weights", () => {
    expect(() => allocateFen(1.5, [1])).toThrow();
    expect(() => allocateFen(1, [-1, 2])).toThrow();
  });
  it("stays exact past 2^53 products", () => {
    const parts = allocateFen(9_000_000_000_000, [3_000_000_001, 3_000_000_001, 3_000_000_001]);
    expect(sumFen(parts)).toBe(9_000_000_000_000);
  });
  it("always adds up to the total, to the fen (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocateFen(total, weights);
          expect(sumFen(parts)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            if (weights[i] === 0) expect(p).toBe(0);
          });
        }
      )
    );
  });
  it("gives what largest remainder in exact integers gives, small products or past 2^53 (property)", () => {
    // The rule in BigInt throughout: quotient, remainder, the leftover to the largest, ties earlier.
    const reference = (total: number, weights: number[]): number[] => {
      const sum = BigInt(weights.reduce((s, w) => s + w, 0));
      const exact = weights.map((w) => BigInt(total) * BigInt(w));
      const parts = exact.map((p) => Number(p / sum));
      const left = total - parts.reduce((s, p) => s + p, 0);
      const order = weights
        .map((w, i) => ({ i, r: exact[i] % sum, w }))
        .filter((x) => x.w > 0)
        .sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
      for (let k = 0; k < left; k++) parts[order[k].i] += 1;
      return parts;
    };
    const size = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 2 ** 40 }));
    fc.assert(
      fc.property(size, fc.array(size, { minLength: 1, maxLength: 12 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        expect(allocateFen(total, weights)).toEqual(reference(total, weights));
      }),
      { numRuns: 500 }
    );
  });
  it("does not mutate its input", () => {
    const weights = [2, 1];
    allocateFen(100, weights);
    expect(weights).toEqual([2, 1]);
  });
});

describe("fen", () => {
  it("prints fen as yuan text", () => {
    expect([fenText(1230), fenText(5), fenText(0), fenText(-250), fenText(100000001)]).toEqual([
      "12.30",
      "0.05",
      "0.00",
      "-2.50",
      "1000000.01",
    ]);
  });
  it("turns a rounded amount into fen and refuses a fraction of a fen", () => {
    expect(fenOf(new Money("6.67"))).toBe(667);
    expect(() => fenOf(new Money("6.675"))).toThrow();
  });
});
