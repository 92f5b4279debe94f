import type ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { NO_CELLS, NO_FORMATS } from "../../src/workbook/cells/sheet-grid";
import { serialOfDate } from "../../src/workbook/excel-serial";

/** A cell value as Excel's range.values would give it (merged non-master cells are blank). */
export function plainValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return toPlain(cell.value);
}

/** A formula saved without its value (no <v>): what Excel shows is unknown until it recalculates. */
function isUncalculated(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v))
    return false;
  if (cell.isMerged && cell.master !== cell) return false;
  return (v as ExcelJS.CellFormulaValue).result === undefined;
}

function toPlain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOfDate(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return v.error;
  if ("formula" in v || "sharedFormula" in v)
    return toPlain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in v) return toPlain((v as ExcelJS.CellHyperlinkValue).text);
  return null;
}

/**
 * The grids of an exceljs workbook (Kehou's own new workbooks, its rendered sheets, a
 * workbook the settings form edited), shaped as the cell reader shapes a file's: rows as long
 * as their last cell, empty rows the one shared empty array, formatted but empty cells skipped.
 */
export function modelGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  return workbook.worksheets.map((ws) => {
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const uncalculated: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const v: CellValue[] = [];
      const f: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (isUncalculated(cell)) uncalculated.push(cell.address);
        const value = plainValue(cell);
        if (value === null) return;
        while (v.length < c - 1) (v.push(null), f.push("General"));
        v.push(value);
        f.push(cell.numFmt || "General");
      });
      if (v.length === 0) return;
      while (values.length < r - 1) (values.push(NO_CELLS), numberFormats.push(NO_FORMATS));
      values.push(v);
      numberFormats.push(f);
    });
    return {
      name: ws.name,
      values,
      numberFormats,
      ...(ws.state && ws.state !== "visible" ? { hidden: true } : {}),
      ...(uncalculated.length > 0 ? { uncalculated } : {}),
    };
  });
}

/** Column A of each row with a value in sheet `name` (the marks sheet's records), raw. */
export function firstColumn(workbook: ExcelJS.Workbook, name: string): unknown[] {
  const rows: unknown[] = [];
  workbook.getWorksheet(name)?.eachRow((row) => rows.push(row.getCell(1).value));
  return rows;
}
