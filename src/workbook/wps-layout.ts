/// <reference types="et-jsapi-declare" />
import { isForm, OUTPUT_HEADER_ROW, type OutputSheet } from "../jobs/output-sheet";
import { columnLetters } from "../sheets/a1";

/** The VBA constants used, by their documented values (Microsoft's enumeration pages). */
const XL = {
  /** XlPageOrientation.xlPortrait: https://learn.microsoft.com/en-us/office/vba/api/excel.xlpageorientation */
  portrait: 1,
  landscape: 2,
  /** XlPaperSize.xlPaperA4: https://learn.microsoft.com/en-us/office/vba/api/excel.xlpapersize */
  a4: 9,
  /** XlHAlign.xlHAlignLeft and XlVAlign.xlVAlignTop */
  left: -4131,
  top: -4160,
  /** XlDVType.xlValidateList, XlDVAlertStyle.xlValidAlertStop, XlFormatConditionOperator.xlBetween */
  list: 3,
  stop: 1,
  between: 1,
};

/**
 * Sets a sheet up for print as the other adapters do (https://learn.microsoft.com/en-us/office/vba/api/excel.pagesetup):
 * a table A4 landscape, one page wide, its header row on every page (PrintTitleRows); a form
 * A4 portrait, one page wide, the print area, a page break before each page's first row,
 * wrapped columns top-aligned and their rows autofitted. A few calls per column, and two per
 * page: ET adds page breaks one at a time.
 */
export function setWpsPrint(ws: Et.Worksheet, sheet: OutputSheet): void {
  const print = sheet.print;
  if (!print) return;
  if (!isForm(print)) {
    const header = OUTPUT_HEADER_ROW + 1;
    a4OnePageWide(ws, XL.landscape).PrintTitleRows = `$${header}:$${header}`;
    addBreaks(ws, print.breaksAfter);
    return;
  }
  const last = columnLetters(sheet.columns.length - 1);
  const area = `A${print.firstRow + 1}:${last}${print.lastRow + 1}`;
  sheet.columns.forEach((c, i) => {
    const col = columnLetters(i);
    const range = ws.Range(`${col}${print.firstRow + 1}:${col}${print.lastRow + 1}`);
    range.HorizontalAlignment = XL.left;
    if (c.wrap) ((range.WrapText = true), (range.VerticalAlignment = XL.top));
  });
  ws.Range(area).Rows.AutoFit();
  a4OnePageWide(ws, XL.portrait).PrintArea =
    `$A$${print.firstRow + 1}:$${last}$${print.lastRow + 1}`;
  addBreaks(ws, print.breaksAfter);
}

/** A4, one page wide and as tall as it takes, centred; the sheet's PageSetup for the rest. */
function a4OnePageWide(ws: Et.Worksheet, orientation: number): Et.PageSetup {
  const page = ws.PageSetup;
  page.Orientation = orientation;
  page.PaperSize = XL.a4;
  page.Zoom = false; // FitToPages applies only with Zoom off
  page.FitToPagesWide = 1;
  page.FitToPagesTall = false;
  page.CenterHorizontally = true;
  return page;
}

/** A page break after each of `rows` (0-based): HPageBreaks.Add puts one above its row. */
function addBreaks(ws: Et.Worksheet, rows: readonly number[]): void {
  const breaks = ws.HPageBreaks;
  for (const row of rows) breaks.Add(ws.Range(`A${row + 2}`));
}

/**
 * Makes a sheet's data rows an Excel table (ListObject, xlSrcRange 1, headers xlYes 1) under a
 * name not in use anywhere in the workbook (`tables`: lower-case name → sheet, kept up to
 * date). A host that refuses the table still has the sheet, only without it: the table is
 * never worth losing the job for.
 */
export function addWpsTable(
  ws: Et.Worksheet,
  sheet: OutputSheet,
  rows: { readonly header: number; readonly last: number },
  tables: Map<string, string>,
  choose: (desired: string, inUse: ReadonlyMap<string, unknown>) => string
): void {
  if (!sheet.table) return;
  const last = columnLetters(sheet.columns.length - 1);
  try {
    // Kingsoft's declarations type the source as an address (or a query table).
    const table = ws.ListObjects.Add(
      1,
      `$A$${rows.header + 1}:$${last}$${rows.last + 1}`,
      undefined,
      1
    );
    const name = choose(sheet.table, tables);
    table.Name = name;
    table.TableStyle = "TableStyleMedium2";
    tables.set(name.toLowerCase(), ws.Name);
  } catch {
    // The sheet is written; only its table is missing.
  }
}

/** The tables of the workbook, lower-case name → sheet: table names are unique per workbook. */
export function wpsTableNames(sheets: readonly Et.Worksheet[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const ws of sheets) {
    const lists = ws.ListObjects;
    const sheetName = ws.Name;
    for (let i = 1, n = lists.Count; i <= n; i++)
      names.set(String(lists.Item(i).Name).toLowerCase(), sheetName);
  }
  return names;
}

/** The pick-lists of a sheet's data rows (是/否 …): a list validation over each column's rows. */
export function setWpsValidations(ws: Et.Worksheet, sheet: OutputSheet, headerRow: number): void {
  for (const v of sheet.validations ?? []) {
    const col = columnLetters(v.col);
    const range = ws.Range(`${col}${headerRow + 2}:${col}${headerRow + 1 + v.rows}`);
    range.Validation.Add(XL.list, XL.stop, XL.between, v.list.join(","));
  }
}

/**
 * Freezes the rows down to the header: the window's split on the sheet, which must be the
 * active one (https://learn.microsoft.com/en-us/office/vba/api/excel.window.freezepanes).
 */
export function freezeWpsHeader(app: Et.Application, ws: Et.Worksheet, headerRow: number): void {
  ws.Activate();
  const window = app.ActiveWindow;
  window.FreezePanes = false;
  window.SplitColumn = 0;
  window.SplitRow = headerRow + 1;
  window.FreezePanes = true;
}
