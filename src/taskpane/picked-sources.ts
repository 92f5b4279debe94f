import type { WorkbookSource } from "../jobs/consolidate/job";
import type { SheetGrid } from "../sheets/grid";

/** What the page needs of a picked file: its name and its bytes. */
export type PickedFile = Pick<File, "name" | "arrayBuffer">;

/**
 * Reads a workbook's bytes into grids (the page loads the reader only when it is needed), or
 * gives the error naming a file that is no workbook Kehou reads (CSV, .xlsb, encrypted …).
 */
export type GridReader = (bytes: ArrayBuffer, name: string) => Promise<SheetGrid[] | Error>;

/**
 * 汇总报送 in the page: each picked school workbook as a source, read only when its turn comes
 * (one at a time), named by its file name (the page knows no path of the machine).
 */
export function pickedSources(files: readonly PickedFile[], read: GridReader): WorkbookSource[] {
  return files.map((file) => ({
    file: file.name,
    load: async () => {
      try {
        return await read(await file.arrayBuffer(), file.name);
      } catch (e) {
        return new Error(`文件可能已损坏或不是 .xlsx（${(e as Error).message}）`);
      }
    },
  }));
}
