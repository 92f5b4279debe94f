import { openXlsxFile } from "../workbook/xlsx-file";
import { promises as fs } from "fs";
import path from "path";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { lockFileMessage, readErrorMessage } from "./file-errors";
import { sameFile } from "./output-file";

/**
 * Opens a school's .xlsx for reading, or says in Chinese why it cannot: missing, a folder,
 * legacy .xls, not a zip, corrupt or encrypted.
 */
export async function openWorkbook(file: string): Promise<XlsxWorkbook | Error> {
  const lock = lockFileMessage(file);
  if (lock) return new Error(lock);
  let head: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return new Error(`「${file}」是文件夹，不是 .xlsx 工作簿`);
    if (stat.size === 0) return new Error(`「${path.basename(file)}」是空文件，不是 .xlsx 工作簿`);
    const handle = await fs.open(file, "r");
    head = Buffer.alloc(Math.min(512, stat.size));
    await handle.read(head, 0, head.length, 0);
    await handle.close();
  } catch (e) {
    return new Error(readErrorMessage(e, file));
  }
  if (head.length < 4)
    return new Error(`「${path.basename(file)}」不是 .xlsx 工作簿（不是 zip 格式）`);
  if (head.readUInt16BE(0) !== 0x504b && looksLikeCsv(file, head))
    return new Error(csvMessage(file));
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    return new Error(
      `「${path.basename(file)}」是旧版 .xls 或加密的工作簿：请在 Excel 或 WPS 中另存为 .xlsx（并取消密码）后再试`
    );
  }
  if (head.readUInt16BE(0) !== 0x504b)
    return new Error(`「${path.basename(file)}」不是 .xlsx 工作簿（不是 zip 格式）`);
  try {
    return await openXlsxFile(file);
  } catch (e) {
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

/** What to say about a .csv (or CSV renamed .xlsx): save it as .xlsx first. */
export function csvMessage(file: string): string {
  return `「${path.basename(file)}」是 CSV 文本，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试`;
}

/** A .csv by name, or text whose first line has commas or tabs. */
function looksLikeCsv(file: string, head: Buffer): boolean {
  if (/\.csv$/i.test(file)) return true;
  const text = head.toString("utf8");
  return !text.includes("\u0000") && /^[^\n]*[,\t，][^\n]*(\r?\n|$)/.test(text);
}
