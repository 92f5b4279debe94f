import { evaluate } from "../src/functions/evaluate";
import type { Benchmark } from "./harness";

const ROWS = 3000;
const DAYS = 23;

/** A month of 3,000 students × 23 day-cells, minutes 0–180 with some blanks, as Excel passes it. */
function month(): (number | null)[][][] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: ROWS }, () => [
    Array.from({ length: DAYS }, () => (next() < 0.1 ? null : Math.floor(next() * 181))),
  ]);
}

const rows = month();

export const serviceFeeBenchmark: Benchmark = {
  name: "SERVICEFEE, 3,000 rows × 23 day-cells",
  goal: "≤ 5 µs per cell",
  units: ROWS * DAYS,
  unitName: "cell",
  baselineName: "bare loop summing the same cells",
  baseline: () => {
    let total = 0;
    for (const [row] of rows) for (const v of row) total += v ?? 0;
    return total;
  },
  subject: () => {
    let last: unknown;
    for (const row of rows) last = evaluate("SERVICEFEE", [row, "高中", 0.1]);
    return last;
  },
};
