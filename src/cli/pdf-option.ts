import { formatMessage } from "../findings/messages/format";
import { CONSOLE_TEXT } from "../findings/messages/console";
import { promises as fs } from "fs";
import path from "path";
import type { OutputSheet } from "../jobs/output-sheet";
import type { Io } from "./io";
import { sameFile } from "./output-file";
import type { Finding } from "../findings/finding";
import { notWrittenFinding } from "./refused-run";
import { hasSoffice, NO_SOFFICE, PdfNotWritten, sheetsToPdf } from "./pdf";

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

/**
 * Prints the sheets to the PDF and says where it went (standard output, unless under --json,
 * whose output is the JSON alone) or why it could not (standard error). Returns undefined
 * when written, else the sentence said.
 */
export async function writePdf(
  sheets: readonly OutputSheet[],
  pdf: string,
  io: Io,
  run: { readonly force: boolean; readonly json: boolean }
): Promise<string | undefined> {
  try {
    await sheetsToPdf(sheets, pdf, run.force);
    if (!run.json) io.out(formatMessage(CONSOLE_TEXT.pdfWritten, { file: pdf }));
    return undefined;
  } catch (e) {
    const said =
      e instanceof PdfNotWritten
        ? e.message
        : formatMessage(CONSOLE_TEXT.pdfFailed, { message: (e as Error).message });
    io.err(said);
    return said;
  }
}

/**
 * What --json says of the PDF: its path when written, and, when the file system would not
 * take it, the finding that says so among the findings (the run then exits 1).
 */
export function pdfJson(
  pdf: string | undefined,
  failed: string | undefined
): { pdf?: string; findings: Finding[] } {
  if (!pdf) return { findings: [] };
  if (failed) return { findings: [notWrittenFinding(failed)] };
  return { pdf, findings: [] };
}
