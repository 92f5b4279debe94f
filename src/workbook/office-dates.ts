/* global Excel, Office */
import type { CellValue, SheetGrid } from "../sheets/grid";
import { isDateFormat } from "./cells/builtin-formats";
import { dateCellSerial } from "./excel-serial";

/** Whether the host has Workbook.functions (ExcelApi 1.2); the tests' fake has no `Office`. */
function hasFunctions(): boolean {
  return (
    typeof Office === "undefined" ||
    !Office.context?.requirements ||
    Office.context.requirements.isSetSupported("ExcelApi", "1.2")
  );
}

/**
 * Asks, in the request being built, which date system the workbook uses: DATE(1904,1,1) is
 * 0 in a 1904-system workbook and 1462 in a 1900 one (Workbook.use1904DateSystem is only a
 * preview API). The answer is there after the next sync; a host without ExcelApi 1.2 is
 * taken as 1900, Excel's default.
 */
export function probeDateSystem(context: Excel.RequestContext): () => boolean {
  if (!hasFunctions()) return () => false;
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => probe.value === 0;
}

/**
 * A grid with its date-formatted numbers as the 1900-system serials Kehou reads, by the same
 * rule the file reader uses (a 1904 workbook's range.values count from 1904-01-01).
 */
export function gridIn1900(grid: SheetGrid, date1904: boolean): SheetGrid {
  if (!date1904) return grid;
  const formats = grid.numberFormats;
  const values = grid.values.map((row, r) =>
    row.map((v, c): CellValue => {
      const format = formats?.[r]?.[c];
      return typeof v === "number" && isDateFormat(format) ? dateCellSerial(v, true) : v;
    })
  );
  return { ...grid, values };
}
