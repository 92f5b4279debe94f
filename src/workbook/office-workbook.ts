/* global Excel */
import { isOwnedTitle, safeSheetName, type OutputSheet } from "../jobs/output-sheet";
import type { CellMark, CellWrite, WorkbookPort } from "../jobs/workbook-port";
import { markOfficeCells } from "./office-marks";
import { columnLetters } from "../sheets/a1";
import type { SheetGrid } from "../sheets/grid";
import { asText, officeBlock } from "./office-layout";
import { PAYLOAD_LIMIT_BYTES, payloadBytes, rowsPerChunk } from "./office-payload";
import { setOfficePrint } from "./office-print";
import { readUsedRanges } from "./office-reads";
import { chooseSheetName, chooseTableName } from "./sheet-name-choice";

export { PAYLOAD_LIMIT_BYTES, payloadBytes, rowsPerChunk } from "./office-payload";

/**
 * The Office.js adapter of the workbook port: whole used ranges read in one go and whole
 * blocks written in one assignment. A job costs four `context.sync` calls (names, sizes,
 * values, writes) for a school of a few thousand students; only a read or write that would
 * pass the payload limit adds more.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** Sheets in the workbook by name, and whether Kehou wrote them; unknown until read. */
  private owned?: Map<string, { owned: boolean }>;
  /** Table names in use anywhere in the workbook (they are unique per workbook), lower case. */
  private tables = new Map<string, string>();

  constructor(private readonly context: Excel.RequestContext) {}

  private loadNames(): Excel.WorksheetCollection {
    const worksheets = this.context.workbook.worksheets;
    worksheets.load("items/name");
    this.context.workbook.tables.load("items/name,items/worksheet/name");
    return worksheets;
  }

  private learnTables(): void {
    this.tables = new Map(
      this.context.workbook.tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name])
    );
  }

  async readSheets(): Promise<SheetGrid[]> {
    const worksheets = this.loadNames();
    await this.context.sync();
    this.learnTables();
    const used = worksheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, range };
    });
    await this.context.sync();
    const grids = await readUsedRanges(this.context, used);
    this.owned = new Map(grids.map((g) => [g.name, { owned: isOwnedTitle(g.values[0]?.[0]) }]));
    return grids;
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
    const ws = exists ? worksheets.getItem(sheet) : worksheets.add(sheet);
    if (!exists) owned.set(sheet, { owned: false });
    // Typed input, as if the user typed it: "10%" is stored as 0.1 in percent format.
    for (const c of cells)
      ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [
        [typeof c.value === "string" ? asText(c.value) : c.value],
      ];
    await this.context.sync();
  }

  async markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]> {
    return markOfficeCells(this.context, marks);
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const owned = await this.learnNames();
    const names: string[] = [];
    const worksheets = this.context.workbook.worksheets;
    let batch = 0;
    /** Syncs first when the request would pass the payload limit with `bytes` more. */
    const room = async (bytes: number) => {
      if (batch > 0 && batch + bytes > PAYLOAD_LIMIT_BYTES) {
        await this.context.sync();
        batch = 0;
      }
      batch += bytes;
    };
    for (const sheet of sheets) {
      const name = chooseSheetName(safeSheetName(sheet.name), owned);
      if (owned.get(name)?.owned) {
        worksheets.getItem(name).delete();
        for (const [t, on] of this.tables) if (on === name) this.tables.delete(t);
      }
      const ws = worksheets.add(name);
      owned.set(name, { owned: sheet.owned !== false });
      const block = officeBlock(sheet);
      const chunk = rowsPerChunk(block.formulas, 0, block.numberFormats);
      for (let r = 0; r < block.formulas.length; r += chunk) {
        const rows = block.formulas.slice(r, r + chunk);
        const formats = block.numberFormats.slice(r, r + chunk);
        await room(payloadBytes(rows) + payloadBytes(formats));
        const range = ws.getRangeByIndexes(r, 0, rows.length, block.width);
        range.numberFormat = formats; // before the values, so text cells stay text
        range.formulas = rows;
      }
      if (block.blankRows > 0) {
        const formats = Array.from({ length: block.blankRows }, () => block.blankFormats);
        await room(payloadBytes(formats));
        ws.getRangeByIndexes(block.formulas.length, 0, block.blankRows, block.width).numberFormat =
          formats;
      }
      const last = columnLetters(block.width - 1);
      if (sheet.table) {
        const table = ws.tables.add(
          `A${block.headerRow + 1}:${last}${block.lastTableRow + 1}`,
          true
        );
        const tableName = chooseTableName(sheet.table, this.tables);
        this.tables.set(tableName.toLowerCase(), name);
        table.name = tableName;
        table.style = "TableStyleMedium2";
      }
      for (const row of block.boldRows)
        ws.getRange(`A${row + 1}:${last}${row + 1}`).format.font.bold = true;
      sheet.columns.forEach(
        (c, i) =>
          (ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = c.width * 7)
      );
      for (const v of sheet.validations ?? []) {
        const col = columnLetters(v.col);
        const from = block.headerRow + 2 + (v.from ?? 0);
        ws.getRange(`${col}${from}:${col}${from + v.rows - 1}`).dataValidation.rule = {
          list: { inCellDropDown: true, source: v.list.join(",") },
        };
      }
      ws.freezePanes.freezeRows(block.headerRow + 1);
      setOfficePrint(ws, sheet);
      if (names.length === 0) ws.activate(); // show the user what was made, in the same request
      names.push(name);
    }
    await this.context.sync();
    return names;
  }
}
