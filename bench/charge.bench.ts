import { openXlsxFile, saveXlsx } from "../src/workbook/xlsx-file";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { chargeJob } from "../src/jobs/charge/job";
import { chargeChartPlan } from "../src/jobs/charge/charge-charts";
import { computeCharges } from "../src/jobs/charge/compute";
import { readSchoolWorkbook, type SchoolWorkbook } from "../src/jobs/school-workbook";
import type { SheetGrid } from "../src/sheets/grid";
import { generateSchool, gridsToXlsx } from "../test/support/generate-school";
import type { Benchmark } from "./harness";

// Made at setup and removed at teardown: a folder made on import outlived every run.
let dir = "";
const input = (): string => path.join(dir, "school-3000.xlsx");
const output = (): string => path.join(dir, "charged.xlsx");

/**
 * `kehou charge FILE -o OUT` on a 3,000-student month (read, charge, the copy written by
 * adding parts), against exceljs only reading the same file.
 */
export const chargeFileBenchmark: Benchmark = {
  name: "kehou charge, 3,000 students × 23 days (.xlsx in and out)",
  goal: "≤ 1.2× exceljs reading alone",
  units: 3000,
  unitName: "student",
  rounds: 5,
  baselineName: "exceljs read",
  setup: async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "kehou-bench-"));
    writeFileSync(input(), await gridsToXlsx(generateSchool(3000)));
  },
  teardown: () => rmSync(dir, { recursive: true, force: true }),
  subject: async () => {
    const wb = await openXlsxFile(input());
    const r = await chargeJob(wb, { write: true });
    const charts = chargeChartPlan(r, r.sheetNames[0]); // as the command does
    await saveXlsx(wb, output(), [charts]);
    return r.totals.payable;
  },
  baseline: async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input());
    return wb.worksheets.length;
  },
};

let grids: SheetGrid[] = [];
let school: SchoolWorkbook | undefined;

/** The pure charge computation for 100,000 students × 23 days, from the read workbook to totals. */
export const chargeComputeBenchmark: Benchmark = {
  name: "charge computation, 100,000 students × 23 days (pure)",
  goal: "≤ 30× the bare loop",
  units: 100_000,
  unitName: "student",
  rounds: 3,
  baselineName: "bare loop over the same cells",
  setup: async () => {
    grids = generateSchool(100_000, 7);
    school = readSchoolWorkbook(grids);
  },
  subject: () => computeCharges(school!).totals.payable,
  baseline: () => {
    let n = 0;
    for (const g of grids) for (const row of g.values) for (const v of row) if (v !== null) n++;
    return n;
  },
};

/** Reading the same 100,000 students from grids (sheets found, headers, every cell parsed). */
export const readGridsBenchmark: Benchmark = {
  name: "reading 100,000 students × 23 days from grids (pure)",
  goal: "≤ 30× the bare loop",
  units: 100_000,
  unitName: "student",
  rounds: 3,
  baselineName: "bare loop over the same cells",
  subject: () => readSchoolWorkbook(grids).attendance?.rows.length,
  baseline: chargeComputeBenchmark.baseline,
  teardown: () => {
    grids = [];
    school = undefined;
  },
};
