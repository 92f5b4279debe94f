import { promises as fs } from "fs";
import path from "path";
import { XlsxWorkbook } from "./xlsx-workbook";

/** Opens an .xlsx file (Node only; the browser page reads the picked file's bytes). */
export async function openXlsxFile(file: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await fs.readFile(file));
}

/**
 * Saves a workbook atomically: written to a temporary file beside the target, then renamed,
 * so a crash never leaves half a workbook. `finish` may add parts to the bytes first (charts).
 */
export async function saveXlsx(
  workbook: XlsxWorkbook,
  file: string,
  finish: (bytes: Uint8Array) => Uint8Array = (bytes) => bytes
): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`
  );
  try {
    await fs.writeFile(temp, finish(await workbook.toBuffer()));
    await fs.rename(temp, file);
  } finally {
    await fs.rm(temp, { force: true });
  }
}
