import type { Fen } from "./fen";

/**
 * Splits a total in fen over parts in proportion to their weights, giving the leftover fen
 * by largest remainder so the parts always add up to the total exactly. Ties go to the
 * earlier part; zero weights get zero. All-zero weights need a zero total.
 * @example allocateFen(5, [1, 1]) //=> [3, 2]
 */
export function allocateFen(total: Fen, weights: readonly Fen[]): Fen[] {
  if (!Number.isInteger(total) || weights.some((w) => !Number.isInteger(w) || w < 0))
    throw new Error("allocate needs whole, non-negative fen");
  const weightSum = BigInt(weights.reduce((s, w) => s + w, 0));
  if (weightSum === 0n) {
    if (total !== 0) throw new Error("cannot allocate a non-zero total over zero weights");
    return weights.map(() => 0);
  }
  const parts = weights.map(() => 0);
  const remainders: { index: number; remainder: bigint }[] = [];
  let given = 0;
  weights.forEach((w, index) => {
    if (w === 0) return;
    const product = BigInt(total) * BigInt(w); // exact whatever the sizes
    parts[index] = Number(product / weightSum);
    given += parts[index];
    remainders.push({ index, remainder: product % weightSum });
  });
  remainders.sort((a, b) =>
    b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index
  );
  for (let i = 0; i < total - given; i++) parts[remainders[i].index] += 1;
  return parts;
}
