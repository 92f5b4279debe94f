/* global Excel */
import { hasExcelApi } from "./office-api-sets";
import type { ChartSheetPlan } from "../jobs/chart-plan";
import { isOwnedTitle, safeSheetName, type OutputSheet } from "../jobs/output-sheet";
import { sheetLayout } from "../jobs/sheet-layout";
import type { CellMark, CellWrite, WorkbookPort } from "../jobs/workbook-port";
import { markOfficeCells } from "./office-marks";
import type { SheetGrid } from "../sheets/grid";
import { applyOfficeLayout, officeCell } from "./office-layout";
import { drawOfficeCharts } from "./office-charts";
import { requestRoom } from "./office-payload";
import { probeDateSystem } from "./office-dates";
import { readUsedRanges } from "./office-reads";
import { refuseFarContent } from "./office-far-content";
import { chooseSheetName, chooseTableName } from "./sheet-name-choice";

/** Bytes a cell of one of Kehou's own sheets is planned to take in a load, before it is read. */
const OWN_BYTES_PER_CELL = 120;

/** A sheet the user asked Kehou to change is protected: nothing was written (Excel's code). */
export class SheetProtectedError extends Error {
  readonly code = "AccessDenied";
  readonly en: string;
  constructor(readonly sheet: string) {
    super(
      `「${sheet}」工作表受保护，Kehou 没有写入任何内容：请在「审阅 → 撤销工作表保护」后重新保存`
    );
    this.en = `The sheet "${sheet}" is protected and Kehou wrote nothing: unprotect it (Review → Unprotect Sheet), then save again`;
  }
}

/**
 * The Office.js adapter of the workbook port: whole used ranges read in one go and whole
 * blocks written in one assignment. A job costs four `context.sync` calls (names, sizes,
 * values, writes) for a school of a few thousand students; only a read or write that would
 * pass the payload limit adds more.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** Sheets in the workbook by name, and whether Kehou wrote them; unknown until read. */
  private owned?: Map<string, { owned: boolean }>;
  /** Table and defined names in use in the workbook (unique per workbook), lower case, and their sheet. */
  private tables = new Map<string, string>();

  constructor(private readonly context: Excel.RequestContext) {}

  private loadNames(): Excel.WorksheetCollection {
    const worksheets = this.context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    this.context.workbook.tables.load("items/name,items/worksheet/name");
    this.context.workbook.names.load("items/name");
    return worksheets;
  }

  /**
   * Table names and defined names share one namespace: a table may not take a defined name
   * (a defined name belongs to no sheet here, so it is never freed).
   */
  private learnTables(): void {
    this.tables = new Map([
      ...this.context.workbook.names.items.map((n) => [n.name.toLowerCase(), ""] as const),
      ...this.context.workbook.tables.items.map(
        (t) => [t.name.toLowerCase(), t.worksheet.name] as const
      ),
    ]);
  }

  async readSheets(): Promise<SheetGrid[]> {
    const worksheets = this.loadNames();
    const is1904 = probeDateSystem(this.context);
    await this.context.sync();
    this.learnTables();
    const used = worksheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const a1 = ws.getRange("A1");
      a1.load("values");
      return { ws, range, a1 };
    });
    await this.context.sync();
    refuseFarContent(used);
    // Kehou's own sheets (findings, the marks record) hold sentences: planned as long cells.
    const grids = await readUsedRanges(
      this.context,
      used.map(({ ws, range, a1 }) => ({
        ws,
        range,
        ...(isOwnedTitle(a1.values[0]?.[0]) ? { bytesPerCell: OWN_BYTES_PER_CELL } : {}),
      })),
      is1904()
    );
    this.owned = new Map(grids.map((g) => [g.name, { owned: isOwnedTitle(g.values[0]?.[0]) }]));
    // A hidden sheet is more likely a stale copy: the readers put it last and say so.
    const hidden = new Set(
      worksheets.items.filter((ws) => ws.visibility !== "Visible").map((ws) => ws.name)
    );
    return grids.map((g) => (hidden.has(g.name) ? { ...g, hidden: true } : g));
  }

  /** Names and ownership without reading every cell: for writes that come before any read. */
  private async learnNames(): Promise<Map<string, { owned: boolean }>> {
    if (this.owned) return this.owned;
    const worksheets = this.loadNames();
    await this.context.sync();
    this.learnTables();
    const titles = worksheets.items.map((ws) => {
      const a1 = ws.getRange("A1");
      a1.load("values");
      return { name: ws.name, a1 };
    });
    await this.context.sync();
    this.owned = new Map(titles.map((t) => [t.name, { owned: isOwnedTitle(t.a1.values[0]?.[0]) }]));
    return this.owned;
  }

  async setCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    const owned = await this.learnNames();
    const worksheets = this.context.workbook.worksheets;
    const exists = [...owned.keys()].some((n) => n.toLowerCase() === sheet.toLowerCase());
    if (exists) {
      // Excel does not roll a failed request back: a form protected but for its value cells
      // would take the first values and refuse a new row's key. Nothing is written then.
      const protection = worksheets.getItem(sheet).protection;
      protection.load("protected");
      await this.context.sync();
      if (protection.protected) throw new SheetProtectedError(sheet);
    }
    const ws = exists ? worksheets.getItem(sheet) : worksheets.add(sheet);
    if (!exists) owned.set(sheet, { owned: false });
    // Typed input, as if the user typed it: "10%" is stored as 0.1 in percent format.
    for (const c of cells)
      ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [[officeCell(c.value)]];
    await this.context.sync();
  }

  /**
   * Draws the plans' native charts (ExcelApi 1.7 binds a chart's series to cells, 1.8 formats an axis; an older
   * host draws none, and the pane still shows the figures). A plan with cells gets its own
   * sheet, replaced on a re-run like Kehou's other sheets.
   */
  async drawCharts(plans: readonly (ChartSheetPlan | undefined)[]): Promise<void> {
    if (!hasExcelApi("1.8")) return;
    const owned = await this.learnNames();
    const worksheets = this.context.workbook.worksheets;
    const renamed = new Map<string, string>();
    for (const plan of plans) {
      if (!plan || plan.charts.length === 0) continue;
      let ws: Excel.Worksheet;
      if (plan.cells) {
        const name = chooseSheetName(safeSheetName(plan.sheet), owned);
        ws = this.replaceOwn(name, owned);
        owned.set(name, { owned: true });
        renamed.set(plan.sheet, name);
      } else {
        const name = [...owned.keys()].find((n) => n.toLowerCase() === plan.sheet.toLowerCase());
        if (!name) continue;
        ws = worksheets.getItem(renamed.get(name) ?? name);
      }
      drawOfficeCharts(worksheets, plan, ws, renamed);
    }
    await this.context.sync();
  }

  /**
   * A new sheet `name`; Kehou's own sheet of that name goes first and the new one takes its
   * tab (Worksheet.position), as a re-save of the file keeps it: a user who put 收费表 second
   * finds it second after the re-run, not moved to the end.
   */
  private replaceOwn(name: string, owned: Map<string, { owned: boolean }>): Excel.Worksheet {
    const worksheets = this.context.workbook.worksheets;
    const tab = owned.get(name)?.owned ? [...owned.keys()].indexOf(name) : -1;
    if (tab >= 0) {
      worksheets.getItem(name).delete();
      for (const [t, on] of this.tables) if (on === name) this.tables.delete(t);
    }
    const ws = worksheets.add(name);
    if (tab >= 0) ws.position = tab;
    return ws;
  }

  async markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]> {
    return markOfficeCells(this.context, marks);
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const owned = await this.learnNames();
    const names: string[] = [];
    const room = requestRoom(this.context);
    for (const sheet of sheets) {
      const name = chooseSheetName(safeSheetName(sheet.name), owned);
      const ws = this.replaceOwn(name, owned);
      owned.set(name, { owned: sheet.owned !== false });
      const layout = sheetLayout(sheet);
      const tableName = layout.table && chooseTableName(layout.table.name, this.tables);
      if (tableName) this.tables.set(tableName.toLowerCase(), name);
      await applyOfficeLayout(ws, layout, tableName, room);
      if (names.length === 0) ws.activate(); // show the user what was made, in the same request
      names.push(name);
    }
    await this.context.sync();
    return names;
  }
}
