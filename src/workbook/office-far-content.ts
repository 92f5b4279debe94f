/* global Excel */
import { columnLetters } from "../sheets/a1";

/**
 * Cells of one sheet's used range the add-in reads at most: some 60,000 students of 30
 * columns. A range past it is nearly always a stray value far away (Ctrl+End), and reading
 * it would take Excel tens of thousands of requests (the file reader counts only held cells).
 */
export const USED_CELLS_BUDGET = 2_000_000;

/** A sheet whose used range reaches too far to read: nothing was read or written. */
export class FarContentError extends Error {
  readonly en: string;
  constructor(
    readonly sheet: string,
    readonly corner: string
  ) {
    super(
      `「${sheet}」的已用区域一直延伸到 ${corner}，超过加载项能读取的范围，Kehou 没有读取也没有写入任何内容：` +
        `请在该表按 Ctrl+End 找到 ${corner} 附近多余的内容，删除那些行和列（不只是清除内容）后保存再试；也可以改用命令行`
    );
    this.en =
      `The used range of "${sheet}" reaches ${corner}, more than the add-in can read; Kehou read and wrote nothing: ` +
      `press Ctrl+End on that sheet, delete the stray rows and columns near ${corner} (not just their contents), save and try again, or use the command line`;
  }
}

/** Refuses before any cell is loaded when a sheet's used range passes the budget. */
export function refuseFarContent(
  used: readonly { ws: Excel.Worksheet; range: Excel.Range }[]
): void {
  for (const { ws, range } of used) {
    if (range.isNullObject || range.rowCount * range.columnCount <= USED_CELLS_BUDGET) continue;
    const row = range.rowIndex + range.rowCount;
    const col = columnLetters(range.columnIndex + range.columnCount - 1);
    throw new FarContentError(ws.name, `${col}${row}`);
  }
}
