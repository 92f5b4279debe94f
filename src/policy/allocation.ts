import { Money, ZERO, halfUpToFen, toFen } from "./money";

/**
 * Splits a whole-fen total over parts in proportion to their weights, giving the leftover
 * fen by largest remainder so the parts always add up to the total exactly.
 * Ties go to the earlier part. Weights must be ≥ 0; all-zero weights give all zeros
 * (and then the total must be zero).
 * @example allocateByLargestRemainder(new Money("0.05"), [1, 1]) //=> [0.03, 0.02]
 */
export function allocateByLargestRemainder(total: Money, weights: readonly Money[]): Money[] {
  const totalFen = toFen(halfUpToFen(total));
  const weightSum = weights.reduce<Money>((s, w) => s.plus(w), ZERO);
  if (weights.some((w) => w.isNegative())) throw new Error("negative weight");
  if (weightSum.isZero()) {
    if (totalFen !== 0) throw new Error("cannot allocate a non-zero total over zero weights");
    return weights.map(() => ZERO);
  }
  const exact = weights.map((w) => w.times(totalFen).dividedBy(weightSum));
  const floors = exact.map((e) => e.floor().toNumber());
  let leftover = totalFen - floors.reduce((s, f) => s + f, 0);
  const order = exact
    .map((e, index) => ({ index, remainder: e.minus(e.floor()) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const { index } of order) {
    if (leftover <= 0) break;
    floors[index] += 1;
    leftover -= 1;
  }
  return floors.map((fen) => new Money(fen).dividedBy(100));
}
