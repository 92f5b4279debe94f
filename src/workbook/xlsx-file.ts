import { promises as fs } from "fs";
import path from "path";
import type { ChartSheetPlan } from "../jobs/chart-plan";
import { nodeDeflate } from "./package/node-deflate";
import { nodeInflate } from "./package/node-inflate";
import { XlsxWorkbook } from "./xlsx-workbook";

/**
 * Opens an .xlsx file (Node only; the browser page reads the picked file's bytes); its copy's
 * new parts are deflated by Node's zlib.
 */
export async function openXlsxFile(file: string): Promise<XlsxWorkbook> {
  return (await XlsxWorkbook.fromBuffer(await fs.readFile(file), nodeInflate)).deflateWith(
    nodeDeflate
  );
}

/**
 * Saves a workbook atomically: written to a temporary file beside the target, then renamed,
 * so a crash never leaves half a workbook. `charts` are drawn in the copy (see `toBuffer`).
 */
export async function saveXlsx(
  workbook: XlsxWorkbook,
  file: string,
  charts: readonly (ChartSheetPlan | undefined)[] = []
): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`
  );
  try {
    await fs.writeFile(temp, await workbook.toBuffer(charts));
    await fs.rename(temp, file);
  } finally {
    await fs.rm(temp, { force: true });
  }
}
