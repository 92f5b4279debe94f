import type ExcelJS from "exceljs";
import { MARK_COLORS, MARKS_SHEET, type CellMark } from "../jobs/workbook-port";
import { OWNED_MARK } from "../jobs/output-sheet";
import {
  isCellRecord,
  markRecordText,
  NOTE_PREFIX,
  readMarkRecords,
  RECORDS_TITLE,
  solidFill,
  type OwnFill,
} from "./mark-record";

/** The marked cells the marks sheet records, whichever adapter made them (see mark-record). */
function savedMarks(wb: ExcelJS.Workbook) {
  const rows: unknown[] = [];
  wb.getWorksheet(MARKS_SHEET)?.eachRow((row) => rows.push(row.getCell(1).value));
  return readMarkRecords(rows).filter(isCellRecord);
}

/** A cell's exceljs fill as the record says it. */
function ownFill(fill: ExcelJS.Fill | undefined): OwnFill | undefined {
  if (!fill || !fill.type || (fill.type === "pattern" && fill.pattern === "none")) return "none";
  return fill.type === "pattern" && fill.pattern === "solid"
    ? solidFill(fill.fgColor?.argb)
    : undefined;
}

const noteText = (note: ExcelJS.Cell["note"]) =>
  typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");

/**
 * Marks cells in an exceljs workbook (a workbook the package writer cannot add to): restores
 * every cell marked before, by any adapter, to the fill it had and takes Kehou's notes off,
 * then fills and annotates the new ones, recording in the very hidden sheet what each had.
 */
export function markXlsxCells(wb: ExcelJS.Workbook, marks: readonly CellMark[]): void {
  for (const s of savedMarks(wb)) {
    const cell = wb.getWorksheet(s.sheet)?.getCell(s.cell);
    if (!cell) continue;
    if (s.fill === "none") cell.fill = { type: "pattern", pattern: "none" };
    else if (s.fill)
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill.slice(1)}` } };
    if (noteText(cell.note)?.startsWith(NOTE_PREFIX)) cell.note = undefined as unknown as string;
  }
  const old = wb.getWorksheet(MARKS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  if (marks.length === 0) return;
  const registry = wb.addWorksheet(MARKS_SHEET, { state: "veryHidden" });
  registry.getCell("A1").value = `${RECORDS_TITLE}${OWNED_MARK}`;
  const seen = new Set<string>();
  for (const m of marks) {
    const cell = wb.getWorksheet(m.sheet)?.getCell(m.cell);
    const key = `${m.sheet}!${m.cell}`;
    if (!cell || seen.has(key)) continue;
    seen.add(key);
    const fill = ownFill(cell.fill);
    registry.addRow([markRecordText({ sheet: m.sheet, cell: m.cell, ...(fill ? { fill } : {}) })]);
    cell.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${MARK_COLORS[m.severity]}` },
    };
    // A note of the user's own is kept; the cell is only coloured.
    if (!cell.note) cell.note = `${NOTE_PREFIX}${m.note}`;
  }
}
