import type ExcelJS from "exceljs";
import { columnLetters } from "../sheets/a1";
import { DEFAULT_ROW_POINTS, wrappedLines } from "./wrap-height";
import { SHEET_FONT } from "./sheet-font";
import { emphasised, frameEdges, framedRowPoints } from "../jobs/form-look";
import {
  isForm,
  isFormula,
  noteRow,
  OUTPUT_HEADER_ROW,
  titleOf,
  type ColumnFormat,
  type OutputCell,
  type OutputSheet,
} from "../jobs/output-sheet";

/** Excel number formats of the output column kinds. */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: "General",
  integer: "0",
  money: '"¥"#,##0.00',
  date: "yyyy-mm-dd",
  general: "General",
};

function cellValue(cell: OutputCell): ExcelJS.CellValue {
  if (isFormula(cell))
    return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  return cell; // strings stay strings: exceljs never reads "=…" text as a formula
}

/** Renders an output sheet into an empty exceljs worksheet: title, table, rows after, formats, frozen header. */
export function renderToWorksheet(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const headerRow = OUTPUT_HEADER_ROW + 1;
  ws.getCell(1, 1).value = titleOf(sheet);
  ws.getCell(1, 1).font = { ...FONT, bold: true, size: 14 };
  noteRow(sheet).forEach((note, i) => {
    if (typeof note !== "string") return;
    const cell = ws.getCell(OUTPUT_HEADER_ROW, i + 1);
    cell.value = note;
    cell.font = { ...FONT, size: 9, color: { argb: "FF595959" } };
    cell.alignment = { wrapText: true, vertical: "bottom" };
  });
  // Column styles before any cell exists: every cell then takes its column's number format,
  // without a style write per cell.
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    // A sheet for the user to fill (the template) keeps its text columns text, so an id
    // typed as 00123 keeps its zeros in Excel.
    column.numFmt = sheet.owned === false && c.format === "text" ? "@" : NUMBER_FORMATS[c.format];
    column.font = FONT;
    if (c.wrap) column.alignment = { wrapText: true, vertical: "top" };
  });
  const rows = sheet.rows.length > 0 ? sheet.rows : [sheet.columns.map(() => null)];
  if (sheet.table) {
    ws.addTable({
      name: sheet.table,
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: sheet.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: rows.map((r) => r.map(cellValue)),
    });
  } else {
    ws.getRow(headerRow).values = sheet.columns.map((c) => c.header);
    rows.forEach((r, i) => (ws.getRow(headerRow + 1 + i).values = r.map(cellValue)));
  }
  ws.getRow(headerRow).font = { ...FONT, bold: true };
  (sheet.after ?? []).forEach((r, i) => {
    const row = ws.getRow(headerRow + rows.length + 1 + i);
    r.forEach((cell, c) => {
      if (cell !== null) row.getCell(c + 1).value = cellValue(cell);
    });
    if (r.length > 0) row.font = { ...FONT, bold: true };
  });
  for (const v of sheet.validations ?? []) {
    const from = headerRow + 1 + (v.from ?? 0);
    for (let r = from; r < from + v.rows; r++) {
      ws.getCell(r, v.col + 1).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${v.list.join(",")}"`],
        showErrorMessage: true,
        errorTitle: "Kehou",
        error: `请从列表中选择：${v.list.join("、")}`,
      };
    }
  }
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  if (sheet.print) setPrint(ws, sheet);
}

const FONT: Partial<ExcelJS.Font> = {
  name: SHEET_FONT.name,
  charset: SHEET_FONT.charset,
  family: SHEET_FONT.family,
  size: SHEET_FONT.size,
};

const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * A4 one page wide and as tall as it takes, manual page breaks (row breaks); a form in
 * portrait with its print area, a table in landscape with its header row on every page.
 */
function setPrint(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const print = sheet.print!;
  for (const row of print.breaksAfter) ws.getRow(row + 1).addPageBreak();
  const base = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as the breaks make
    horizontalCentered: true,
    margins: MARGINS,
  };
  if (!isForm(print)) {
    const header = OUTPUT_HEADER_ROW + 1;
    ws.pageSetup = { ...base, orientation: "landscape", printTitlesRow: `${header}:${header}` };
    return;
  }
  const last = columnLetters(sheet.columns.length - 1);
  ws.pageSetup = {
    ...base,
    orientation: "portrait",
    // Absolute rows: LibreOffice ignores a print area written as $A4:$D91.
    printArea: `A$${print.firstRow + 1}:${last}$${print.lastRow + 1}`, // exceljs adds the column $
  };
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    // A form, not a table of figures; every cell top-aligned, so a label is level with its text.
    column.alignment = { ...column.alignment, horizontal: "left", vertical: "top" };
    if (!c.wrap) return;
    column.eachCell((cell, r) => {
      const lines = typeof cell.value === "string" ? wrappedLines(cell.value, c.width) : 1;
      const row = ws.getRow(r);
      if (lines > 1) row.height = Math.max(row.height ?? 0, lines * DEFAULT_ROW_POINTS);
    });
  });
  const width = sheet.columns.length;
  if (print.titleRow !== undefined) {
    const r = print.titleRow + 1;
    if (width > 1) ws.mergeCells(r, 1, r, width);
    const cell = ws.getCell(r, 1);
    cell.font = { ...FONT, bold: true, size: 16 };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(r).height = 2 * DEFAULT_ROW_POINTS;
  }
  const thin = { style: "thin" as const };
  const rowAt = (r: number) => sheet.rows[r - OUTPUT_HEADER_ROW - 1];
  for (const [key, e] of frameEdges(print, width, rowAt)) {
    const [r, c] = key.split(",").map(Number);
    const cell = ws.getCell(r + 1, c + 1);
    cell.border = {
      ...(e.top ? { top: thin } : {}),
      ...(e.bottom ? { bottom: thin } : {}),
      ...(e.left ? { left: thin } : {}),
      ...(e.right ? { right: thin } : {}),
    };
    cell.alignment = { ...cell.alignment, vertical: "middle" };
    ws.getRow(r + 1).height = framedRowPoints(print, r)!;
  }
  for (const key of emphasised(print)) {
    const [r, c] = key.split(",").map(Number);
    ws.getCell(r + 1, c + 1).font = { ...FONT, bold: true, size: 13 };
  }
}
