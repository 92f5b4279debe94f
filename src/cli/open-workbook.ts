import { CONSOLE_TEXT } from "../findings/messages/console";
import { formatMessage } from "../findings/messages/format";
import { promises as fs } from "fs";
import path from "path";
import { nodeDeflate } from "../workbook/package/node-deflate";
import { nodeInflate } from "../workbook/package/node-inflate";
import { openRefusal } from "../workbook/open-refusal";
import type { XlsOdsReader } from "../workbook/xls-ods-grids";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { readErrorMessage } from "./file-errors";
import { sameFile } from "./output-file";

/**
 * The reader of .xls/.et/.ods, loaded (with SheetJS) only when such a file is opened, so a run
 * on .xlsx files never pays for it.
 */
const xlsOdsReader = async (): Promise<XlsOdsReader> =>
  require("../workbook/xls-ods-grids") as XlsOdsReader;

/**
 * Opens a school's workbook for reading (.xlsx, .xlsm, .xls, .et, .ods, told apart by their
 * bytes), or says in Chinese why it cannot: missing, a folder, empty, a file of another kind
 * (CSV, .xlsb, a lock file …), encrypted, or damaged. `read`: its bytes, where the caller has
 * read them already (a zip it looked into), so the file is not read a second time.
 */
export async function openWorkbook(file: string, read?: Buffer): Promise<XlsxWorkbook | Error> {
  let bytes: Buffer;
  if (read !== undefined && read.length > 0) bytes = read;
  else
    try {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) return new Error(formatMessage(CONSOLE_TEXT.readIsFolder, { file }));
      if (stat.size === 0)
        return new Error(formatMessage(CONSOLE_TEXT.emptyWorkbook, { file: path.basename(file) }));
      bytes = await fs.readFile(file);
    } catch (e) {
      return new Error(readErrorMessage(e, file));
    }
  try {
    return (
      await XlsxWorkbook.open(bytes, path.basename(file), xlsOdsReader, nodeInflate)
    ).deflateWith(nodeDeflate);
  } catch (e) {
    return openRefusal(e, path.basename(file));
  }
}

/** Refuses to overwrite an output file without --force, and never the input itself. */
export async function checkOutput(
  output: string,
  input: string | undefined,
  force: boolean
): Promise<Error | undefined> {
  if (input && (await sameFile(output, input)))
    return new Error(formatMessage(CONSOLE_TEXT.outputIsInput));
  // The copy keeps the input's kind: a macro workbook stays .xlsm with its macros.
  const kind = input && /\.xlsm$/i.test(input) ? "xlsm" : "xlsx";
  if (!new RegExp(`\\.${kind}$`, "i").test(output))
    return new Error(formatMessage(CONSOLE_TEXT.outputWrongKind, { kind, file: output }));
  if (force) return undefined;
  try {
    await fs.lstat(output);
    return new Error(formatMessage(CONSOLE_TEXT.outputExists, { file: output }));
  } catch {
    return undefined;
  }
}
