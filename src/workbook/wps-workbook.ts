/// <reference types="et-jsapi-declare" />
import { isOwnedTitle, safeSheetName, type OutputSheet } from "../jobs/output-sheet";
import type { CellMark, CellWrite, WorkbookPort } from "../jobs/workbook-port";
import type { SheetGrid } from "../sheets/grid";
import { officeCell } from "./office-layout";
import { chooseSheetName } from "./sheet-name-choice";
import { readFormats } from "./wps-formats";
import { sheetLayout, type CellBlock } from "../jobs/sheet-layout";
import { a1 } from "../sheets/a1";
import { applyWpsLayout, setFormulas, wpsTableNames } from "./wps-layout";
import { markWpsCells } from "./wps-marks";
import { addWpsSheet, findWpsSheet, HIDDEN, VERY_HIDDEN, wpsSheets } from "./wps-sheets";
import { value2Grid } from "./wps-value2";
import { hostGrid } from "./host-grid";

/**
 * The WPS 表格 adapter of the workbook port, over the ET object model (VBA-shaped, synchronous,
 * each member a call across processes): every sheet's used range read in one `Value2` and
 * (where formats differ) a few `NumberFormat` reads per column, each new sheet written in
 * blocks of rows, marks through the port's `markCells`.
 */
export class WpsWorkbook implements WorkbookPort {
  private readonly book: Et.Workbook;
  private owned?: Map<string, { owned: boolean }>;
  /** Table names in use in the workbook, lower case → sheet; learnt at the first write. */
  private tables?: Map<string, string>;

  constructor(private readonly app: Et.Application) {
    this.book = app.ActiveWorkbook;
  }

  private withoutAlerts(act: () => void): void {
    const alerts = this.app.DisplayAlerts;
    this.app.DisplayAlerts = false; // Delete() would otherwise ask the user to confirm
    try {
      act();
    } finally {
      this.app.DisplayAlerts = alerts;
    }
  }

  async readSheets(): Promise<SheetGrid[]> {
    // A 1904 workbook counts its serials from 1904-01-01; the grids hold 1900 serials.
    const flag: unknown = this.book.Date1904;
    const date1904 = flag === true || flag === -1 || flag === 1; // a COM VARIANT_BOOL is -1
    const grids = wpsSheets(this.book).map((ws) => readSheet(ws, date1904));
    this.owned = new Map(grids.map((g) => [g.name, { owned: isOwnedTitle(g.values[0]?.[0]) }]));
    return grids;
  }

  /** Names and ownership without reading every cell: for writes that come before any read. */
  private learnNames(): Map<string, { owned: boolean }> {
    this.owned ??= new Map(
      wpsSheets(this.book).map((ws) => [ws.Name, { owned: isOwnedTitle(ws.Range("A1").Value2) }])
    );
    return this.owned;
  }

  async setCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    const owned = this.learnNames();
    let ws = findWpsSheet(this.book, sheet);
    if (!ws) ((ws = addWpsSheet(this.book, sheet)), owned.set(sheet, { owned: false }));
    // Typed input, as if the user typed it: "10%" is stored as 0.1 in percent format.
    for (const c of cells) setFormulas(ws.Range(a1(c.row, c.col)), [[officeCell(c.value)]]);
  }

  async markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]> {
    const kept = markWpsCells(this.book, marks, (act) => this.withoutAlerts(act));
    this.owned = undefined; // the marks sheet came or went
    return kept;
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const owned = this.learnNames();
    const tables = (this.tables ??= wpsTableNames(wpsSheets(this.book)));
    const names: string[] = [];
    let first: Et.Worksheet | undefined;
    for (const sheet of sheets) {
      const name = chooseSheetName(safeSheetName(sheet.name), owned);
      // The new sheet comes first, so a workbook never loses its last visible sheet, and
      // right before the old one, so it takes the old one's tab as Excel and a re-saved file do.
      const old = owned.get(name)?.owned ? findWpsSheet(this.book, name) : undefined;
      const ws = old ? (this.book.Worksheets.Add(old) as Et.Worksheet) : addWpsSheet(this.book);
      if (old) {
        this.withoutAlerts(() => old.Delete());
        for (const [t, on] of tables) if (on.toLowerCase() === name.toLowerCase()) tables.delete(t);
      }
      ws.Name = name;
      owned.set(name, { owned: sheet.owned !== false });
      applyWpsLayout(this.app, ws, sheetLayout(sheet), tables);
      first ??= ws;
      names.push(name);
    }
    first?.Activate(); // show the user what was made
    return names;
  }
}

/** One sheet's used range as a grid, cells where they are on the sheet. */
function readSheet(ws: Et.Worksheet, date1904: boolean): SheetGrid {
  const name = ws.Name;
  // xlSheetHidden 0, xlSheetVeryHidden 2; anything else (visible, or a host that says
  // nothing) is read as a sheet in use.
  const visible: unknown = ws.Visible;
  const hidden = visible === HIDDEN || visible === VERY_HIDDEN || visible === false;
  const used = ws.UsedRange;
  const block: CellBlock = {
    row: used.Row - 1,
    col: used.Column - 1,
    rows: used.Rows.Count,
    cols: used.Columns.Count,
  };
  const values = value2Grid(used.Value2, block.rows, block.cols);
  const formats = readFormats(ws, block, values);
  // An empty sheet's used range is its A1, blank.
  const empty = values.every((row) => row.every((v) => v === null));
  const blocks = empty ? [] : [{ row: block.row, col: block.col, values, formats }];
  const grid = hostGrid(name, blocks, date1904);
  return { ...grid, ...(hidden ? { hidden } : {}) };
}
