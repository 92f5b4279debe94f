import type ExcelJS from "exceljs";

/**
 * Lets exceljs open a workbook with a sheet named History. Excel reserves that name for its
 * change-tracking sheet and will not let a user type it, but LibreOffice does, and exceljs
 * then refuses the whole file ("The name "History" is protected"). A sheet of that name in a
 * file is the user's data, so its name is taken as it is; nothing Kehou writes is so named.
 */
export function allowHistorySheetName(exceljs: typeof ExcelJS): void {
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
