/**
 * Where `kehou consolidate`'s CPU goes, stage by stage, from V8's sampling profile of the
 * compiled program with one reader thread: `npm run build:node && node --import tsx
 * bench/consolidate-cpu-stages.ts DIR`. Each sample goes to the innermost stage on its stack,
 * so a stage's share is its own (parsing records is not counted in the analysis around it);
 * garbage collection is its own row. Shares of CPU do not rise with the machine's load as wall
 * time does. For bench/README.md.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";

/** Stages by the functions that begin them, innermost first wins. */
const STAGES: readonly [string, readonly string[]][] = [
  ["inflating the parts (zlib)", ["readZipEntries"]],
  ["decoding the parts' text (UTF-8)", ["partText"]],
  ["scanning cells and building grids", ["readWorkbookCells"]],
  ["recognising sheets and headers", ["findSchoolSheets"]],
  ["parsing cells into records", ["readSchoolWorkbook"]],
  ["computing the charges", ["computeCharges"]],
  ["breach checks", ["analyseSchool"]],
  ["the school's figures (counts, ids, names withheld)", ["schoolFigures"]],
  ["the city step (cross-checks)", ["cityResult"]],
  ["writing the city workbook", ["citySheets", "writeSheets", "toBuffer"]],
];

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string };
  readonly children?: readonly number[];
}

function attribute(file: string, totals: Map<string, number>): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map<number, string>();
  const stageFor = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    const name = byId.get(id)!.callFrame.functionName;
    let stage: string | undefined;
    if (name === "(garbage collector)") stage = "garbage collection";
    else if (name === "(idle)") stage = "idle (waiting)";
    else stage = STAGES.find(([, fns]) => fns.includes(name))?.[0];
    if (!stage)
      stage = parent.has(id) ? stageFor(parent.get(id)!) : "starting, loading code, other";
    stageOf.set(id, stage);
    return stage;
  };
  profile.samples.forEach((id, i) => {
    const stage = stageFor(id);
    totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: consolidate-cpu-stages.ts DIR (of .xlsx files)");
  const profiles = mkdtempSync(path.join(os.tmpdir(), "kehou-cpu-stages-"));
  try {
    const out = path.join(profiles, "city.xlsx");
    execFileSync(
      process.execPath,
      [
        "--cpu-prof",
        `--cpu-prof-dir=${profiles}`,
        path.join(__dirname, "..", "bin", "kehou.js"),
        "consolidate",
        dir,
        "-o",
        out,
      ],
      { env: { ...process.env, KEHOU_READER_THREADS: "1" }, stdio: "ignore" }
    );
    const totals = new Map<string, number>();
    for (const f of readdirSync(profiles).filter((f) => f.endsWith(".cpuprofile")))
      attribute(path.join(profiles, f), totals);
    totals.delete("idle (waiting)");
    const all = [...totals.values()].reduce((a, b) => a + b, 0);
    const order = [
      ...STAGES.map(([s]) => s),
      "garbage collection",
      "starting, loading code, other",
    ];
    process.stdout.write(
      [
        "stage | CPU | share",
        "--- | --- | ---",
        ...order.map(
          (s) =>
            `${s} | ${(totals.get(s) ?? 0).toFixed(0)} ms | ${((100 * (totals.get(s) ?? 0)) / all).toFixed(0)}%`
        ),
        `all threads | ${all.toFixed(0)} ms | 100%`,
        "",
      ].join("\n")
    );
  } finally {
    rmSync(profiles, { recursive: true, force: true });
  }
}

main();
