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
import {
  isRecordSheet,
  oneMarkPerCell,
  planHostMarks,
  recordKey,
  recordSheetName,
  RECORDS_TITLE_ROW,
  type OwnFill,
} from "../../src/workbook/mark-record";

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

  /** Each cell's fill where it has one (Kehou's colour, or what unmarking gave back). */
  private readonly fills = new Map<string, `#${string}`>();

  /** A cell's fill as a host shows it: `#RRGGBB`, undefined for none. */
  fill(sheet: string, cell: string): string | undefined {
    return this.fills.get(recordKey(sheet, cell));
  }

  /**
   * Marks as the hosts do (see planHostMarks): every record there is (found by isRecordSheet,
   * a copy the user made too) is restored from and removed, and the new marks are kept in one
   * very hidden record, none when nothing is marked.
   */
  async markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]> {
    const records = this.sheets.filter((s) => isRecordSheet(s.values));
    const name = recordSheetName(
      this.sheets.map((s) => ({ name: s.name, record: records.includes(s) }))
    );
    const column = records.flatMap((s) => s.values.map((row) => row[0]));
    const plan = planHostMarks(column, marks, () => true);
    for (const r of plan.restore) this.setFill(r.sheet, r.cell, r.fill ?? "none");
    this.sheets = this.sheets.filter((s) => !records.includes(s));
    const lines = plan.marks.map(({ mark, fill }) => {
      const line = plan.line(mark, () => (this.fill(mark.sheet, mark.cell) ?? "none") as OwnFill);
      this.setFill(mark.sheet, mark.cell, fill);
      return [line];
    });
    if (lines.length > 0)
      this.sheets.push({ name, values: [[RECORDS_TITLE_ROW], ...lines], hidden: true });
    this.marks = oneMarkPerCell(marks);
    return [];
  }

  private setFill(sheet: string, cell: string, fill: OwnFill): void {
    if (fill === "none") this.fills.delete(recordKey(sheet, cell));
    else this.fills.set(recordKey(sheet, cell), fill);
  }

  /** Excel's Move or Copy: a copy of a sheet, cells and all, under another name, placed last. */
  copySheet(name: string, copy: string): void {
    const from = this.sheets.find((s) => s.name === name)!;
    this.sheets.push({ ...from, name: copy, values: from.values.map((r) => [...r]) });
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
