/** A benchmark: a name, a baseline run in the same process, and what is measured against it. */
export interface Benchmark {
  readonly name: string;
  readonly goal: string;
  /** How many units (cells, students…) one run handles, for the per-unit figure. */
  readonly units: number;
  readonly unitName: string;
  readonly baseline: () => unknown;
  readonly subject: () => unknown;
}

export interface Figures {
  readonly name: string;
  readonly goal: string;
  readonly subjectMs: number;
  readonly baselineMs: number;
  readonly perUnitUs: number;
  readonly unitName: string;
  readonly ratio: number;
}

/** Holds each run's result so the engine cannot skip the work as dead code. */
export let sink: unknown;

/** The best of several timed runs after warming up, in milliseconds. */
function bestOf(run: () => unknown, rounds: number): number {
  for (let i = 0; i < 3; i++) sink = run();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    sink = run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** Measures a benchmark: subject and baseline alternate so both see the same machine. */
export function measure(b: Benchmark, rounds = 15): Figures {
  const subjectMs = bestOf(b.subject, rounds);
  const baselineMs = bestOf(b.baseline, rounds);
  return {
    name: b.name,
    goal: b.goal,
    subjectMs,
    baselineMs,
    perUnitUs: (subjectMs * 1000) / b.units,
    unitName: b.unitName,
    ratio: subjectMs / baselineMs,
  };
}

/** The figures as a plain table: never a pass or fail on time. */
export function table(rows: readonly Figures[]): string {
  const lines = rows.map((r) =>
    [
      r.name,
      `${r.subjectMs.toFixed(2)} ms`,
      `${r.perUnitUs.toFixed(3)} µs/${r.unitName}`,
      `${r.baselineMs.toFixed(2)} ms`,
      `${r.ratio.toFixed(1)}×`,
      r.goal,
    ].join(" | ")
  );
  return [
    "benchmark | time | per unit | baseline | ratio | goal",
    "--- | --- | --- | --- | --- | ---",
    ...lines,
  ].join("\n");
}
