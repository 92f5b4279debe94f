/**
 * One measured run in its own process, so its peak memory is its own: `subject` runs the
 * compiled `kehou consolidate` on the folder; `baseline` has exceljs merely read each file.
 * Prints {ms, maxRssMB} as JSON.
 */
import ExcelJS from "exceljs";
import { readdirSync } from "fs";
import path from "path";

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f));
  const start = process.hrtime.bigint();
  if (mode === "subject") {
    // The program as shipped (compiled, with its reader threads): `kehou consolidate DIR -o OUT`.
    const { main } = require(path.join(__dirname, "..", "dist", "node", "cli", "main.js"));
    const silent = { out: () => undefined, err: (t: string) => process.stderr.write(t) };
    const code = await main(
      ["consolidate", dir, "-o", path.join(dir, "..", `city-${process.pid}.xlsx`), "--force"],
      silent
    );
    if (code !== 0) throw new Error(`kehou consolidate exited ${code}`);
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
