import { MARK_COLORS, NOTES_CAP, type CellMark } from "../../jobs/workbook-port";
import { rowCol } from "../../sheets/a1";
import { addNotes } from "./mark-notes";
import { removeHostNotes, type AppendedPiece } from "./host-notes";
import { NOTES_ID, schoolNoteRefs, VML_ID } from "./school-notes";
import {
  hostFill,
  isCellRecord,
  NOTE_PREFIX,
  oneMarkPerCell,
  type CellRecord,
  type MarkRecord,
} from "../mark-record";
import type { OpcPackage } from "./opc-package";
import { readRelationships, removeRelationship } from "./relationships";
import { withoutEmptiedNotesParts } from "./emptied-notes-parts";
import { blankCellStyle } from "./blank-cell-style";
import { themeColors, withThemeRgb } from "./theme-colors";
import { placeCells, restoreRows, type CellMaker } from "./sheet-data";
import type { StylesAppender } from "./styles-append";
import { sheetEntries, type SheetEntry } from "./workbook-index";
import { attr, isSelfClosed, setAttr } from "./xml-text";

/** A cell's element with its `s` set (or removed), nothing else moved; a new `s` follows `r`. */
const withS = (element: string, s: string | null) => setAttr(element, "s", s, "r");

/**
 * A cell another adapter marked (Office.js: no `s` in its record): its format now, with the
 * fill it had before Kehou's put back. Undefined when the record does not say that fill.
 */
function refilled(el: string, r: CellRecord, styles?: StylesAppender): string | undefined {
  const fill = styles && ownFillId(r, styles);
  if (!styles || fill === undefined) return undefined;
  return withS(el, String(styles.withFill(Number(attr(el, "s") ?? 0), fill)));
}

/** The fill a record says its cell had, as a fill of these styles; undefined when unsaid. */
function ownFillId(r: CellRecord, styles: StylesAppender): number | undefined {
  if (r.fill) return r.fill === "none" ? 0 : styles.solidFill(r.fill.slice(1));
  // A gradient's stops are not recorded: it cannot be written again from the record.
  return r.pattern && hostFill(r.pattern) ? styles.patternFill(r.pattern) : undefined;
}

/** A format's pattern as the record would keep it (see applyMarks). */
function patternNow(styles: StylesAppender, s: number, theme: () => string[]) {
  const p = styles.patternOf(s);
  return p && withThemeRgb(p, theme());
}

const KEHOU_FILLS = new Set(Object.values(MARK_COLORS).map((c) => `#${c}`));

/**
 * A cell this writer marked, unmarked. The recorded `s` is put back only while it still means
 * what it meant: the cell shows Kehou's fill on a format that is the recorded one apart from
 * its fill, and the recorded one has the fill recorded. After a re-save that renumbered
 * styles.xml (LibreOffice, WPS, Excel) the cell's format now gets its own fill back instead;
 * a cell whose fill the school has changed since stays as the school has it.
 */
function unmarked(
  el: string,
  r: CellRecord,
  s: string | null,
  theme: () => string[],
  styles?: StylesAppender
): string {
  if (!styles) return withS(el, s);
  const now = Number(attr(el, "s") ?? 0);
  const then = Number(s ?? 0);
  if (!KEHOU_FILLS.has(styles.fillOf(now) ?? "")) return el;
  const fill = ownFillId(r, styles);
  const same =
    styles.sameButFill(then, now) &&
    (r.fill
      ? styles.fillOf(then) === r.fill
      : !r.pattern ||
        JSON.stringify(patternNow(styles, then, theme)) === JSON.stringify(r.pattern));
  if (same || fill === undefined) return same ? withS(el, s) : el;
  return withS(el, String(styles.withFill(now, fill)));
}

/**
 * Puts back, byte for byte, what `applyMarks` changed in the users' sheets on an earlier run,
 * and the fill of a cell another adapter marked (through `styles`, when given). Returns the
 * notes parts removed, whose content types the caller prunes once the new marks are made (so
 * notes made again keep their declarations' place).
 */
export function restoreMarks(
  pkg: OpcPackage,
  sheets: readonly SheetEntry[],
  records: readonly MarkRecord[],
  styles?: StylesAppender
): Set<string> {
  const removed = new Set<string>();
  let colors: string[] | undefined;
  const theme = () => (colors ??= themeColors(pkg));
  for (const entry of sheets) {
    const own = records.filter((r) => r.sheet === entry.name);
    if (!entry.part || own.length === 0) continue;
    const before = pkg.text(entry.part)!;
    const makers = new Map<string, CellMaker>();
    const rows = new Map<number, string>();
    for (const r of own) {
      if (!isCellRecord(r)) continue;
      if (r.s === undefined) {
        makers.set(r.cell, (el) => (el === undefined ? "" : (refilled(el, r, styles) ?? el)));
        continue;
      }
      const s = r.s;
      if (!r.absent)
        makers.set(r.cell, (el) => (el === undefined ? "" : unmarked(el, r, s, theme, styles)));
      // An element Kehou made is taken out again, unless someone has typed into it since.
      else makers.set(r.cell, (el) => (!el || isSelfClosed(el) ? "" : withS(el, null)));
      const at = rowCol(r.cell);
      if (r.absent && r.row !== undefined && at) rows.set(at[0] + 1, r.row);
    }
    let xml = restoreRows(placeCells(before, makers).xml, rows);
    for (const r of own) if ("inserted" in r) xml = xml.replace(r.inserted, "");
    for (const rel of readRelationships(pkg, entry.part)) {
      if (rel.id !== NOTES_ID && rel.id !== VML_ID) continue;
      if (rel.part) {
        pkg.remove(rel.part);
        removed.add(rel.part);
      }
      removeRelationship(pkg, entry.part, rel.id);
    }
    // Kehou's notes in the school's notes part and drawing, found by what they are: a host
    // that saved the parts again wrote the pieces appended in its own form, and Kehou's own
    // parts under its own ids and names.
    const appended = own.filter((r): r is AppendedPiece => "appended" in r);
    const cells = new Set(own.filter(isCellRecord).map((r) => r.cell));
    removeHostNotes(pkg, entry.part, cells, appended);
    const inserted = own.filter((r) => "inserted" in r);
    const emptied = withoutEmptiedNotesParts(
      pkg,
      entry.part,
      xml,
      inserted.length > 0,
      inserted.some((r) => r.relsCreated)
    );
    xml = emptied.xml;
    for (const p of emptied.removed) removed.add(p);
    if (xml !== before) pkg.set(entry.part, xml);
  }
  return removed;
}

/**
 * Marks cells of the users' sheets: each marked cell's `s` points to a copy of its own
 * format with the severity's fill appended to styles.xml; a cell never typed in gets an
 * element of its own, in its row's format or its column's. Each gets a note (see addNotes),
 * except a cell with a note of the school's own, which is kept and returned in `kept`.
 * Returns what to record for the next run.
 */
export function applyMarks(
  pkg: OpcPackage,
  styles: StylesAppender,
  sheets: readonly SheetEntry[],
  marks: readonly CellMark[]
): { records: MarkRecord[]; kept: CellMark[] } {
  const records: MarkRecord[] = [];
  const kept: CellMark[] = [];
  let theme: string[] | undefined;
  let notesMade = 0;
  for (const entry of sheets) {
    const own = oneMarkPerCell(marks.filter((m) => m.sheet === entry.name));
    if (!entry.part || own.length === 0) continue;
    const original = pkg.text(entry.part)!;
    const makers = new Map<string, CellMaker>();
    /** The format a cell never typed in shows (its row's or column's), by cell. */
    const blankStyles = new Map<string, number>();
    for (const m of own) {
      const cell = m.cell;
      const fill = styles.solidFill(MARK_COLORS[m.severity]);
      makers.set(cell, (el, rowTag) => {
        if (el !== undefined)
          return withS(el, String(styles.withFill(Number(attr(el, "s") ?? 0), fill)));
        const blank = blankCellStyle(original, rowTag, rowCol(cell)?.[1] ?? 0);
        blankStyles.set(cell, blank);
        return `<c r="${cell}" s="${styles.withFill(blank, fill)}"/>`;
      });
    }
    const { xml: restyled, placed } = placeCells(original, makers);
    const rowsSaid = new Set<number>();
    for (const [cell, p] of placed) {
      const s = p.before === undefined ? null : (attr(p.before, "s") ?? null);
      const absent = p.before === undefined ? { absent: true as const } : {};
      // A row's old text once, on its first cell Kehou made: the record stays a line a cell.
      const rowNo = rowCol(cell)?.[0];
      const first = p.row !== undefined && rowNo !== undefined && !rowsSaid.has(rowNo);
      if (first) rowsSaid.add(rowNo);
      const row = first ? { row: p.row } : {};
      // The fill it had, for an adapter that unmarks by colour (Office.js).
      const own = blankStyles.get(cell) ?? Number(s ?? 0);
      const fill = styles.fillOf(own);
      // A theme colour or a pattern, kept as the styles say it, for every adapter to restore.
      const found = fill ? undefined : styles.patternOf(own);
      const pattern = found && withThemeRgb(found, (theme ??= themeColors(pkg)));
      records.push({
        sheet: entry.name,
        cell,
        ...(fill ? { fill } : {}),
        ...(pattern ? { pattern } : {}),
        s,
        ...absent,
        ...row,
      });
    }
    const noted = schoolNoteRefs(pkg, entry.part);
    for (const x of own.filter((m) => noted.has(m.cell))) kept.push(x);
    const free = own.filter((m) => placed.has(m.cell) && !noted.has(m.cell));
    const room = Math.max(0, NOTES_CAP - notesMade);
    for (const x of free.slice(room)) kept.push({ ...x, unnoted: "too-many" });
    const notes = free
      .slice(0, room)
      .map((m) => ({ cell: m.cell, text: `${NOTE_PREFIX}${m.note}` }));
    notesMade += notes.length;
    const { xml, records: added } = addNotes(pkg, entry.name, entry.part, restyled, notes);
    for (const x of added) records.push(x);
    if (xml !== original) pkg.set(entry.part, xml);
  }
  return { records, kept };
}

/**
 * The marks that fall on a cell with a note of the school's own (its notes as they are once
 * the last run's marks are taken out): those cells are coloured, their notes kept.
 */
export function marksOnSchoolNotes(
  source: OpcPackage,
  previous: readonly MarkRecord[],
  marks: readonly CellMark[]
): CellMark[] {
  if (marks.length === 0) return [];
  const pkg = source.copy();
  const entries = sheetEntries(pkg);
  restoreMarks(pkg, entries, previous);
  const refs = new Map<string, Set<string>>();
  const noted = (sheet: string) => {
    const part = entries.find((e) => e.name === sheet)?.part;
    if (part && !refs.has(part)) refs.set(part, schoolNoteRefs(pkg, part));
    return part ? refs.get(part)! : new Set<string>();
  };
  // As applyMarks goes: sheet by sheet in tab order, the notes past NOTES_CAP left out.
  const out: CellMark[] = [];
  let notesMade = 0;
  for (const entry of entries) {
    if (!entry.part) continue;
    for (const m of oneMarkPerCell(marks.filter((x) => x.sheet === entry.name))) {
      if (noted(m.sheet).has(m.cell)) out.push(m);
      else if (notesMade++ >= NOTES_CAP) out.push({ ...m, unnoted: "too-many" });
    }
  }
  return out;
}
