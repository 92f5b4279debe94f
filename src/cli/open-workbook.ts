import { promises as fs } from "fs";
import path from "path";
import { RefusedFile } from "../workbook/file-kind";
import { nodeDeflate } from "../workbook/node-deflate";
import { nodeInflate } from "../workbook/node-inflate";
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
 * (CSV, .xlsb, a lock file …), encrypted, or damaged.
 */
export async function openWorkbook(file: string): Promise<XlsxWorkbook | Error> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return new Error(`「${file}」是文件夹，不是 .xlsx 工作簿`);
    if (stat.size === 0) return new Error(`「${path.basename(file)}」是空文件，不是 .xlsx 工作簿`);
    bytes = await fs.readFile(file);
  } catch (e) {
    return new Error(readErrorMessage(e, file));
  }
  try {
    return (
      await XlsxWorkbook.open(bytes, path.basename(file), xlsOdsReader, nodeInflate)
    ).deflateWith(nodeDeflate);
  } catch (e) {
    if (e instanceof RefusedFile) return e;
    // The zip and XML readers speak English; only our own (Chinese) reasons are passed on.
    const reason = String((e as Error).message ?? "");
    return new Error(
      /[\u4e00-\u9fff]/.test(reason)
        ? `无法读取「${path.basename(file)}」：${reason}`
        : `无法读取「${path.basename(file)}」：文件已损坏或不完整，请在 Excel 或 WPS 中重新打开并另存为 .xlsx 后再试`
    );
  }
}

/** Refuses to overwrite an output file without --force, and never the input itself. */
export async function checkOutput(
  output: string,
  input: string | undefined,
  force: boolean
): Promise<Error | undefined> {
  if (input && (await sameFile(output, input)))
    return new Error("输出文件不能与输入文件相同：Kehou 从不修改原文件，请用 -o 指定新文件");
  // The copy keeps the input's kind: a macro workbook stays .xlsm with its macros.
  const kind = input && /\.xlsm$/i.test(input) ? "xlsm" : "xlsx";
  if (!new RegExp(`\\.${kind}$`, "i").test(output))
    return new Error(`输出文件应以 .${kind} 结尾：「${output}」`);
  if (force) return undefined;
  try {
    await fs.lstat(output);
    return new Error(`「${output}」已存在：加 --force 覆盖`);
  } catch {
    return undefined;
  }
}
