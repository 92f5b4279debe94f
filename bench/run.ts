import { chargeComputeBenchmark, chargeFileBenchmark, readGridsBenchmark } from "./charge.bench";
import { consolidateBenchmark } from "./consolidate.bench";
import { consolidateMonthsBenchmark } from "./consolidate-months.bench";
import { floorBenchmark } from "./floor.bench";
import { measure, table, type Figures } from "./harness";
import { serviceFeeBenchmark } from "./servicefee.bench";
import { rawCopyBenchmark, zipBenchmark } from "./zip.bench";

/** Every benchmark of the project; prints figures and ratios, never a pass or fail. */
const benchmarks = [
  serviceFeeBenchmark,
  chargeFileBenchmark,
  chargeComputeBenchmark,
  readGridsBenchmark,
  zipBenchmark,
  rawCopyBenchmark,
  consolidateMonthsBenchmark,
];

async function main(): Promise<void> {
  const figures: Figures[] = [];
  for (const b of benchmarks) figures.push(await measure(b));
  const rss = (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
  const city = await consolidateBenchmark();
  const floor = await floorBenchmark();
  process.stdout.write(
    `Kehou benchmarks (node ${process.version}, ${new Date().toISOString()})\n\n${table(figures)}\n${city}\n\n${floor}\n\nRSS of this process now: ${rss} MB\n`
  );
}

void main();
