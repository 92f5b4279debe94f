/* global Excel */
import { hasExcelApi } from "./office-api-sets";
import { isFormula, type OutputCell } from "../jobs/output-sheet";
import { rangeAddress, type SheetLayout } from "../jobs/sheet-layout";
import { cellKey } from "../jobs/form-look";
import { a1, columnLetters } from "../sheets/a1";
import { ACTION_BYTES, payloadBytes, rowsPerChunk } from "./office-payload";

/**
 * Text from the user's cells goes in as text, never a formula (= + - @ at the start would
 * make Excel evaluate it): a leading apostrophe keeps it text and is not shown.
 */
export function asText(value: string): string {
  return /^[=+\-@]/.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** A cell as `range.formulas` (and ET's `Formula`) takes it: a formula with "=", text that looks like one quoted. */
export function officeCell(cell: OutputCell): string | number {
  if (cell === null) return "";
  if (isFormula(cell)) return `=${cell.formula}`;
  return typeof cell === "number" ? cell : asText(cell);
}

/**
 * Sets columns A, B … to widths in characters, in points as RangeFormat.columnWidth takes
 * them: the .xlsx width w is w × 7 + 5 pixels of the default font, at 96 pixels to 72 points.
 */
export function setColumnWidths(ws: Excel.Worksheet, chars: readonly number[]): void {
  chars.forEach((w, i) => {
    const letter = columnLetters(i);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = ((w * 7 + 5) * 72) / 96;
  });
}

/** Whether the host has the page layout API (ExcelApi 1.9). */
export function hasPageLayout(): boolean {
  return hasExcelApi("1.9");
}

/**
 * Queues a sheet's layout on a new Office.js sheet, in the writing request: values and their
 * formats in chunks under the payload limit (`room` syncs first when the request would pass
 * it), the table under `tableName`, fonts, widths, pick-lists, the frozen header and the
 * print setup. Where the host lacks ExcelApi 1.9 the sheet is still written, only without
 * its page setup.
 */
export async function applyOfficeLayout(
  ws: Excel.Worksheet,
  layout: SheetLayout,
  tableName: string | undefined,
  room: (bytes: number) => Promise<void>
): Promise<void> {
  const cells = layout.cells.map((row) => row.map(officeCell));
  const chunk = rowsPerChunk(cells, layout.formats as string[][]);
  for (let r = 0; r < cells.length; r += chunk) {
    const rows = cells.slice(r, r + chunk);
    const formats = layout.formats.slice(r, r + chunk) as string[][];
    await room(payloadBytes(rows) + payloadBytes(formats));
    const range = ws.getRangeByIndexes(r, 0, rows.length, layout.width);
    range.numberFormat = formats; // before the values, so text cells stay text
    range.formulas = rows;
  }
  if (layout.blankRows > 0) {
    const formats = Array.from({ length: layout.blankRows }, () => [...layout.columnFormats]);
    await room(payloadBytes(formats));
    ws.getRangeByIndexes(cells.length, 0, layout.blankRows, layout.width).numberFormat = formats;
  }
  if (layout.table && tableName) {
    // The range itself: an address without a sheet would put the table on the active sheet.
    const table = ws.tables.add(ws.getRange(rangeAddress(layout.table.block)), true);
    table.name = tableName;
    table.style = "TableStyleMedium2";
  }
  for (const f of layout.fonts) {
    const font = ws.getRange(rangeAddress(f.block)).format.font;
    font.bold = f.bold;
    if (f.size !== undefined) font.size = f.size;
  }
  setColumnWidths(ws, layout.widths);
  for (const v of layout.validations)
    ws.getRange(rangeAddress(v.block)).dataValidation.rule = {
      list: { inCellDropDown: true, source: v.list.join(",") },
    };
  ws.freezePanes.freezeRows(layout.frozenRows);
  await applyOfficePage(ws, layout, room);
}

/**
 * A form's cells top-aligned, wrapped columns and their rows autofitted, its title, frames and
 * amounts; then A4 one page wide, its print area or header row, a page break before each page.
 */
async function applyOfficePage(
  ws: Excel.Worksheet,
  layout: SheetLayout,
  room: (bytes: number) => Promise<void>
): Promise<void> {
  const page = layout.page;
  if (!page) return;
  for (const c of page.columns) {
    const col = ws.getRange(rangeAddress(c.block));
    col.format.horizontalAlignment = "Left";
    col.format.verticalAlignment = "Top";
    if (c.wrap) col.format.wrapText = true;
  }
  if (page.area) ws.getRange(rangeAddress(page.area)).format.autofitRows();
  if (page.title) {
    const title = ws.getRange(rangeAddress(page.title.block));
    if (page.title.merge) title.merge(false);
    title.format.horizontalAlignment = "Center";
    title.format.verticalAlignment = "Center";
    title.format.font.bold = true;
    title.format.font.size = page.title.size;
  }
  const last = columnLetters(layout.width - 1);
  for (const r of page.framedRows) {
    // A frame is many small actions: 3,000 notices' frames pass Excel's 5 MB in one request.
    await room(ACTION_BYTES * (4 + layout.width));
    const borders = ws.getRange(`A${r + 1}:${last}${r + 1}`).format.borders;
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const)
      borders.getItem(edge).style = "Continuous";
    for (let c = 1; c < layout.width; c++)
      if (page.edges.get(cellKey(r, c))?.left)
        ws.getRange(a1(r, c)).format.borders.getItem("EdgeLeft").style = "Continuous";
  }
  for (const e of page.emphasis) {
    await room(ACTION_BYTES * 2);
    const font = ws.getRange(a1(e.row, e.col)).format.font;
    font.bold = true;
    font.size = e.size;
  }
  if (!hasPageLayout()) return;
  const setup = ws.pageLayout;
  setup.orientation = page.orientation === "portrait" ? "Portrait" : "Landscape";
  setup.paperSize = "A4";
  setup.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  setup.centerHorizontally = true;
  if (page.titleRow !== undefined)
    setup.setPrintTitleRows(`$${page.titleRow + 1}:$${page.titleRow + 1}`);
  if (page.area) setup.setPrintArea(rangeAddress(page.area));
  // PageBreakCollection.add puts the break before the range's top-left cell.
  for (const row of page.breaksBefore) {
    await room(ACTION_BYTES);
    ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
}
