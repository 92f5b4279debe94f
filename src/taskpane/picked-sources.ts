import type { WorkbookSource } from "../jobs/consolidate/job";
import type { SheetGrid } from "../sheets/grid";

/** What the page needs of a picked file: its name and its bytes. */
export type PickedFile = Pick<File, "name" | "arrayBuffer">;

/**
 * Reads a workbook's bytes into grids (the page loads the reader only when it is needed), or
 * gives the refusal every door gives for that file (`openRefusal`: CSV, .xlsb, encrypted, a
 * part in GBK …); it says why itself, so nothing here words a refusal again.
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
        // The browser could not give the file's bytes (moved or changed since it was picked):
        // its words are English, which the city's list of errors says in Chinese.
        return e instanceof Error ? e : new Error(String(e));
      }
    },
  }));
}
