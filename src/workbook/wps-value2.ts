import type { CellValue } from "../sheets/grid";
import { EXCEL_ERRORS } from "./excel-errors";
import { serialOfDate } from "./excel-serial";

/**
 * A cell's error value as COM passes it: CVErr, 0x800A07D0 + the error's code, as a signed
 * 32-bit integer. A WPS that hands Value2's errors through as these numbers would otherwise
 * have them read as minutes.
 * https://learn.microsoft.com/en-us/office/vba/excel/concepts/cells-and-ranges/cell-error-values
 */
const CVERR_BASE = -2146826288;

/** One cell of a Value2 answer as Kehou's grids hold it: blank as null, dates as serials. */
function cellOf(v: unknown): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number")
    return EXCEL_ERRORS.get(v - CVERR_BASE) ?? (Number.isFinite(v) ? v : String(v));
  if (typeof v === "string" || typeof v === "boolean") return v;
  // Value2 gives serials, but a host that passes a COM date through as a Date is read the same.
  if (v instanceof Date) return serialOfDate(v);
  return String(v);
}

/**
 * A range's `Value2` (or `NumberFormat`, `Formula`) as a `rows`×`cols` grid, whatever shape
 * the host gave it: a scalar (one cell, or a property the same over the whole range), a flat
 * array (one row, one column, or row-major cells), or a 2-D array. Kingsoft documents none
 * of these shapes for the JS API; VBA's is a scalar for one cell and a 2-D array otherwise
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.range.value2). Missing cells are
 * blank; extra ones are ignored.
 */
export function value2Grid(raw: unknown, rows: number, cols: number): CellValue[][] {
  const grid = (at: (r: number, c: number) => unknown) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => cellOf(at(r, c)))
    );
  if (!Array.isArray(raw)) return grid(() => raw);
  const twoD = raw.some((row) => Array.isArray(row));
  if (twoD)
    return grid((r, c) => {
      const row: unknown = raw[r];
      return Array.isArray(row) ? row[c] : c === 0 ? row : undefined;
    });
  if (rows === 1) return grid((_, c) => raw[c]);
  if (cols === 1) return grid((r) => raw[r]);
  return grid((r, c) => raw[r * cols + c]);
}
