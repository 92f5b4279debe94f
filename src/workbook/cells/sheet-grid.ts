import { columnLetters } from "../../sheets/a1";
import type { CellValue, SheetGrid } from "../../sheets/grid";
import { SheetProblem, type ReadCells } from "./sheet-cells";

/** The row of a grid with no cells, shared by every empty row. */
export const NO_CELLS: CellValue[] = Object.freeze([]) as unknown as CellValue[];
export const NO_FORMATS: string[] = Object.freeze([]) as unknown as string[];

/**
 * How many row visits blanking merged areas may take: far past any real sheet, short of a
 * crafted one (thousands of full-height merges over a million rows) running for minutes.
 */
const MERGE_VISITS = 50_000_000;

/** The first index in ascending `list` whose value is at least `x`. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Blanks the cells a merged area covers, all but its top-left (Excel's range.values gives
 * them blank, whatever the file stores there); their formulas are not uncalculated either.
 */
function blankMerged(cells: ReadCells): void {
  if (cells.merges.length === 0) return;
  const { rows, formats, uncalculated } = cells;
  const present: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i]) present.push(i);
  const unset = [...uncalculated.keys()].sort((a, b) => a - b);
  const touched = new Set<number>();
  let visits = 0;
  for (const [r1, c1, r2, c2] of cells.merges) {
    const [top, bottom] = [Math.min(r1, r2) - 1, Math.max(r1, r2) - 1];
    const [left, right] = [Math.min(c1, c2) - 1, Math.max(c1, c2) - 1];
    for (let k = lowerBound(present, top); k < present.length && present[k] <= bottom; k++) {
      if (++visits > MERGE_VISITS) throw new SheetProblem("合并单元格过多");
      const r = present[k];
      const values = rows[r]!;
      const end = Math.min(right, values.length - 1);
      for (let c = r === top ? left + 1 : left; c <= end; c++) {
        values[c] = null;
        formats[r]![c] = "General";
        touched.add(r);
      }
    }
    for (let k = lowerBound(unset, top); k < unset.length && unset[k] <= bottom; k++) {
      if (++visits > MERGE_VISITS) throw new SheetProblem("合并单元格过多");
      const r = unset[k];
      const kept = uncalculated
        .get(r)!
        .filter((c) => c - 1 < left || c - 1 > right || (r === top && c - 1 === left));
      uncalculated.set(r, kept);
    }
  }
  for (const r of touched) {
    const values = rows[r]!;
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    formats[r]!.length = values.length;
    if (values.length === 0) rows[r] = formats[r] = undefined;
  }
}

/**
 * A sheet's cells as the port's grid: rows as long as their last value, an empty row the one
 * shared frozen empty array, no rows after the last value; uncalculated formulas by address.
 */
export function sheetGrid(name: string, hidden: boolean, cells: ReadCells): SheetGrid {
  blankMerged(cells);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let last = cells.rows.length - 1;
  while (last >= 0 && !cells.rows[last]) last--;
  for (let r = 0; r <= last; r++) {
    values.push(cells.rows[r] ?? NO_CELLS);
    numberFormats.push(cells.formats[r] ?? NO_FORMATS);
  }
  const uncalculated: string[] = [];
  for (const r of [...cells.uncalculated.keys()].sort((a, b) => a - b))
    for (const c of [...cells.uncalculated.get(r)!].sort((a, b) => a - b))
      uncalculated.push(`${columnLetters(c - 1)}${r + 1}`);
  return {
    name,
    values,
    numberFormats,
    ...(hidden ? { hidden: true } : {}),
    ...(uncalculated.length > 0 ? { uncalculated } : {}),
  };
}
