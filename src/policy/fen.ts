import type { Money } from "./money";

/**
 * Money as a whole number of fen (0.01 yuan), dinero.js style: the form per-student charges,
 * shares, allocations and totals take once a fee has been rounded. Sums of integers are exact.
 */
export type Fen = number;

/** A rounded amount as fen; an amount with a fraction of a fen is a bug, not data. */
export function fenOf(amount: Money): Fen {
  const fen = amount.times(100);
  if (!fen.isInteger()) throw new Error(`not whole fen: ${amount.toString()}`);
  return fen.toNumber();
}

/**
 * Fen as yuan text with two decimals, the JSON form.
 * @example fenText(1230) //=> "12.30"
 */
export function fenText(fen: Fen): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Fen as the number a spreadsheet cell holds (yuan): the edge where money meets Excel's doubles. */
export function yuanNumber(fen: Fen): number {
  return fen / 100;
}

/** Sums fen. */
export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const a of amounts) total += a;
  return total;
}
