import { chargeFileBenchmark } from "./charge.bench";
import { measure, table } from "./harness";
import { rawCopyBenchmark, zipBenchmark } from "./zip.bench";

/** Only the benchmarks of the copy (`npm run bench:package`): charge with -o, and the zip libraries. */
async function main(): Promise<void> {
  const figures = [];
  for (const b of [chargeFileBenchmark, zipBenchmark, rawCopyBenchmark])
    figures.push(await measure(b));
  process.stdout.write(`${table(figures)}\n`);
}

void main();
