import type { WorkbookSource } from "../jobs/consolidate/job";

/** What the page needs of a picked file: its name and its bytes. */
export type PickedFile = Pick<File, "name" | "arrayBuffer">;

/**
 * 汇总报送 in the page: each picked school workbook as a source, read only when its turn comes
 * (one at a time), named by its file name (the page knows no path of the machine).
 */
export function pickedSources(files: readonly PickedFile[]): WorkbookSource[] {
  return files.map((file) => ({
    file: file.name,
    load: async () => {
      const { XlsxWorkbook } = await import(
        /* webpackChunkName: "xlsx" */ "../workbook/xlsx-workbook.js"
      );
      try {
        return await (await XlsxWorkbook.fromBuffer(await file.arrayBuffer())).readSheets();
      } catch (e) {
        return new Error(`文件可能已损坏或不是 .xlsx（${(e as Error).message}）`);
      }
    },
  }));
}
