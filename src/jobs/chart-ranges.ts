import { columnLetters, sheetRef } from "../sheets/a1";
import { OUTPUT_HEADER_ROW, isFormula, type OutputCell, type OutputSheet } from "./output-sheet";

/**
 * An absolute reference to a run of one column, 0-based rows inclusive.
 * @example columnRange("汇总", 12, 3, 52) //=> "'汇总'!$M$4:$M$53"
 */
export function columnRange(sheet: string, col: number, first: number, last: number): string {
  const c = columnLetters(col);
  return sheetRef(sheet, `$${c}$${first + 1}:$${c}$${last + 1}`);
}

/** An absolute reference to one cell, 0-based. */
export function cellRef(sheet: string, row: number, col: number): string {
  return sheetRef(sheet, `$${columnLetters(col)}$${row + 1}`);
}

/** The 0-based sheet row of an output sheet's data row `i`. */
export function dataRow(i: number): number {
  return OUTPUT_HEADER_ROW + 1 + i;
}

/** The 0-based sheet row of an output sheet's row `j` after its data. */
export function afterRow(sheet: OutputSheet, j: number): number {
  return dataRow(Math.max(sheet.rows.length, 1)) + j;
}

/** The column of an output sheet with this header; a renamed header is a bug here. */
export function columnOf(sheet: OutputSheet, header: string): number {
  const col = sheet.columns.findIndex((c) => c.header === header);
  if (col < 0) throw new Error(`${sheet.name} has no column ${header}`);
  return col;
}

/** The figure a cell shows: its value, or a formula's cached result. */
export function shownNumber(cell: OutputCell | undefined): number {
  const v = cell !== undefined && isFormula(cell) ? cell.result : cell;
  return typeof v === "number" ? v : 0;
}

/** The text a cell shows. */
export function shownText(cell: OutputCell | undefined): string {
  const v = cell !== undefined && isFormula(cell) ? cell.result : cell;
  return v === null || v === undefined ? "" : String(v);
}
