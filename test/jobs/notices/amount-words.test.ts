import fc from "fast-check";
import { amountInWords } from "../../../src/jobs/notices/amount-words";

describe("amountInWords (金额大写)", () => {
  it.each([
    [0, "零元整"],
    [5, "伍分"],
    [50, "伍角"],
    [1000, "壹拾元整"],
    [1005, "壹拾元零伍分"],
    [16000, "壹佰陆拾元整"],
    [16050, "壹佰陆拾元伍角"],
    [10000010, "壹拾万元壹角"],
    [100000100, "壹佰万零壹元整"],
    [2000000000, "贰仟万元整"],
    [10010000, "壹拾万零壹佰元整"],
    [1640902, "壹万陆仟肆佰零玖元零贰分"],
  ])("writes %i fen as %s", (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it("refuses what is not a whole number of fen", () => {
    expect(() => amountInWords(0.5)).toThrow();
    expect(() => amountInWords(-1)).toThrow();
  });

  it("ends with 整 exactly when there is no 角 or 分, and names 分 only when there are fen (seed 15)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        const words = amountInWords(fen);
        expect(words.endsWith("整")).toBe(fen % 100 === 0);
        expect(words.includes("分")).toBe(fen % 10 !== 0);
        expect(words.includes("角")).toBe(Math.floor(fen / 10) % 10 !== 0);
        expect(words).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
      }),
      { seed: 15, numRuns: 2000 }
    );
  });
});
