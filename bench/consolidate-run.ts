/**
 * One measured run in its own process, so its peak memory is its own: `subject` consolidates
 * the folder through `kehou consolidate`'s job; `baseline` has exceljs merely read each file.
 * Prints {ms, maxRssMB} as JSON.
 */
import ExcelJS from "exceljs";
import { readdirSync } from "fs";
import path from "path";
import { openWorkbook } from "../src/cli/open-workbook";
import { consolidateJob } from "../src/jobs/consolidate/job";

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f));
  const start = process.hrtime.bigint();
  if (mode === "subject") {
    const result = await consolidateJob(
      files.map((file) => ({
        file,
        load: async () => {
          const wb = await openWorkbook(file);
          return wb instanceof Error ? wb : wb.readSheets();
        },
      }))
    );
    if (result.schools.length !== files.length)
      throw new Error(`consolidated ${result.schools.length} of ${files.length}`);
  } else {
    for (const file of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
