import {
  isFormula,
  isOwnedTitle,
  safeSheetName,
  type OutputSheet,
} from "../../src/jobs/output-sheet";
import { sheetLayout } from "../../src/jobs/sheet-layout";
import type { CellMark, CellWrite, WorkbookPort } from "../../src/jobs/workbook-port";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { chooseSheetName } from "../../src/workbook/sheet-name-choice";
import { oneMarkPerCell } from "../../src/workbook/mark-record";

/**
 * An output sheet as the values a reader would see, laid out as every renderer lays it out
 * (formulas show their results); each row as long as its last value.
 */
export function renderValues(sheet: OutputSheet): CellValue[][] {
  return sheetLayout(sheet).cells.map((row) => {
    const values = row.map((c): CellValue => (isFormula(c) ? (c.result ?? null) : c));
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values;
  });
}

/** The in-memory adapter of the workbook port: a list of grids, the tests' fake of the port. */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: SheetGrid[];

  constructor(sheets: readonly SheetGrid[] = []) {
    this.sheets = sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  }

  async readSheets(): Promise<SheetGrid[]> {
    return this.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  }

  /** The marks in place now, one a cell as every adapter marks, for the tests to look at. */
  marks: CellMark[] = [];

  async markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]> {
    this.marks = oneMarkPerCell(marks);
    return [];
  }

  async setCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    let grid = this.sheets.find((s) => s.name === sheet);
    if (!grid) this.sheets.push((grid = { name: sheet, values: [] }));
    const values = grid.values as CellValue[][];
    for (const c of cells) {
      while (values.length <= c.row) values.push([]);
      values[c.row][c.col] = c.value;
    }
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const names: string[] = [];
    for (const sheet of sheets) {
      const existing = new Map(
        this.sheets.map((s) => [s.name, { owned: isOwnedTitle(s.values[0]?.[0]) }])
      );
      const name = chooseSheetName(safeSheetName(sheet.name), existing);
      // Kehou's sheet of that name is replaced where it stands, as the file writer does.
      const at = this.sheets.findIndex((s) => s.name === name);
      const grid = { name, values: renderValues(sheet) };
      if (at >= 0) this.sheets[at] = grid;
      else this.sheets.push(grid);
      names.push(name);
    }
    return names;
  }
}
