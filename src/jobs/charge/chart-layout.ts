import { afterRow } from "../chart-ranges";
import type { OutputSheet } from "../output-sheet";
import type { ChargeResult } from "./compute";

/** Where one chart of the charge sheet sits: its 0-based first row and its height in rows. */
export interface ChartRows {
  readonly row: number;
  readonly rows: number;
}

/**
 * Rows of an A4 landscape page at the charge sheet's scale, less the repeated header: a chart
 * no taller than this fits on the page it starts (7.07 in inside the margins, 15 pt a row).
 */
const PAGE_ROWS = 30;

/**
 * The charge sheet's charts, below its table at column A: each starts a page of its own (a
 * page break before it) and is shorter than a page, so no page edge crosses one. None when
 * the month has no charts (no month, no students).
 */
export function chargeChartRows(result: ChargeResult, sheet: OutputSheet): ChartRows[] {
  if (!result.month || result.lines.length === 0) return [];
  const tableEnd = afterRow(sheet, (sheet.after ?? []).length - 1);
  const classRows = Math.min(PAGE_ROWS, Math.max(16, 6 + Math.ceil(result.classes.length * 1.2)));
  const charts: ChartRows[] = [{ row: tableEnd + 2, rows: classRows }];
  if ((result.daily ?? []).length > 0) charts.push({ row: tableEnd + 2 + PAGE_ROWS + 2, rows: 18 });
  return charts;
}

/** The page breaks of the charge sheet: after the row before each chart. */
export function chargePageBreaks(charts: readonly ChartRows[]): number[] {
  return charts.map((c) => c.row - 1);
}
