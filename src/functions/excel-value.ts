/** A value as Excel hands it to a custom function: a scalar, or a range of them. */
export type ExcelScalar = number | string | boolean | null | undefined;
export type ExcelArg = ExcelScalar | ExcelScalar[][];

/** One cell of a range, with its 1-based place in the range. */
export interface RangeCell {
  readonly value: ExcelScalar;
  readonly row: number;
  readonly col: number;
}

/** The cells of an argument, row by row; a single value is a 1×1 range. */
export function cellsOf(arg: ExcelArg): RangeCell[] {
  const rows: ExcelScalar[][] = Array.isArray(arg) ? arg : [[arg]];
  return rows.flatMap((row, r) =>
    (Array.isArray(row) ? row : [row]).map((value, c) => ({ value, row: r + 1, col: c + 1 }))
  );
}

/** Blank as Excel sends it: null, undefined or the empty string. */
export function isBlank(value: ExcelScalar): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}
