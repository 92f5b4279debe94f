import type { SheetGrid } from "../sheets/grid";
import type { OutputSheet } from "./output-sheet";

/**
 * The one small interface every job reads and writes through, so the ribbon, the browser
 * page and the command line run the same code. Adapters: Office.js, .xlsx files, memory.
 */
export interface WorkbookPort {
  /** Every sheet's whole used range (values and number formats), read in one go. */
  readSheets(): Promise<SheetGrid[]>;
  /**
   * Writes Kehou's sheets: a sheet of the same name that Kehou wrote before is replaced; a
   * user's sheet of that name is left alone and ours gets a free name. Returns the names used.
   */
  writeSheets(sheets: readonly OutputSheet[]): Promise<string[]>;
}
