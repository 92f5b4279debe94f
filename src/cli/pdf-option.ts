import { formatMessage } from "../findings/messages/format";
import { CONSOLE_TEXT } from "../findings/messages/console";
import { promises as fs } from "fs";
import path from "path";
import type { OutputSheet } from "../jobs/output-sheet";
import type { Io } from "./io";
import { sameFile } from "./output-file";
import { hasSoffice, NO_SOFFICE, sheetsToPdf } from "./pdf";

/** A path with its extension (if any) made `.pdf`: 收费表.xlsm → 收费表.pdf. */
const asPdf = (file: string) => `${file.slice(0, file.length - path.extname(file).length)}.pdf`;

/**
 * Where `--pdf` writes: beside -o OUT.xlsx as OUT.pdf, else beside the input as
 * FILE-<what>.pdf (an .xlsm copy's PDF too: OUT.xlsm → OUT.pdf, never over the copy); never
 * over an existing file without --force, and never, even with it, over the input (a workbook
 * may be called 学校.pdf: its kind is told by its bytes).
 */
export async function pdfTarget(
  run: { file: string; output?: string; values: Record<string, string | boolean | undefined> },
  what: string
): Promise<string | Error> {
  if (!hasSoffice()) return new Error(NO_SOFFICE);
  const pdf = run.output
    ? asPdf(run.output)
    : path.join(path.dirname(run.file), `${path.parse(run.file).name}-${what}.pdf`);
  if (await sameFile(pdf, run.file))
    return new Error(formatMessage(CONSOLE_TEXT.pdfIsInput, { file: pdf }));
  if (run.values.force === true) return pdf;
  try {
    await fs.access(pdf);
    return new Error(formatMessage(CONSOLE_TEXT.outputExists, { file: pdf }));
  } catch {
    return pdf;
  }
}

/** Prints the sheets to the PDF and says where it went (or why it could not). */
export async function writePdf(
  sheets: readonly OutputSheet[],
  pdf: string,
  io: Io
): Promise<boolean> {
  try {
    await sheetsToPdf(sheets, pdf);
    io.out(formatMessage(CONSOLE_TEXT.pdfWritten, { file: pdf }));
    return true;
  } catch (e) {
    io.err(formatMessage(CONSOLE_TEXT.pdfFailed, { message: (e as Error).message }));
    return false;
  }
}
