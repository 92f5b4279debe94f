/**
 * Where consolidation's time goes, stage by stage, in one thread:
 * `node --import tsx bench/consolidate-profile.ts [DIR] [ROUNDS]` (20 generated
 * schools × 2,000 students when no folder is given, the best of 3 rounds). Each stage is the
 * code `kehou consolidate` runs, timed apart; where a stage holds another (analysing holds
 * reading the records and computing), those are run once more on the same grids and taken off,
 * so each row is its own share. Wall time in-process: on a loaded machine prefer
 * bench/consolidate-cpu-stages.ts. For bench/README.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { analyseSchool } from "../src/jobs/breaches/analyse";
import { computeCharges } from "../src/jobs/charge/compute";
import { cityChartPlans } from "../src/jobs/consolidate/city-chart-plans";
import { cityResult, type Gathered } from "../src/jobs/consolidate/job";
import { schoolFigures } from "../src/jobs/consolidate/school-figures";
import { citySheets } from "../src/jobs/consolidate/sheets";
import { isOwnedSheet, readSchoolWorkbook } from "../src/jobs/school-workbook";
import type { SheetGrid } from "../src/sheets/grid";
import { findSchoolSheets } from "../src/sheets/workbook-sheets";
import { readWorkbookCells } from "../src/workbook/cells/read-cells";
import { nodeDeflate } from "../src/workbook/package/node-deflate";
import { nodeInflate } from "../src/workbook/package/node-inflate";
import { OpcPackage } from "../src/workbook/package/opc-package";
import { XlsxWorkbook } from "../src/workbook/xlsx-workbook";
import { generateSchool, gridsToXlsx } from "../test/support/generate-school";

const STAGES = [
  "reading the file and inflating its parts (zlib)",
  "decoding the parts' text (UTF-8)",
  "scanning cells and building grids",
  "recognising sheets and headers",
  "parsing cells into records (roster, attendance, settings)",
  "computing the charges",
  "breach checks",
  "the school's figures (counts, ids, names withheld)",
  "the city step (cross-checks)",
  "writing the city workbook",
] as const;
type Stage = (typeof STAGES)[number];

const now = () => process.hrtime.bigint();
const ms = (from: bigint) => Number(now() - from) / 1e6;

/** One round over the files: each stage's time (ms) and, per school, what its result holds (bytes). */
async function round(files: readonly string[]) {
  const time = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  const add = (s: Stage, t: number) => time.set(s, time.get(s)! + t);
  const gathered: Gathered[] = [];
  for (const file of files) {
    let t = now();
    const pkg = OpcPackage.read(readFileSync(file), nodeInflate);
    add(STAGES[0], ms(t));
    t = now();
    const texts = pkg.names().map((n) => (n.endsWith(".xml") ? pkg.text(n) : undefined));
    // The cell reader decodes each part itself: this time is taken off its own.
    const decoding = ms(t);
    add(STAGES[1], decoding);
    t = now();
    const grids: SheetGrid[] = readWorkbookCells(pkg);
    add(STAGES[2], ms(t) - decoding);
    t = now();
    findSchoolSheets(grids, isOwnedSheet);
    const recognise = ms(t);
    add(STAGES[3], recognise);
    t = now();
    const workbook = readSchoolWorkbook(grids);
    const reading = ms(t);
    add(STAGES[4], reading - recognise);
    t = now();
    computeCharges(workbook);
    const computing = ms(t);
    add(STAGES[5], computing);
    t = now();
    const figures = schoolFigures(file, grids);
    const all = ms(t);
    // schoolFigures analyses the school (reading, computing, breach checks) then sums it up.
    const t2 = now();
    analyseSchool(grids);
    const analysing = ms(t2);
    add(STAGES[6], analysing - reading - computing);
    add(STAGES[7], all - analysing);
    gathered.push({ file, figures });
    if (texts.length === 0) throw new Error(`${file} has no parts`);
  }
  let t = now();
  const result = cityResult(gathered);
  add(STAGES[8], ms(t));
  t = now();
  const city = XlsxWorkbook.empty().deflateWith(nodeDeflate);
  const sheets = citySheets(result);
  await city.writeSheets(sheets);
  await city.toBuffer(cityChartPlans(sheets, result));
  add(STAGES[9], ms(t));
  return time;
}

async function main(): Promise<void> {
  let dir = process.argv[2];
  const rounds = Number(process.argv[3] ?? 3);
  const made = !dir;
  if (!dir) {
    dir = mkdtempSync(path.join(os.tmpdir(), "kehou-profile-"));
    for (let i = 1; i <= 20; i++)
      writeFileSync(
        path.join(dir, `school-${i}.xlsx`),
        await gridsToXlsx(generateSchool(2000, i, `学校${i}`))
      );
  }
  try {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(dir, f));
    const best = new Map<Stage, number>();
    for (let r = 0; r < rounds; r++) {
      const got = await round(files);
      for (const s of STAGES) best.set(s, Math.min(best.get(s) ?? Infinity, got.get(s)!));
    }
    const total = [...best.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(
      [
        `${files.length} files, one thread, best of ${rounds} rounds (node ${process.version})`,
        "stage | time | share",
        "--- | --- | ---",
        ...STAGES.map(
          (s) =>
            `${s} | ${best.get(s)!.toFixed(0)} ms | ${((100 * best.get(s)!) / total).toFixed(0)}%`
        ),
        `all | ${total.toFixed(0)} ms | 100%`,
        `peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
        "",
      ].join("\n")
    );
  } finally {
    if (made) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
