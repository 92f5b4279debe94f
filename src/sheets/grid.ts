/**
 * A cell as Excel's `range.values` gives it: dates and times are serial numbers, errors are
 * their text (#N/A), blanks are "" or null.
 */
export type CellValue = number | string | boolean | null;

/** One sheet of the user's workbook: its name, values and (when known) number formats. */
export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as values; absent where the source has none. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Hidden (or veryHidden) in the workbook: a stale copy, more likely than the sheet in use. */
  readonly hidden?: boolean;
  /** A1 addresses of formula cells saved without a value (read as blank, but not blank). */
  readonly uncalculated?: readonly string[];
}

/** The value at a 0-based row and column, null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

/** The number format at a 0-based row and column, "General" when unknown. */
export function formatAt(grid: SheetGrid, row: number, col: number): string {
  return grid.numberFormats?.[row]?.[col] ?? "General";
}

/** Whether a cell holds nothing (null, "", or only spaces). */
export function isEmptyCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** The widest row of a grid. */
export function gridWidth(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  return width;
}
