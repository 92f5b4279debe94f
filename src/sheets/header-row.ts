import { parseDateHeader, type DateHeader } from "./date-header";
import { cellAt, formatAt, gridWidth, isEmptyCell, type SheetGrid } from "./grid";
import { headerField, type HeaderField } from "./header-synonyms";
import { perText } from "./per-text";

/** A header row found under a sheet's title rows: which column holds which field, and the date columns. */
export interface HeaderRow {
  /** 0-based row of the header; data starts below it. */
  readonly row: number;
  readonly fields: Readonly<Partial<Record<HeaderField, number>>>;
  readonly dateColumns: readonly { readonly col: number; readonly header: DateHeader }[];
  /** Columns with a header that is neither a known field nor a date (备注-like, 星期一, 5月32日). */
  readonly otherColumns: readonly number[];
  /** Columns whose header cell is blank (or the tail of a merged cell), with nothing above. */
  readonly blankColumns: readonly number[];
}

const MAX_TITLE_ROWS = 20;

function headerText(grid: SheetGrid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  return typeof v === "string" ? v : "";
}

type FieldOf = (text: string) => HeaderField | undefined;

/** Reads one candidate row, taking a field from the row above where this one is blank (two-row headers). */
function readRow(grid: SheetGrid, row: number, width: number, headerField: FieldOf): HeaderRow {
  const fields: Partial<Record<HeaderField, number>> = {};
  const dateColumns: { col: number; header: DateHeader }[] = [];
  const otherColumns: number[] = [];
  const blankColumns: number[] = [];
  for (let col = 0; col < width; col++) {
    const value = cellAt(grid, row, col);
    if (isEmptyCell(value)) {
      const above = row > 0 ? headerField(headerText(grid, row - 1, col)) : undefined;
      // A date merged down over both rows of a two-row header sits in the upper row.
      const aboveDate =
        row > 0 && !above
          ? parseDateHeader(cellAt(grid, row - 1, col), formatAt(grid, row - 1, col))
          : undefined;
      if (above && fields[above] === undefined) fields[above] = col;
      else if (aboveDate && aboveDate.kind !== "none") dateColumns.push({ col, header: aboveDate });
      else if (!above) blankColumns.push(col);
      continue;
    }
    const field = typeof value === "string" ? headerField(value) : undefined;
    if (field) {
      if (fields[field] === undefined) fields[field] = col;
      continue;
    }
    const header = parseDateHeader(value, formatAt(grid, row, col));
    if (header.kind !== "none") dateColumns.push({ col, header });
    else otherColumns.push(col);
  }
  return { row, fields, dateColumns, otherColumns, blankColumns };
}

/**
 * Whether a row names a student column (学号 or 姓名), itself or, where it is blank, in the
 * row above, as `readRow` takes fields: a row without one scores nothing, so its dates need
 * not be read (the data rows under a header are most of the rows looked at).
 */
function namesStudent(grid: SheetGrid, row: number, width: number, headerField: FieldOf): boolean {
  for (let col = 0; col < width; col++) {
    const value = cellAt(grid, row, col);
    const field = isEmptyCell(value)
      ? row > 0
        ? headerField(headerText(grid, row - 1, col))
        : undefined
      : typeof value === "string"
        ? headerField(value)
        : undefined;
    if (field === "id" || field === "name") return true;
  }
  return false;
}

function score(h: HeaderRow): number {
  const fieldCount = Object.keys(h.fields).length;
  const hasStudent = h.fields.id !== undefined || h.fields.name !== undefined;
  if (!hasStudent) return 0;
  return fieldCount + (h.dateColumns.length >= 3 ? 2 : 0);
}

/**
 * Finds the header row of a sheet below any title rows: the row, among the first 20, that
 * names a student column (学号 or 姓名) and the most other known fields and dates.
 */
export function findHeaderRow(grid: SheetGrid): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  let bestScore = 0;
  const last = Math.min(grid.values.length, MAX_TITLE_ROWS);
  // The width of every row is scanned once, not once per candidate row.
  const width = gridWidth(grid);
  // A row's texts are mostly its neighbours' (a column's marks, the row above looked at again).
  const fieldOf = perText(headerField);
  for (let row = 0; row < last; row++) {
    if (!namesStudent(grid, row, width, fieldOf)) continue;
    const candidate = readRow(grid, row, width, fieldOf);
    const s = score(candidate);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}

/** The text of the title rows above a header, for a month named there ("2021年5月考勤表"). */
export function titleText(grid: SheetGrid, headerRow: number): string {
  const parts: string[] = [grid.name];
  for (let row = 0; row < headerRow; row++) {
    for (const v of grid.values[row] ?? [])
      if (typeof v === "string" && v.trim() !== "") parts.push(v);
  }
  return parts.join(" ");
}
