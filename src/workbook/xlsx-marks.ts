import type ExcelJS from "exceljs";
import { MARK_COLORS, MARKS_SHEET, type CellMark } from "../jobs/workbook-port";
import { OWNED_MARK } from "../jobs/output-sheet";

/** What a marked cell had before Kehou marked it, as kept in the hidden marks sheet. */
interface Saved {
  readonly sheet: string;
  readonly cell: string;
  readonly fill?: ExcelJS.Fill;
  readonly note?: ExcelJS.Comment | string;
}

function savedMarks(wb: ExcelJS.Workbook): Saved[] {
  const ws = wb.getWorksheet(MARKS_SHEET);
  if (!ws) return [];
  const saved: Saved[] = [];
  ws.eachRow((row, n) => {
    if (n < 2) return;
    const text = row.getCell(1).value;
    if (typeof text === "string") saved.push(JSON.parse(text) as Saved);
  });
  return saved;
}

/**
 * Marks cells in an exceljs workbook: restores every cell marked before (fill and note as
 * they were), then fills and annotates the new ones, remembering their old state in a very
 * hidden sheet so the next run can undo them.
 */
export function markXlsxCells(wb: ExcelJS.Workbook, marks: readonly CellMark[]): void {
  for (const s of savedMarks(wb)) {
    const cell = wb.getWorksheet(s.sheet)?.getCell(s.cell);
    if (!cell) continue;
    cell.fill = s.fill ?? ({ type: "pattern", pattern: "none" } as ExcelJS.Fill);
    cell.note = s.note ?? (undefined as unknown as string);
  }
  const old = wb.getWorksheet(MARKS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  if (marks.length === 0) return;
  const registry = wb.addWorksheet(MARKS_SHEET, { state: "veryHidden" });
  registry.getCell("A1").value = `Kehou 标记记录${OWNED_MARK}`;
  const seen = new Set<string>();
  for (const m of marks) {
    const cell = wb.getWorksheet(m.sheet)?.getCell(m.cell);
    const key = `${m.sheet}!${m.cell}`;
    if (!cell || seen.has(key)) continue;
    seen.add(key);
    const saved: Saved = {
      sheet: m.sheet,
      cell: m.cell,
      fill: cell.fill && cell.fill.type ? cell.fill : undefined,
      note: cell.note,
    };
    registry.addRow([JSON.stringify(saved)]);
    cell.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${MARK_COLORS[m.severity]}` },
    };
    // A note of the user's own is kept; the cell is only coloured.
    if (!cell.note) cell.note = `Kehou：${m.note}`;
  }
}
