import { fileSentence } from "../findings/messages/file-sentence";
import { formatMessage } from "../findings/messages/format";
import { PACKAGE_TEXT } from "../findings/messages/package";
import type { SheetGrid } from "../sheets/grid";
import { RefusedFile } from "./file-kind";
import type { XlsOdsReader } from "./xls-ods-grids";
import { XlsxWorkbook } from "./xlsx-workbook";

/**
 * Why a school's file could not be opened, in the words every door says it (the command line,
 * the browser page's pick and the pane's 汇总): a file named for what it is (RefusedFile)
 * as it is, else 「无法读取「file」：」 and the reader's own Chinese reason (a GBK part, a
 * missing sheet part, a part that is not XML …); a reason only a library gave, in English,
 * is said as a damaged file.
 */
export function openRefusal(e: unknown, file: string): Error {
  if (e instanceof RefusedFile) return e;
  const reason = String((e as Error)?.message ?? "");
  const said = /[\u4e00-\u9fff]/.test(reason) ? reason : formatMessage(PACKAGE_TEXT.damaged);
  return new Error(fileSentence(file, said));
}

/** A picked school file's grids (any kind Kehou reads), or the refusal saying why not. */
export async function pickedGrids(
  bytes: ArrayBuffer | Uint8Array,
  file: string,
  reader: () => Promise<XlsOdsReader>
): Promise<SheetGrid[] | Error> {
  try {
    return await (await XlsxWorkbook.open(bytes, file, reader)).readSheets();
  } catch (e) {
    return openRefusal(e, file);
  }
}
