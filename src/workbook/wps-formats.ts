/// <reference types="et-jsapi-declare" />
import { blockAddress, type CellBlock as Block } from "../jobs/sheet-layout";
import type { CellValue } from "../sheets/grid";
import { value2Grid } from "./wps-value2";

/**
 * `NumberFormat` of a block as a grid: a string when every cell shares it, null when they
 * differ ("returns Null if all cells in the specified range don't have the same number
 * format", https://learn.microsoft.com/en-us/office/vba/api/excel.range.numberformat), and
 * read as a grid should a WPS give one per cell.
 */
function formatsOf(ws: Et.Worksheet, b: Block): string[][] | undefined {
  const raw: unknown = ws.Range(blockAddress(b)).NumberFormat;
  if (typeof raw === "string")
    return Array.from({ length: b.rows }, () => Array.from({ length: b.cols }, () => raw));
  if (!Array.isArray(raw)) return undefined;
  return value2Grid(raw, b.rows, b.cols).map((r) =>
    r.map((f) => (typeof f === "string" ? f : "General"))
  );
}

/**
 * The number formats of a used range, in a number of calls that does not grow with its rows:
 * the whole range at once; where formats differ, each column that holds numbers (only a
 * number's format changes what it means: a date, a time, a percent), over the rows from its
 * first number to its last; where that differs, its first number on its own (a date header
 * over minutes) and the rest, halved only where still mixed. Cells without a number are
 * "General". `values` is the block's values, 0-based from its corner.
 */
export function readFormats(
  ws: Et.Worksheet,
  used: Block,
  values: readonly CellValue[][]
): string[][] {
  const whole = formatsOf(ws, used);
  if (whole) return whole;
  const out = Array.from({ length: used.rows }, () =>
    Array.from({ length: used.cols }, () => "General")
  );
  const fill = (col: number, from: number, to: number) => {
    const f = formatsOf(ws, {
      row: used.row + from,
      col: used.col + col,
      rows: to - from,
      cols: 1,
    });
    if (f) f.forEach((r, i) => (out[from + i][col] = r[0]));
    return f !== undefined;
  };
  const split = (col: number, from: number, to: number): void => {
    if (to - from < 1 || fill(col, from, to) || to - from === 1) return;
    const mid = from + Math.ceil((to - from) / 2);
    split(col, from, mid);
    split(col, mid, to);
  };
  for (let c = 0; c < used.cols; c++) {
    const numeric = values.flatMap((r, i) => (typeof r[c] === "number" ? [i] : []));
    if (numeric.length === 0) continue;
    const first = numeric[0];
    const last = numeric[numeric.length - 1] + 1;
    if (fill(c, first, last)) continue;
    fill(c, first, first + 1);
    split(c, first + 1, last);
  }
  return out;
}
