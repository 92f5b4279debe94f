import { measure, table } from "./harness";
import { serviceFeeBenchmark } from "./servicefee.bench";

/** Every benchmark of the project; prints figures and ratios, never a pass or fail. */
const benchmarks = [serviceFeeBenchmark];

const figures = benchmarks.map((b) => measure(b));
process.stdout.write(
  `Kehou benchmarks (node ${process.version}, ${new Date().toISOString()})\n\n${table(figures)}\n`
);
