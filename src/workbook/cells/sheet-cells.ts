import { formatMessage } from "../../findings/messages/format";
import { PACKAGE_TEXT } from "../../findings/messages/package";
import { columnLetters } from "../../sheets/a1";
import type { CellValue } from "../../sheets/grid";
import { dateCellSerial, serialOfIso } from "../excel-serial";
import type { CellFormats } from "./cell-formats";
import { readStringItem } from "./rich-string";
import {
  columnAt,
  readCellTag,
  readTightCell,
  rowNumberAt,
  type CellTag,
  type TightCell,
} from "./cell-tag";
import { XmlScanner } from "./xml-scanner";
import { xstring } from "../package/xml-decode";

/** Excel's last row and column (XFD1048576). */
export const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/**
 * How many blanks one sheet's rows may hold before their values: a value costs its XML, but
 * a blank before a far column costs only memory, so a crafted sheet (XFD in each of a
 * million rows, a few hundred KB zipped) is refused in words here, at some 80 MB, instead of
 * taking gigabytes. A real sheet holds a few: the far-corner cell alone is 16,383.
 */
const MAX_BLANKS = 5_000_000;

/** What the cells of a sheet are read against: the workbook's strings, styles and date system. */
interface CellContext {
  readonly strings: readonly (string | null)[];
  readonly formats: CellFormats;
  readonly date1904: boolean;
}

/** A sheet's cells as read, before merged areas blank their covered cells. */
export interface ReadCells {
  /** Rows by 0-based index: a value array, or undefined for a row with none. */
  readonly rows: (CellValue[] | undefined)[];
  readonly formats: (string[] | undefined)[];
  /** Per 0-based row, the 1-based columns of formulas saved without a value. */
  readonly uncalculated: Map<number, number[]>;
  /** How many blanks the rows hold so far before their values (see MAX_BLANKS). */
  blanks: number;
  /** Merged areas as [top, left, bottom, right], 1-based. */
  readonly merges: [number, number, number, number][];
}

/** A cell or row address past Excel's sheet, or a sheet part that is not XML the reader can follow. */
export class SheetProblem extends Error {}

/** A part that holds nothing, at most an XML declaration. */
export const isEmptyPart = (xml: string) => /^\s*(<\?[^>]*\?>)?\s*$/.test(xml);

/** What to say of a part with no element at all: empty, or not XML. */
export function noElements(xml: string): SheetProblem {
  const text = isEmptyPart(xml) ? PACKAGE_TEXT.emptyPart : PACKAGE_TEXT.notXmlPart;
  return new SheetProblem(formatMessage(text));
}

/**
 * The shared string at `index` (the text of a `t="s"` cell's `<v>`); an index the table does
 * not hold (an empty or missing sharedStrings.xml, a cut table) refuses the sheet naming the
 * cell, as Excel calls such a file damaged: read as blank, a roster's 是 would vanish unsaid.
 */
function sharedString(
  strings: readonly (string | null)[],
  index: number | string,
  r: number,
  col: number
): string | null {
  const i = typeof index === "number" ? index : /^\s*\d+\s*$/.test(index) ? Number(index) : -1;
  if (i >= 0 && i < strings.length) return strings[i];
  const cell = `${columnLetters(col - 1)}${r + 1}`;
  const said = { cell, index: String(index).trim(), count: strings.length };
  throw new SheetProblem(formatMessage(PACKAGE_TEXT.missingString, said));
}

/** A part listed as a sheet whose root is no kind of sheet, by that root's qualified name. */
export class NotASheet extends Error {}

/** The roots of sheets that hold no cells to read (ECMA-376 Part 1 §18.3; MS-XLSX macro sheets). */
const NO_CELLS = new Set(["chartsheet", "dialogsheet", "macrosheet"]);

/** The 1-based column of an A1 reference ("$C$5" → 3), or 0 when it has none. */
export function columnOf(ref: string): number {
  return columnAt(ref, 0, ref.length);
}

/**
 * The 1-based column of a cell with `r` = `ref` after a cell in column `previous` (0: none):
 * its reference's, as Excel reads it ("b2", "$B$2": 2), else the next, `r` being optional
 * (ECMA-376 Part 1 §18.3.1.4). The one reading of it, for the reader and the writer.
 */
export function cellColumn(ref: string | undefined, previous: number): number {
  const col = ref === undefined ? 0 : columnOf(ref);
  return col > 0 ? col : previous + 1;
}

/** A row's 1-based number from its `r` after row `previous`: its digits, else the next (§18.3.1.73). */
export function rowNumber(r: string | undefined, previous: number): number {
  const n = parseInt(r ?? "", 10);
  return Number.isNaN(n) ? previous + 1 : n;
}

/** The 1-based row of an A1 reference ("$C$5" → 5), or 0 when it has none. */
export function rowOf(ref: string): number {
  const m = /\$?(\d+)\s*$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

/**
 * The value of a cell whose type is `t` and whose `<v>` is `text`, as Excel's range.values
 * gives it: shared strings looked up, booleans, error text (#N/A), ISO dates (`t="d"`) and
 * numbers in a date format as serials; other numbers as written (parseFloat, so 1E+999 is
 * Infinity, for the money rules to catch).
 */
function valueOf(
  t: string | undefined,
  text: string,
  s: number,
  ctx: CellContext,
  r: number,
  col: number
): CellValue {
  switch (t) {
    case "s":
      return sharedString(ctx.strings, text, r, col);
    case "str":
    case "inlineStr":
      return xstring(text);
    case "b":
      return text.trim() === "false" ? false : parseInt(text, 10) !== 0;
    case "e":
      return text;
    case "d":
      return serialOfIso(text) ?? text;
    default: {
      const n = parseFloat(text);
      return s > 0 && ctx.formats.dates[s]
        ? dateCellSerial(n, ctx.date1904 && ctx.formats.days[s])
        : n;
    }
  }
}

/**
 * Reads one worksheet part's cells: `<sheetData>` rows and cells (a row or cell without its
 * `r` follows the one before), values by type, each value cell's number format, formulas
 * without a cached value, and `<mergeCells>`. Undefined for a chart, dialog or macro sheet
 * (they hold no cells to read); throws NotASheet for a part whose root is no sheet at all. Only what cells hold is kept, so a lone
 * value in XFD1048576 costs one row, not a sheet's rectangle.
 */
export function readSheetCells(xml: string, ctx: CellContext): ReadCells | undefined {
  const s = new XmlScanner(xml);
  if (!s.next()) throw noElements(xml);
  if (!s.is("worksheet")) {
    if (NO_CELLS.has(s.localName)) return undefined;
    throw new NotASheet(xml.slice(s.tagStart + 1, s.attrsFrom).slice(0, 40));
  }
  const cells: ReadCells = {
    rows: [],
    formats: [],
    uncalculated: new Map(),
    blanks: 0,
    merges: [],
  };
  while (s.next()) {
    if (s.closes || s.depth !== 1) continue;
    if (s.is("sheetData")) readRows(s, ctx, cells);
    else if (s.is("mergeCells")) readMerges(s, cells);
    else s.skip();
  }
  return cells;
}

function readMerges(s: XmlScanner, cells: ReadCells): void {
  if (s.empty) return;
  while (s.next()) {
    if (s.closes) {
      if (s.depth === 1) return;
      continue;
    }
    if (s.is("mergeCell")) {
      const [from, to = from] = (s.attr("ref") ?? "").split(":");
      const area: [number, number, number, number] = [
        rowOf(from),
        columnOf(from),
        rowOf(to),
        columnOf(to),
      ];
      if (area.every((n) => n > 0 && n <= MAX_ROWS)) cells.merges.push(area);
    }
    s.skip();
  }
}

function readRows(s: XmlScanner, ctx: CellContext, cells: ReadCells): void {
  if (s.empty) return;
  let row = 0;
  while (s.next()) {
    if (s.closes) {
      if (s.depth === 1) return; // </sheetData>
      continue;
    }
    if (s.depth !== 2 || !s.is("row")) {
      s.skip();
      continue;
    }
    const fast = rowNumberAt(s.xml, s.attrsFrom, s.attrsEnd);
    row = Number.isNaN(fast) ? rowNumber(s.attr("r"), row) : fast;
    if (row < 1 || row > MAX_ROWS) throw new SheetProblem(`行号 ${row} 超出 Excel 的范围`);
    // A row written again replaces the first (the reader has always kept the last).
    cells.rows[row - 1] = undefined;
    cells.formats[row - 1] = undefined;
    cells.uncalculated.delete(row - 1);
    if (!s.empty) readRow(s, row - 1, ctx, cells);
  }
}

const ZERO = 48;
const NINE = 57;

/** The digits of `xml[start, end)` as a number, or -1 when there are others (or none). */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < ZERO || c > NINE) return -1;
    n = n * 10 + (c - ZERO);
  }
  return n;
}

/** The cells of one `<row>`, into `cells` at 0-based row `r`. */
function readRow(s: XmlScanner, r: number, ctx: CellContext, cells: ReadCells): void {
  const { codes, dates } = ctx.formats;
  const { strings } = ctx;
  const xml = s.xml;
  const tag: CellTag = { col: 0, refStart: -1, refEnd: -1, type: undefined, style: 0 };
  let values: CellValue[] | undefined;
  let formats: string[] | undefined;
  let uncalculated: number[] | undefined;
  const tight: TightCell = { textStart: -1, textEnd: -1, end: 0 };
  let col = 0;
  let rewritten = false;
  for (;;) {
    // The common cell, written tight, read in one pass; any other shape by the scanner.
    const fast = s.nextDepth === 3 && readTightCell(xml, s.position, tag, tight);
    if (fast) s.passElement(tight.end);
    else {
      if (!s.next()) break;
      if (s.closes) {
        if (s.depth === 2) break; // </row>
        continue;
      }
      if (s.depth !== 3 || !s.is("c")) {
        s.skip();
        continue;
      }
    }
    let ref: string | undefined;
    if (!fast && !readCellTag(xml, s.attrsFrom, s.attrsEnd, tag)) {
      // Attributes with references (r="&#65;1"), rare enough to read one by one.
      ref = s.attr("r");
      tag.col = ref ? columnOf(ref) : 0;
      tag.type = s.attr("t");
      tag.style = parseInt(s.attr("s") ?? "", 10) || 0;
    }
    const t = tag.type;
    const style = tag.style;
    col = tag.col > 0 ? tag.col : col + 1;
    if (col > MAX_COLUMNS) {
      ref ??= tag.refStart < 0 ? "" : xml.slice(tag.refStart, tag.refEnd);
      throw new SheetProblem(`单元格 ${ref} 超出 Excel 的范围`);
    }
    let text: string | undefined;
    /** A shared string's index or a whole number read straight from the text, else -1. */
    let digits = -1;
    let formula = false;
    let inline: string | null | undefined;
    if (fast) {
      if (tight.textStart >= 0) {
        digits = digitsAt(xml, tight.textStart, tight.textEnd);
        if (digits < 0 && tight.textEnd > tight.textStart)
          text = xml.slice(tight.textStart, tight.textEnd);
      }
    } else if (!s.empty) {
      while (s.next()) {
        if (s.closes) {
          if (s.depth === 3) break; // </c>
          continue;
        }
        if (s.is("v")) {
          if (text === undefined && digits < 0 && s.plainText()) {
            digits = digitsAt(xml, s.textStart, s.textEnd);
            if (digits < 0 && s.textEnd > s.textStart) text = xml.slice(s.textStart, s.textEnd);
          } else {
            if (digits >= 0) ((text = String(digits)), (digits = -1));
            const v = s.text();
            if (v !== "") text = text === undefined ? v : text + v;
          }
        } else if (s.is("f")) {
          // A shared formula's children (`<f t="shared" si="0"/>`) have no text of their own.
          if (s.attr("t")) formula = true;
          if (s.text() !== "") formula = true;
        } else if (s.is("is")) {
          inline = readStringItem(s);
          continue;
        }
        s.skip();
      }
    }
    if (digits >= 0 && (formula || (t !== "s" && t !== undefined && t !== "n")))
      // not the fast cases below: read as text
      text = fast ? xml.slice(tight.textStart, tight.textEnd) : xml.slice(s.textStart, s.textEnd);
    let value: CellValue = null;
    let unset = false;
    if (digits >= 0 && text === undefined) {
      // The common cases, straight from the digits: a shared string, or a whole number.
      if (t === "s")
        value = digits < strings.length ? strings[digits] : sharedString(strings, digits, r, col);
      else
        value =
          style > 0 && dates[style]
            ? dateCellSerial(digits, ctx.date1904 && ctx.formats.days[style])
            : digits;
    } else if (formula) {
      if (text !== undefined) value = valueOf(t, text, style, ctx, r, col);
      else if (inline) value = inline;
      else unset = true;
    } else if (inline !== undefined && (text === undefined || t === "inlineStr"))
      value = inline || null;
    else if (text !== undefined) value = valueOf(t, text, style, ctx, r, col);
    else if (style === 0) continue; // nothing at all: the cell is not there

    if (uncalculated?.includes(col)) uncalculated.splice(uncalculated.indexOf(col), 1);
    if (unset) (uncalculated ??= []).push(col);

    if (values === undefined || formats === undefined) {
      if (value === null) continue;
      values = [];
      formats = [];
    }
    const format = value === null ? "General" : (style > 0 && codes[style]) || "General";
    if (col > values.length) {
      if (value === null) continue;
      if (col - 1 > values.length) {
        cells.blanks += col - 1 - values.length;
        if (cells.blanks > MAX_BLANKS)
          throw new SheetProblem("远处的单元格过多（空白超过 500 万格）");
      }
      while (values.length < col - 1) (values.push(null), formats.push("General"));
      values.push(value);
      formats.push(format);
    } else {
      // A column written twice: the last cell counts, as in the reader before.
      values[col - 1] = value;
      formats[col - 1] = format;
      rewritten = true;
    }
  }
  if (uncalculated && uncalculated.length > 0) cells.uncalculated.set(r, uncalculated);
  if (values === undefined || formats === undefined) return;
  if (rewritten) {
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    formats.length = values.length;
  }
  if (values.length === 0) return;
  cells.rows[r] = values;
  cells.formats[r] = formats;
}
