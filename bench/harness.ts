/** A benchmark: a subject measured against a baseline run in the same process. */
export interface Benchmark {
  readonly name: string;
  readonly goal: string;
  /** How many units (cells, students…) one run handles, for the per-unit figure. */
  readonly units: number;
  readonly unitName: string;
  readonly rounds?: number;
  readonly baselineName: string;
  readonly baseline: () => unknown;
  readonly subject: () => unknown;
  /** Prepares data once, before any timing (files, grids). */
  readonly setup?: () => Promise<void>;
  /** Lets go of that data, so the next benchmark runs on a quiet heap. */
  readonly teardown?: () => void;
}

export interface Figures {
  readonly name: string;
  readonly goal: string;
  readonly subjectMs: number;
  readonly baselineName: string;
  readonly baselineMs: number;
  readonly perUnitUs: number;
  readonly unitName: string;
  readonly ratio: number;
}

/** Holds each run's result so the engine cannot skip the work as dead code. */
export let sink: unknown;

/** The best of several timed runs after a warm-up, in milliseconds. */
async function bestOf(run: () => unknown, rounds: number): Promise<number> {
  sink = await run();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    sink = await run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** Measures a benchmark and its baseline on the same machine, in the same process. */
export async function measure(b: Benchmark): Promise<Figures> {
  await b.setup?.();
  (globalThis as { gc?: () => void }).gc?.(); // start on a collected heap where node allows it
  const rounds = b.rounds ?? 15;
  const subjectMs = await bestOf(b.subject, rounds);
  const baselineMs = await bestOf(b.baseline, rounds);
  b.teardown?.();
  return {
    name: b.name,
    goal: b.goal,
    subjectMs,
    baselineName: b.baselineName,
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
      `${r.subjectMs.toFixed(1)} ms`,
      `${r.perUnitUs.toFixed(3)} µs/${r.unitName}`,
      `${r.baselineName}: ${r.baselineMs.toFixed(1)} ms`,
      `${r.ratio.toFixed(2)}×`,
      r.goal,
    ].join(" | ")
  );
  return [
    "benchmark | time | per unit | baseline | ratio | goal",
    "--- | --- | --- | --- | --- | ---",
    ...lines,
  ].join("\n");
}
