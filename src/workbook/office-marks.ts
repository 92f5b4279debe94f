/* global Excel */
import { hasExcelApi } from "./office-api-sets";
import { MARKS_SHEET, type CellMark } from "../jobs/workbook-port";
import { sheetRef } from "../sheets/a1";
import {
  hostFill,
  isRecordSheet,
  markRecordText,
  NOTE_PREFIX,
  officeFill,
  oneMarkPerCell,
  planHostMarks,
  recordKey,
  recordSheetName,
  RECORDS_TITLE_ROW,
  type CellRecord,
  type PatternFill,
} from "./mark-record";
import { ACTION_BYTES, PAYLOAD_LIMIT_BYTES, payloadBytes, requestRoom } from "./office-payload";
import { readUsedRanges } from "./office-reads";

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
  // Notes are ExcelApi 1.18; a fake that models them says so.
  const notes = hasExcelApi("1.18", false) ? context.workbook.notes : undefined;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const all = oneMarkPerCell(marks);
  // The first group of cells is loaded with the sheets and the record's size.
  const candidates = await inGroups(context, all, LOADS_PER_SYNC, (m) => {
    const range = sheets.getItem(m.sheet).getRange(m.cell);
    range.format.fill.load("color");
    const note = notes?.getItemOrNullObject(sheetRef(m.sheet, m.cell));
    return { m, range, note };
  });
  if (all.length === 0) await context.sync();
  // Every record: one, or more where the user copied Kehou's sheet.
  const found = await findRecords(context, sheets.items);
  const registries = found.map((f) => f.ws);
  const lines = found.flatMap((f) => f.values);
  // Kehou's record keeps its name; a school's sheet that has the name keeps it too.
  const recordNames = new Set(registries.map((ws) => ws.name));
  const recordName = recordSheetName(
    sheets.items.map((ws) => ({ name: ws.name, record: recordNames.has(ws.name) }))
  );

  // A protected sheet refuses edits (AccessDenied): its cells are neither marked nor restored.
  const open = new Set(
    sheets.items.filter((s) => !s.protection.protected).map((s) => s.name.toLowerCase())
  );
  const plan = planHostMarks(
    lines.map((r) => r[0]),
    marks,
    (sheet) => open.has(sheet.toLowerCase())
  );
  const saved = plan.restore;
  const loaded = new Map(candidates.map((t) => [recordKey(t.m.sheet, t.m.cell), t]));
  const targets = plan.marks.map(({ mark, fill }) => ({
    ...loaded.get(recordKey(mark.sheet, mark.cell))!,
    fill,
  }));
  // A note's text can be long: fewer of them a sync.
  const oldNotes = notes
    ? await inGroups(context, saved, LOADS_PER_SYNC / 5, (s) =>
        notes.getItemOrNullObject(sheetRef(s.sheet, s.cell)).load("content")
      )
    : [];

  const flush = requestRoom(context, MARK_CHUNK_BYTES);
  // A cell whose own fill this host cannot set keeps Kehou's and stays in the record.
  const unrestored: CellRecord[] = [];
  for (const s of saved) {
    const range = sheets.getItem(s.sheet).getRange(s.cell);
    if (s.fill && s.fill !== "none") range.format.fill.color = s.fill;
    else if (s.pattern) {
      if (!refill(range, s.pattern)) unrestored.push(s);
    } else range.format.fill.clear();
    await flush(ACTION_BYTES + s.sheet.length * 3 + s.cell.length);
  }
  const marked = new Set(targets.map((t) => recordKey(t.m.sheet, t.m.cell)));
  const carried = unrestored
    .filter((s) => !marked.has(recordKey(s.sheet, s.cell)))
    .map((s) => [markRecordText(s)]);
  const removed = new Set<string>();
  for (const [i, note] of oldNotes.entries()) {
    if (note.isNullObject || !note.content.startsWith(NOTE_PREFIX)) continue;
    note.delete();
    removed.add(sheetRef(saved[i].sheet, saved[i].cell).toLowerCase());
    await flush(ACTION_BYTES);
  }
  // The old records go only once everything they list is restored: a run stopped before this
  // leaves them, so the next run restores again.
  for (const registry of registries) {
    registry.visibility = "Hidden"; // Excel cannot delete a very hidden sheet
    registry.delete();
  }
  const kept: CellMark[] = [];
  if (targets.length > 0 || carried.length > 0) {
    const ws = sheets.add(recordName);
    ws.visibility = "VeryHidden";
    let next = 1; // 1-based row of the record's next line
    const record = (rows: string[][]) => {
      const area = ws.getRange(`A${next}:A${next + rows.length - 1}`);
      area.numberFormat = rows.map(() => ["@"]);
      area.values = rows;
      next += rows.length;
    };
    record([[RECORDS_TITLE_ROW]]);
    if (carried.length > 0) record(carried);
    // Each chunk writes its lines of the record before its fills and notes, in the same
    // request: a run stopped between chunks has a record of every cell it marked.
    for (let from = 0; from < targets.length;) {
      const chunk: typeof targets = [];
      let bytes = 0;
      const lines: string[][] = [];
      for (; from < targets.length && (chunk.length === 0 || bytes < MARK_CHUNK_BYTES); from++) {
        const t = targets[from];
        const { m, range } = t;
        const line = plan.line(m, () => officeFill(range.format.fill.color));
        lines.push([line]);
        chunk.push(t);
        bytes += 3 * ACTION_BYTES + payloadBytes(line) + payloadBytes(m.note) * 2;
      }
      record(lines);
      for (const { m, range, note, fill } of chunk) {
        range.format.fill.color = fill;
        const free = note?.isNullObject || removed.has(sheetRef(m.sheet, m.cell).toLowerCase());
        if (notes && free) notes.add(range, `${NOTE_PREFIX}${m.note}`);
        else if (notes) kept.push(m);
      }
      // One request a chunk is the point: each stays under Excel's payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (from < targets.length) await context.sync();
    }
  }
  await context.sync();
  return kept;
}

/**
 * Sets a recorded theme-colour or pattern fill (see hostFill): the pattern, its colour and
 * their tints are ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.rangefill).
 * Office.js takes colours as RGB only, so a colour the record gives no RGB for (an indexed
 * one, a theme without its colours) cannot be set: false, and nothing is changed.
 */
function refill(range: Excel.Range, p: PatternFill): boolean {
  const host = hostFill(p);
  if (!host) return false;
  const { color, patternColor } = host;
  const tinted = color?.tint !== undefined || patternColor?.tint !== undefined;
  if ((host.office !== "Solid" || tinted) && !hasExcelApi("1.9")) return false;
  if ((color && !color.rgb) || (patternColor && !patternColor.rgb)) return false;
  range.format.fill.clear();
  if (color?.rgb) range.format.fill.color = color.rgb;
  if (host.office !== "Solid") range.format.fill.pattern = host.office as Excel.FillPattern;
  if (patternColor?.rgb) range.format.fill.patternColor = patternColor.rgb;
  if (color?.tint !== undefined) range.format.fill.tintAndShade = color.tint;
  if (patternColor?.tint !== undefined) range.format.fill.patternTintAndShade = patternColor.tint;
  return true;
}

/**
 * Kehou's records among the sheets, in tab order, each known by its title in A1 and its cells,
 * never by its name alone (a school's own 「Kehou标记」 is not one): the sheets that may be one
 * (named like it, ignoring case as Excel does, or hidden) are asked for A1 and their used
 * range in one request.
 */
async function findRecords(
  context: Excel.RequestContext,
  items: readonly Excel.Worksheet[]
): Promise<{ ws: Excel.Worksheet; values: readonly (readonly unknown[])[] }[]> {
  const prefix = MARKS_SHEET.toLowerCase();
  const maybe = items
    .filter((ws) => ws.name.toLowerCase().startsWith(prefix) || ws.visibility !== "Visible")
    .map((ws) => {
      const a1 = ws.getRange("A1").load("values");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, a1, used };
    });
  if (maybe.length === 0) return [];
  await context.sync();
  // Only a sheet titled as the record is read whole, in blocks, as any sheet is.
  const titled = maybe.filter(
    (m) => !m.used.isNullObject && m.a1.values[0]?.[0] === RECORDS_TITLE_ROW
  );
  const grids = await readUsedRanges(
    context,
    titled.map((m) => ({ ws: m.ws, range: m.used, bytesPerCell: 120 }))
  );
  return grids.flatMap((g, at) =>
    isRecordSheet(g.values) ? [{ ws: titled[at].ws, values: g.values }] : []
  );
}

/** What one request of marks may carry: well under Excel's 5 MB, with room for paths. */
const MARK_CHUNK_BYTES = PAYLOAD_LIMIT_BYTES / 2;

/** Loads queued per sync, so what they bring back stays well under Excel's 5 MB. */
const LOADS_PER_SYNC = 10_000;

/**
 * Queues `make` for each item, syncing after every `size` of them (once at the end for the
 * last); returns what `make` gave, in order.
 */
async function inGroups<T, R>(
  context: Excel.RequestContext,
  items: readonly T[],
  size: number,
  make: (item: T) => R
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    for (const item of items.slice(i, i + size)) out.push(make(item));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync per group is the point
    await context.sync();
  }
  return out;
}
