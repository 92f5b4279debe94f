import { chargeComputeBenchmark, readGridsBenchmark } from "./charge.bench";
import { measure, table, type Figures } from "./harness";

/**
 * The two pure charge benchmarks alone (computing and reading from grids), for profiling them
 * (`node --cpu-prof --import tsx bench/charge-run.ts`) without the file and city benchmarks.
 */
async function main(): Promise<void> {
  const figures: Figures[] = [];
  for (const b of [chargeComputeBenchmark, readGridsBenchmark]) figures.push(await measure(b));
  process.stdout.write(`${table(figures)}\n`);
}

void main();
