import type ExcelJS from "exceljs";
import { allowHistorySheetName } from "./xlsx-history-name";

// CommonJS require, declared here for the page's build (which has no Node types): Node and
// webpack both resolve it, and jest runs it where a dynamic import() would need VM modules.
declare const require: (id: string) => unknown;

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on first use. Reading a school's file never needs it (the cell reader in
 * ./cells does that); only Kehou's own new workbooks, the settings form's re-save, reading
 * back Kehou's sheets and the re-save fallback do, so the CLI, its reader threads and the
 * page do not pay its half-second load for every file.
 */
export function exceljs(): typeof ExcelJS {
  if (!loaded) {
    loaded = require("exceljs") as typeof ExcelJS;
    allowHistorySheetName(loaded);
  }
  return loaded;
}
