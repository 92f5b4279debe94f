/* global Excel, Office */
import { OWNED_MARK } from "../jobs/output-sheet";
import { MARK_COLORS, MARKS_SHEET, type CellMark } from "../jobs/workbook-port";
import { sheetRef } from "../sheets/a1";
import {
  isCellRecord,
  markRecordText,
  NOTE_PREFIX,
  readMarkRecords,
  RECORDS_TITLE,
  solidFill,
  type CellRecord,
  type OwnFill,
} from "./mark-record";

function notesSupported(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", "1.18") === true
  );
}

/** The marked cells the marks sheet records, whichever adapter made them (see mark-record). */
function savedMarks(used: Excel.Range): CellRecord[] {
  if (used.isNullObject) return [];
  return readMarkRecords(used.values.map((r) => r[0])).filter(isCellRecord);
}

/** A fill as Office.js reads it: #FFFFFF is what Excel gives for a cell without a fill. */
function ownFill(color: string): OwnFill | undefined {
  return color.toUpperCase() === "#FFFFFF" ? "none" : solidFill(color);
}

/**
 * Marks cells through Office.js. The first request reads the marks made before, the sheets
 * there are now and the new cells' fills and notes; with earlier marks and notes, a second
 * finds which of Kehou's notes are still there. The last restores what still exists (the user
 * may have deleted a sheet or a note since), fills and annotates the new cells (notes where
 * ExcelApi 1.18 has them, never over a user's note) and remembers them in a hidden sheet.
 * Returns the marks on cells whose user's note was kept.
 */
export async function markOfficeCells(
  context: Excel.RequestContext,
  marks: readonly CellMark[]
): Promise<CellMark[]> {
  const sheets = context.workbook.worksheets;
  const notes = notesSupported() ? context.workbook.notes : undefined;
  const registry = sheets.getItemOrNullObject(MARKS_SHEET);
  const used = registry.getUsedRangeOrNullObject(true);
  used.load("values");
  sheets.load("items/name,items/protection/protected");
  const all = [...new Map(marks.map((m) => [`${m.sheet}!${m.cell}`, m])).values()];
  const candidates = all.map((m) => {
    const range = sheets.getItem(m.sheet).getRange(m.cell);
    range.format.fill.load("color");
    const note = notes?.getItemOrNullObject(sheetRef(m.sheet, m.cell));
    return { m, range, note };
  });
  await context.sync();

  // A protected sheet refuses edits (AccessDenied): its cells are neither marked nor restored.
  const open = new Set(
    sheets.items.filter((s) => !s.protection.protected).map((s) => s.name.toLowerCase())
  );
  const saved = savedMarks(used).filter((s) => open.has(s.sheet.toLowerCase()));
  const targets = candidates.filter((t) => open.has(t.m.sheet.toLowerCase()));
  const unique = targets.map((t) => t.m);
  const oldNotes = (notes ? saved : []).map((s) => {
    const note = notes!.getItemOrNullObject(sheetRef(s.sheet, s.cell));
    note.load("content");
    return note;
  });
  if (oldNotes.length > 0) await context.sync();

  for (const s of saved) {
    const range = sheets.getItem(s.sheet).getRange(s.cell);
    if (s.fill && s.fill !== "none") range.format.fill.color = s.fill;
    else range.format.fill.clear();
  }
  const before = new Map(saved.map((s) => [`${s.sheet}!${s.cell}`.toLowerCase(), s.fill]));
  const removed = new Set<string>();
  oldNotes.forEach((note, i) => {
    if (note.isNullObject || !note.content.startsWith(NOTE_PREFIX)) return;
    note.delete();
    removed.add(sheetRef(saved[i].sheet, saved[i].cell).toLowerCase());
  });
  if (!registry.isNullObject) {
    registry.visibility = "Hidden"; // Excel cannot delete a very hidden sheet
    registry.delete();
  }
  const kept: CellMark[] = [];
  if (unique.length > 0) {
    const ws = sheets.add(MARKS_SHEET);
    const rows = [
      [`${RECORDS_TITLE}${OWNED_MARK}`],
      ...targets.map(({ m, range }) => {
        // A cell marked before had our colour on it; what it had before that is in the record.
        const key = `${m.sheet}!${m.cell}`.toLowerCase();
        const fill = before.has(key) ? before.get(key) : ownFill(range.format.fill.color);
        return [markRecordText({ sheet: m.sheet, cell: m.cell, ...(fill ? { fill } : {}) })];
      }),
    ];
    const area = ws.getRange(`A1:A${rows.length}`);
    area.numberFormat = rows.map(() => ["@"]);
    area.values = rows;
    ws.visibility = "VeryHidden";
    for (const { m, range, note } of targets) {
      range.format.fill.color = `#${MARK_COLORS[m.severity]}`;
      const free = note?.isNullObject || removed.has(sheetRef(m.sheet, m.cell).toLowerCase());
      if (notes && free) notes.add(range, `${NOTE_PREFIX}${m.note}`);
      else if (notes) kept.push(m);
    }
  }
  await context.sync();
  return kept;
}
