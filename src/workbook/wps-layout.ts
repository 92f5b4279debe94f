/// <reference types="et-jsapi-declare" />
import {
  absoluteAddress,
  blockAddress,
  rangeAddress,
  TEXT_FORMAT,
  type SheetLayout,
} from "../jobs/sheet-layout";
import { columnLetters } from "../sheets/a1";
import { officeCell } from "./office-layout";
import { chooseTableName } from "./sheet-name-choice";

/** The VBA constants used, by their documented values (Microsoft's enumeration pages). */
const XL = {
  /** XlPageOrientation.xlPortrait: https://learn.microsoft.com/en-us/office/vba/api/excel.xlpageorientation */
  portrait: 1,
  landscape: 2,
  /** XlPaperSize.xlPaperA4: https://learn.microsoft.com/en-us/office/vba/api/excel.xlpapersize */
  a4: 9,
  /** XlHAlign.xlHAlignLeft, XlVAlign.xlVAlignTop, and xlCenter for both: https://learn.microsoft.com/en-us/office/vba/api/excel.xlhalign */
  left: -4131,
  top: -4160,
  center: -4108,
  /** XlDVType.xlValidateList, XlDVAlertStyle.xlValidAlertStop, XlFormatConditionOperator.xlBetween */
  list: 3,
  stop: 1,
  between: 1,
};

/**
 * Sets a sheet's range formulas from an array of its size ("you can set the formula to a
 * Visual Basic array of the same dimensions", https://learn.microsoft.com/en-us/office/vba/api/excel.range.formula);
 * Kingsoft's declarations type `Formula` as one string only.
 */
export function setFormulas(range: Et.Range, grid: (string | number)[][]): void {
  (range as unknown as { Formula: unknown }).Formula = grid;
}

/**
 * Text as typed input keeps it: a leading apostrophe makes WPS (as Excel) store the rest as
 * text and not show the apostrophe, so "00123", "2021-05-06" and "10%" stay as written.
 * Formulas ("=…") are left to be formulas; text `asText` already quoted keeps its quote.
 */
function typedText(cell: string | number): string | number {
  if (typeof cell !== "string" || cell === "" || cell.startsWith("=") || cell.startsWith("'"))
    return cell;
  return `'${cell}`;
}

/**
 * Runs of rows (0-based, end exclusive) sharing a number format in one column, text and
 * General cells joining whichever run they fall in (a number format does not change text).
 */
function formatRuns(formats: readonly (readonly string[])[], col: number) {
  const runs: { format: string; from: number; to: number }[] = [];
  formats.forEach((row, r) => {
    const f = row[col];
    const last = runs[runs.length - 1];
    if (f === TEXT_FORMAT || f === "General") {
      if (last && last.to === r) last.to = r + 1;
    } else if (last && last.format === f && last.to === r) last.to = r + 1;
    else runs.push({ format: f, from: r, to: r + 1 });
  });
  return runs;
}

/** Rows written per call: one call per block keeps a school of thousands to a few calls. */
const ROWS_PER_WRITE = 2000;

/**
 * Writes a sheet's layout on a new ET sheet in a number of calls that does not grow with its
 * rows: number formats by runs of each column, the cells in row blocks, fonts, widths (in
 * characters of the standard font, as ET takes them), the table, pick-lists, print setup and
 * the frozen header. A form's frames and amounts are the file writer's and Excel's only: in
 * ET they would cost calls per family.
 */
export function applyWpsLayout(
  app: Et.Application,
  ws: Et.Worksheet,
  layout: SheetLayout,
  tables: Map<string, string>
): void {
  const width = layout.width;
  for (let c = 0; c < width; c++)
    for (const run of formatRuns(layout.formats, c))
      ws.Range(
        blockAddress({ row: run.from, col: c, rows: run.to - run.from, cols: 1 })
      ).NumberFormat = run.format;
  for (let r = 0; r < layout.cells.length; r += ROWS_PER_WRITE) {
    const rows = layout.cells
      .slice(r, r + ROWS_PER_WRITE)
      .map((row) => row.map((cell) => typedText(officeCell(cell))));
    setFormulas(ws.Range(blockAddress({ row: r, col: 0, rows: rows.length, cols: width })), rows);
  }
  if (layout.blankRows > 0) {
    // The template's rows ahead of the user's typing: ids typed there stay text.
    const from = layout.cells.length;
    layout.columnFormats.forEach((f, col) => {
      ws.Range(rangeAddress({ row: from, col, rows: layout.blankRows, cols: 1 })).NumberFormat = f;
    });
  }
  for (const f of layout.fonts) {
    const font = ws.Range(rangeAddress(f.block)).Font;
    font.Bold = f.bold;
    if (f.size !== undefined) font.Size = f.size;
  }
  layout.widths.forEach((w, i) => {
    const letter = columnLetters(i);
    ws.Range(`${letter}:${letter}`).ColumnWidth = w;
  });
  addWpsTable(ws, layout, tables);
  for (const v of layout.validations)
    ws.Range(rangeAddress(v.block)).Validation.Add(XL.list, XL.stop, XL.between, v.list.join(","));
  setWpsPage(ws, layout);
  freezeWpsHeader(app, ws, layout.frozenRows);
}

/**
 * Sets a sheet up for print as the other adapters do (https://learn.microsoft.com/en-us/office/vba/api/excel.pagesetup):
 * A4 one page wide; a table landscape with its header row on every page (PrintTitleRows); a
 * form portrait over its print area, its cells left- and top-aligned, wrapped columns and
 * their rows autofitted, its title merged and centred; a page break before each page (ET adds
 * them one at a time).
 */
function setWpsPage(ws: Et.Worksheet, layout: SheetLayout): void {
  const page = layout.page;
  if (!page) return;
  for (const c of page.columns) {
    const range = ws.Range(rangeAddress(c.block));
    range.HorizontalAlignment = XL.left;
    range.VerticalAlignment = XL.top;
    if (c.wrap) range.WrapText = true;
  }
  if (page.area) ws.Range(rangeAddress(page.area)).Rows.AutoFit();
  if (page.title) {
    const title = ws.Range(rangeAddress(page.title.block));
    if (page.title.merge) title.Merge();
    title.HorizontalAlignment = XL.center;
    title.VerticalAlignment = XL.center;
    title.Font.Bold = true;
    title.Font.Size = page.title.size;
  }
  const setup = ws.PageSetup;
  setup.Orientation = page.orientation === "portrait" ? XL.portrait : XL.landscape;
  setup.PaperSize = XL.a4;
  setup.Zoom = false; // FitToPages applies only with Zoom off
  setup.FitToPagesWide = 1;
  setup.FitToPagesTall = false;
  setup.CenterHorizontally = true;
  if (page.titleRow !== undefined)
    setup.PrintTitleRows = `$${page.titleRow + 1}:$${page.titleRow + 1}`;
  if (page.area) setup.PrintArea = absoluteAddress(page.area);
  // HPageBreaks.Add puts a break above its row.
  const breaks = ws.HPageBreaks;
  for (const row of page.breaksBefore) breaks.Add(ws.Range(`A${row + 1}`));
}

/**
 * Makes a sheet's data rows an Excel table (ListObject, xlSrcRange 1, headers xlYes 1) under a
 * name not in use anywhere in the workbook (`tables`: lower-case name → sheet, kept up to
 * date). A host that refuses the table still has the sheet, only without it: the table is
 * never worth losing the job for.
 */
function addWpsTable(ws: Et.Worksheet, layout: SheetLayout, tables: Map<string, string>): void {
  if (!layout.table) return;
  try {
    // Kingsoft's declarations type the source as an address (or a query table).
    const table = ws.ListObjects.Add(1, absoluteAddress(layout.table.block), undefined, 1);
    const name = chooseTableName(layout.table.name, tables);
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

/**
 * Freezes the top rows (down to the header): the window's split on the sheet, which must be the
 * active one (https://learn.microsoft.com/en-us/office/vba/api/excel.window.freezepanes).
 */
function freezeWpsHeader(app: Et.Application, ws: Et.Worksheet, rows: number): void {
  ws.Activate();
  const window = app.ActiveWindow;
  window.FreezePanes = false;
  window.SplitColumn = 0;
  window.SplitRow = rows;
  window.FreezePanes = true;
}
