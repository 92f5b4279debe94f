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
  // Pushed into a literal, so every call's parts are one packed array kind: `map` gave a holey
  // or a packed array as V8 had optimised it or not, and the loops storing into them (and the
  // charge reading the shares) were deoptimised at each switch.
  const parts: Fen[] = [];
  for (let i = 0; i < weights.length; i++) parts.push(0);
  let largest = 0;
  for (const w of weights) if (w > largest) largest = w;
  if (Number.isSafeInteger(Math.abs(total) * largest) && Number.isSafeInteger(Number(weightSum)))
    return allocateSafe(total, weights, Number(weightSum), parts);
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

/**
 * `allocateFen` where every product of the total and a weight is a safe integer: the same
 * quotients and remainders in plain numbers (exact below 2^53), without a BigInt per part.
 */
function allocateSafe(total: Fen, weights: readonly Fen[], weightSum: number, parts: Fen[]): Fen[] {
  const index: number[] = [];
  const remainder: number[] = [];
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const product = total * w;
    const rest = product % weightSum;
    parts[i] = (product - rest) / weightSum;
    given += parts[i];
    index.push(i);
    remainder.push(rest);
  }
  const order: number[] = []; // pushed, one packed array kind as `parts`
  for (let k = 0; k < index.length; k++) order.push(k);
  order.sort((a, b) => remainder[b] - remainder[a] || index[a] - index[b]);
  for (let i = 0; i < total - given; i++) parts[index[order[i]]] += 1;
  return parts;
}
