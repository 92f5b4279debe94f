import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { generateSchool, gridsToXlsx } from "../test/support/generate-school";

const SCHOOLS = 20;
const STUDENTS = 2000;
const ROUNDS = 3;

interface Run {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMB: number;
}

/** The contenders, each run in its own process by bench/floor-run.ts. */
const CONTENDERS: readonly { mode: string; label: string; env?: NodeJS.ProcessEnv }[] = [
  { mode: "inflate", label: "inflating the sheet and string parts alone" },
  { mode: "floor", label: "the floor: inflating and scanning every cell value, one JS thread" },
  {
    mode: "kehou-1",
    label: "kehou consolidate, one reader (its own thread)",
    env: { KEHOU_READER_THREADS: "1" },
  },
  { mode: "kehou", label: "kehou consolidate, default reader threads" },
  { mode: "sheetjs", label: "SheetJS (@e965/xlsx) merely reading the files" },
  { mode: "exceljs", label: "exceljs merely reading the files" },
];

function runIn(mode: string, dir: string, env: NodeJS.ProcessEnv = {}): Run {
  const childEnv = { ...process.env, ...env };
  if (!env.KEHOU_READER_THREADS) delete childEnv.KEHOU_READER_THREADS;
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "floor-run.ts"), mode, dir],
    { encoding: "utf8", maxBuffer: 1 << 20, env: childEnv }
  );
  return JSON.parse(out);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Consolidation against the floor of any reader, on 20 generated schools × 2,000 students:
 * each contender in its own process, three rounds interleaved (so a busy moment of the machine
 * falls on all of them), the median of each, and its ratio to the floor.
 */
export async function floorBenchmark(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-floor-bench-"));
  try {
    for (let i = 1; i <= SCHOOLS; i++)
      writeFileSync(
        path.join(dir, `school-${i}.xlsx`),
        await gridsToXlsx(generateSchool(STUDENTS, i, `学校${i}`))
      );
    const runs = new Map<string, Run[]>(CONTENDERS.map((c) => [c.mode, []]));
    for (let round = 0; round < ROUNDS; round++)
      for (const c of CONTENDERS) runs.get(c.mode)!.push(runIn(c.mode, dir, c.env));
    const figures = CONTENDERS.map((c) => ({
      label: c.label,
      ms: median(runs.get(c.mode)!.map((r) => r.ms)),
      cpu: median(runs.get(c.mode)!.map((r) => r.cpuMs)),
      rss: median(runs.get(c.mode)!.map((r) => r.maxRssMB)),
      all: runs
        .get(c.mode)!
        .map((r) => r.ms.toFixed(0))
        .join(", "),
    }));
    const floorMs = figures[1].ms;
    return [
      `Near the floor: ${SCHOOLS} schools × ${STUDENTS} students, each contender in its own process, median of ${ROUNDS} interleaved rounds`,
      "contender | time | ratio to the floor | CPU time (all threads) | peak RSS | rounds (ms)",
      "--- | --- | --- | --- | --- | ---",
      ...figures.map(
        (f) =>
          `${f.label} | ${f.ms.toFixed(0)} ms | ${(f.ms / floorMs).toFixed(2)}× | ${f.cpu.toFixed(0)} ms | ${f.rss.toFixed(0)} MB | ${f.all}`
      ),
      "goals: one reader thread ≤ 3× the floor and ≤ 200 MB; default threads faster than one",
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
