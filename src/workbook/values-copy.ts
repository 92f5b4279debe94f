import type { SheetGrid } from "../sheets/grid";
import { exceljs } from "./xlsx-exceljs";

/**
 * The .xlsx a job writes for a school workbook read from .xls, .et or .ods: each of the
 * school's sheets (hidden ones hidden) with the values as read, in their number formats, and
 * the columns as wide as the file gave them. Not a lossless copy: a formula is kept as the
 * result it was saved with, and charts, pictures, macros, styles other than number formats
 * and comments are not carried, because the reader of those formats gives values only.
 * Kehou's sheets are then added to it as to any .xlsx.
 */
export async function valuesCopy(
  grids: readonly SheetGrid[],
  widths: ReadonlyMap<string, readonly (number | undefined)[]>
): Promise<Uint8Array> {
  const wb = new (exceljs().Workbook)();
  wb.creator = "Kehou";
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name, grid.hidden ? { state: "hidden" } : undefined);
    (widths.get(grid.name) ?? []).forEach((width, c) => {
      if (width !== undefined && width > 0) ws.getColumn(c + 1).width = width;
    });
    grid.values.forEach((row, r) => {
      if (row.length === 0) return;
      const formats = grid.numberFormats?.[r];
      const line = ws.getRow(r + 1);
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = line.getCell(c + 1);
        // An error (#N/A) is read as its text, and written back as that text.
        cell.value = value;
        const format = formats?.[c];
        if (format && format !== "General") cell.numFmt = format;
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
