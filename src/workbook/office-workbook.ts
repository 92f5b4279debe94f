/* global Excel */
import { isOwnedTitle, safeSheetName, type OutputSheet } from "../jobs/output-sheet";
import type { CellMark, CellWrite, WorkbookPort } from "../jobs/workbook-port";
import { markOfficeCells } from "./office-marks";
import { columnLetters } from "../sheets/a1";
import type { CellValue, SheetGrid } from "../sheets/grid";
import { asText, officeBlock } from "./office-layout";
import { setOfficePrint } from "./office-print";
import { chooseSheetName } from "./sheet-name-choice";

/** Excel on the web refuses a request or response over 5 MB; stay well under it (OFFICE-NOTES). */
export const PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

/** Bytes a 2-D array takes on the wire, as JSON. */
export function payloadBytes(grid: unknown): number {
  return new TextEncoder().encode(JSON.stringify(grid)).length;
}

/** Rows per chunk so that a chunk of a grid stays under the payload limit. */
export function rowsPerChunk(grid: readonly unknown[][], bytesPerCellExtra = 0): number {
  if (grid.length === 0) return 1;
  const bytes = payloadBytes(grid) + grid.length * (grid[0]?.length ?? 0) * bytesPerCellExtra;
  return Math.max(1, Math.floor(grid.length / Math.ceil(bytes / PAYLOAD_LIMIT_BYTES)));
}

/**
 * The Office.js adapter of the workbook port: whole used ranges read in one go and whole
 * blocks written in one assignment. A job costs four `context.sync` calls (names, sizes,
 * values, writes) whatever the roster size; only a sheet too big for one request adds more.
 */
export class OfficeWorkbook implements WorkbookPort {
  private owned = new Map<string, { owned: boolean }>();

  constructor(private readonly context: Excel.RequestContext) {}

  async readSheets(): Promise<SheetGrid[]> {
    const worksheets = this.context.workbook.worksheets;
    worksheets.load("items/name");
    await this.context.sync();
    const used = worksheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, range };
    });
    await this.context.sync();
    const reads = used.flatMap(({ ws, range }) => {
      if (range.isNullObject) return [{ ws, range, blocks: [] as Excel.Range[] }];
      const cells = range.rowCount * range.columnCount;
      const perBlock = Math.max(
        1,
        Math.floor(range.rowCount / Math.ceil((cells * 40) / PAYLOAD_LIMIT_BYTES))
      );
      const blocks: Excel.Range[] = [];
      for (let r = 0; r < range.rowCount; r += perBlock) {
        const block = ws.getRangeByIndexes(
          range.rowIndex + r,
          range.columnIndex,
          Math.min(perBlock, range.rowCount - r),
          range.columnCount
        );
        block.load("values,numberFormat");
        blocks.push(block);
      }
      return [{ ws, range, blocks }];
    });
    await this.context.sync();
    const grids = reads.map(({ ws, range, blocks }) => {
      const values: CellValue[][] = [];
      const numberFormats: string[][] = [];
      if (!range.isNullObject) {
        const lead = Array.from({ length: range.columnIndex }, () => null);
        for (let r = 0; r < range.rowIndex; r++) (values.push([]), numberFormats.push([]));
        for (const block of blocks) {
          block.values.forEach((row) => values.push([...lead, ...(row as CellValue[])]));
          block.numberFormat.forEach((row) =>
            numberFormats.push([...lead.map(() => "General"), ...(row as string[])])
          );
        }
      }
      return { name: ws.name, values, numberFormats };
    });
    this.owned = new Map(grids.map((g) => [g.name, { owned: isOwnedTitle(g.values[0]?.[0]) }]));
    return grids;
  }

  async setCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    const worksheets = this.context.workbook.worksheets;
    const ws = this.owned.has(sheet) ? worksheets.getItem(sheet) : worksheets.add(sheet);
    for (const c of cells)
      ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [
        [typeof c.value === "string" ? asText(c.value) : c.value],
      ];
    await this.context.sync();
  }

  async markCells(marks: readonly CellMark[]): Promise<void> {
    await markOfficeCells(this.context, marks);
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const names: string[] = [];
    const worksheets = this.context.workbook.worksheets;
    for (const sheet of sheets) {
      const name = chooseSheetName(safeSheetName(sheet.name), this.owned);
      if (this.owned.get(name)?.owned) worksheets.getItem(name).delete();
      const ws = worksheets.add(name);
      this.owned.set(name, { owned: sheet.owned !== false });
      const block = officeBlock(sheet);
      const chunk = rowsPerChunk(block.formulas, 12);
      for (let r = 0; r < block.formulas.length; r += chunk) {
        const rows = block.formulas.slice(r, r + chunk);
        const range = ws.getRangeByIndexes(r, 0, rows.length, block.width);
        range.numberFormat = block.numberFormats.slice(r, r + chunk);
        range.formulas = rows;
        if (r + chunk < block.formulas.length) await this.context.sync();
      }
      const last = columnLetters(block.width - 1);
      if (sheet.table) {
        const table = ws.tables.add(
          `A${block.headerRow + 1}:${last}${block.lastTableRow + 1}`,
          true
        );
        table.name = sheet.table;
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
        ws.getRange(
          `${col}${block.headerRow + 2}:${col}${block.headerRow + 1 + v.rows}`
        ).dataValidation.rule = {
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
