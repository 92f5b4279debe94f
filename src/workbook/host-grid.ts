import type { CellValue, SheetGrid } from "../sheets/grid";
import { isDateFormat, showsDay } from "./cells/builtin-formats";
import { dateCellSerial } from "./excel-serial";

/** Cells a host read from a sheet: a block whose top-left cell is at 0-based `row`, `col`. */
export interface HostBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly string[])[];
}

/**
 * Blocks a host adapter read of one sheet (Office.js's used range in row blocks, ET's in one)
 * as the grid every reader gives: each cell where it is on the sheet, whatever corner the used
 * range starts at; rows above it empty, columns left of it blank in format "General". Numbers
 * shown as dates or times become the serials the file reader gives (one rule for every
 * reader): rounded to the millisecond, and from a 1904-system workbook moved to the 1900
 * system (a host's values count from 1904-01-01 there).
 */
export function hostGrid(name: string, blocks: readonly HostBlock[], date1904 = false): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (const block of blocks) {
    const lead = Array.from({ length: block.col }, () => null);
    const general = lead.map(() => "General");
    block.values.forEach((row, i) => {
      const formats = block.formats[i];
      const cells = row.map((v, c): CellValue =>
        typeof v === "number" && isDateFormat(formats[c])
          ? dateCellSerial(v, date1904 && showsDay(formats[c]))
          : v
      );
      values[block.row + i] = [...lead, ...cells];
      numberFormats[block.row + i] = [...general, ...formats];
    });
  }
  for (let r = 0; r < values.length; r++) ((values[r] ??= []), (numberFormats[r] ??= []));
  return { name, values, numberFormats };
}
