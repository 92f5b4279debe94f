import type ExcelJS from "exceljs";

// CommonJS require, declared here for the page's build (which has no Node types): Node and
// webpack both resolve it, and jest runs it where a dynamic import() would need VM modules.
declare const require: (id: string) => unknown;

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on first use. Reading a school's file never needs it (the cell reader in
 * ./cells does that); only the .xlsx copy of an .xls/.et/.ods workbook (./values-copy) and
 * the re-save of a package the part writer refuses do, so the CLI, its reader threads and
 * the page do not pay its half-second load for every file.
 */
export function exceljs(): typeof ExcelJS {
  if (!loaded) {
    loaded = require("exceljs") as typeof ExcelJS;
    allowHistorySheetName(loaded);
  }
  return loaded;
}

/**
 * Lets exceljs open a workbook with a sheet named History. Excel reserves that name for its
 * change-tracking sheet and will not let a user type it, but LibreOffice does, and exceljs
 * then refuses the whole file ("The name "History" is protected"). A sheet of that name in a
 * file is the user's data, so its name is taken as it is; nothing Kehou writes is so named.
 */
function allowHistorySheetName(exceljs: typeof ExcelJS): void {
  const probe = new exceljs.Workbook().addWorksheet("probe");
  const proto = Object.getPrototypeOf(probe) as object;
  const original = Object.getOwnPropertyDescriptor(proto, "name");
  if (!original?.set || (original.set as { kehou?: boolean }).kehou) return;
  const set = function (this: { _name?: string }, name: unknown) {
    if (name === "History") this._name = name;
    else original.set!.call(this, name);
  };
  (set as { kehou?: boolean }).kehou = true;
  Object.defineProperty(proto, "name", { ...original, set });
}
