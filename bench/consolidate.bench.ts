import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { generateSchool, gridsToXlsx } from "../test/support/generate-school";

const SCHOOLS = 50;
const STUDENTS = 2000;

/** One run of bench/consolidate-run.ts in a fresh process: its time and its own peak memory. */
function runIn(mode: "subject" | "baseline", dir: string): { ms: number; maxRssMB: number } {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "consolidate-run.ts"), mode, dir],
    { encoding: "utf8", maxBuffer: 1 << 20 }
  );
  return JSON.parse(out);
}

/**
 * Consolidating 50 generated school workbooks of 2,000 students each, against exceljs merely
 * reading the same files; each side in its own process, so peak RSS is its own.
 */
export async function consolidateBenchmark(): Promise<string> {
  // The folder holds the schools and, beside them, the city workbook each run writes.
  const root = mkdtempSync(path.join(os.tmpdir(), "kehou-city-bench-"));
  const dir = path.join(root, "schools");
  mkdirSync(dir);
  let baseline: { ms: number; maxRssMB: number };
  let subject: { ms: number; maxRssMB: number };
  try {
    for (let i = 1; i <= SCHOOLS; i++)
      writeFileSync(
        path.join(dir, `school-${i}.xlsx`),
        await gridsToXlsx(generateSchool(STUDENTS, i, `学校${i}`))
      );
    baseline = runIn("baseline", dir);
    subject = runIn("subject", dir);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [
    `kehou consolidate, ${SCHOOLS} schools × ${STUDENTS} students | ${subject.ms.toFixed(0)} ms, peak RSS ${subject.maxRssMB.toFixed(0)} MB | exceljs reading the same files: ${baseline.ms.toFixed(0)} ms, peak RSS ${baseline.maxRssMB.toFixed(0)} MB | ${(subject.ms / baseline.ms).toFixed(2)}× | goal ≤ 1.5×, RSS < 1 GB`,
  ].join("\n");
}
