import { unlessMalformed, XmlScanner } from "../cells/xml-scanner";
import { rowCol } from "../../sheets/a1";
import { cellColumn, rowNumber } from "../cells/sheet-cells";
import { attr, opened, spliced, type Splice } from "./xml-text";

/** One `<row>` of a worksheet's sheetData, by its place in the part's text. */
interface RowAt {
  /** 1-based, as `r` says (or one past the row before, when `r` is left out). */
  readonly r: number;
  readonly tag: string;
  readonly start: number;
  readonly tagEnd: number;
  /** Where its closing tag starts (its tag's end for a self-closed row). */
  readonly bodyEnd: number;
  /** Just past `</row>`, or past the tag of a self-closed row. */
  readonly end: number;
  readonly selfClosed: boolean;
}

/** One `<c>` of a row: 0-based column, where its element starts and ends. */
interface CellAt {
  readonly col: number;
  readonly start: number;
  readonly end: number;
}

/** The sheetData and its rows, read by the cell reader's scanner; undefined when there is none. */
function locateRows(xml: string) {
  const s = new XmlScanner(xml);
  return unlessMalformed(() => {
    while (s.next()) {
      if (!s.opens || !s.is("sheetData")) continue;
      const [at, bodyStart, open] = [s.tagStart, s.tagEnd, xml.slice(s.tagStart, s.tagEnd)];
      if (s.empty) return { rows: [], open, at, bodyStart, close: bodyStart, empty: true };
      const depth = s.depth;
      const rows: RowAt[] = [];
      while (s.next()) {
        if (s.closes && s.depth === depth)
          return { rows, open, at, bodyStart, close: s.tagStart, empty: false };
        if (!s.opens || !s.is("row")) continue;
        const tag = xml.slice(s.tagStart, s.tagEnd);
        const [start, tagEnd, selfClosed] = [s.tagStart, s.tagEnd, s.empty];
        s.skip();
        // Numbered as the cell reader numbers it, so a cell goes where the reader reads it.
        const r = rowNumber(attr(tag, "r"), rows[rows.length - 1]?.r ?? 0);
        const bodyEnd = selfClosed ? tagEnd : s.tagStart;
        rows.push({ r, tag, start, tagEnd, bodyEnd, end: s.tagEnd, selfClosed });
      }
    }
    return undefined;
  }, undefined);
}

/** The cells of one row (its text alone is scanned). */
function rowCells(xml: string, row: RowAt): CellAt[] {
  const cells: CellAt[] = [];
  const s = new XmlScanner(xml.slice(row.start, row.end));
  s.next();
  while (s.next() && s.depth > 0) {
    if (!s.opens || !s.is("c")) continue;
    const [start, tag] = [s.tagStart, s.xml.slice(s.tagStart, s.tagEnd)];
    s.skip();
    // The reader's column ("b2" and "$B$2" are column B), 0-based here.
    const col = cellColumn(attr(tag, "r"), (cells[cells.length - 1]?.col ?? -1) + 1) - 1;
    cells.push({ col, start: row.start + start, end: row.start + s.tagEnd });
  }
  return cells;
}

/** What was where a cell was put: its element, and its row when the row held no cells. */
export interface Placed {
  readonly before?: string;
  /** The row as it was when it had no cells: its self-closed tag, or "" when there was none. */
  readonly row?: string;
}

/**
 * Makes a cell's new element from its old one (undefined: the cell has none), given the start
 * tag of its row (undefined: no row). Returning "" removes the element (or inserts nothing).
 */
export type CellMaker = (before: string | undefined, rowTag: string | undefined) => string;

/**
 * Puts cells into a worksheet's sheetData in one pass over the text: a cell with an element
 * has it replaced; one without is inserted in column order in its row, the row made in row
 * order when there is none. Everything else stays as the bytes it was. A `<sheetData/>` is
 * opened only when `openEmpty` (a restore could not close it again byte for byte).
 */
export function placeCells(
  xml: string,
  makers: ReadonlyMap<string, CellMaker>,
  openEmpty = false
): { xml: string; placed: Map<string, Placed> } {
  const placed = new Map<string, Placed>();
  const found = locateRows(xml);
  if (!found || (found.empty && !openEmpty)) return { xml, placed };
  const byRow = new Map<number, { ref: string; col: number; make: CellMaker }[]>();
  for (const [ref, make] of makers) {
    const rc = rowCol(ref);
    if (!rc) continue;
    const list = byRow.get(rc[0] + 1) ?? [];
    list.push({ ref, col: rc[1], make });
    byRow.set(rc[0] + 1, list);
  }
  const rows = new Map<number, RowAt>();
  for (const row of found.rows) if (!rows.has(row.r)) rows.set(row.r, row);
  const edits: Splice[] = [];
  for (const [r, targets] of [...byRow].sort((a, b) => a[0] - b[0])) {
    targets.sort((a, b) => a.col - b.col);
    const row = rows.get(r);
    if (row && !row.selfClosed) {
      const cells = rowCells(xml, row);
      for (const t of targets) {
        const cell = cells.find((c) => c.col === t.col);
        const before = cell && xml.slice(cell.start, cell.end);
        const text = t.make(before, row.tag);
        if (!cell && text === "") continue;
        const at = cell?.start ?? cells.find((c) => c.col > t.col)?.start ?? row.bodyEnd;
        edits.push({ start: at, end: cell?.end ?? at, text });
        placed.set(t.ref, { before });
      }
      continue;
    }
    const made = targets
      .map((t) => ({ t, text: t.make(undefined, row?.tag) }))
      .filter((m) => m.text !== "");
    if (made.length === 0) continue;
    const open = row ? opened(row.tag) : `<row r="${r}">`;
    const at = row?.start ?? found.rows.find((x) => x.r > r)?.start ?? found.close;
    const body = made.map((m) => m.text).join("");
    edits.push({ start: at, end: row?.end ?? at, text: `${open}${body}</row>` });
    made.forEach((m, i) => placed.set(m.t.ref, i === 0 ? { row: row?.tag ?? "" } : {}));
  }
  if (found.empty && edits.length > 0) {
    const open = opened(found.open);
    edits.push({ start: found.at, end: found.bodyStart, text: open });
    edits.push({ start: found.bodyStart, end: found.bodyStart, text: "</sheetData>" });
  }
  return { xml: spliced(xml, edits), placed };
}

/**
 * Gives rows that had no cells before cells were placed in them their old text back, once
 * they hold no cells again: a row that was not there is removed, a self-closed one closed.
 */
export function restoreRows(xml: string, rows: ReadonlyMap<number, string>): string {
  const found = locateRows(xml);
  if (!found) return xml;
  const edits: Splice[] = [];
  for (const row of found.rows) {
    const was = rows.get(row.r);
    if (was === undefined || row.selfClosed) continue;
    if (xml.slice(row.tagEnd, row.bodyEnd).trim() !== "") continue;
    edits.push({ start: row.start, end: row.end, text: was });
  }
  return spliced(xml, edits);
}
