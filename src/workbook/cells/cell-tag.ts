import { plainTextEnd } from "./xml-scanner";

/** A `<c>` tag's attributes: the column of its `r`, its type `t` and its style `s`. */
export interface CellTag {
  /** 1-based column from `r` ("C5" → 3), 0 when there is no `r` (the next column is meant). */
  col: number;
  /** Where the `r` lies in the tag's text (for a message about it), -1 when absent. */
  refStart: number;
  refEnd: number;
  /** The `t` as written ("s", "str", "inlineStr", "b", "e", "d", "n"), undefined when absent. */
  type: string | undefined;
  /** The `s` (style index), 0 when absent. */
  style: number;
}

const SPACE = 32;
const LT = 60;
const GT = 62;
const SLASH = 47;
const CR = 13;
const TAB = 9;
const LF = 10;
const LOWER_C = 99;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const AMPERSAND = 38;
const A = 65;
const Z = 90;
const LOWER = 32;
const DOLLAR = 36;
const ZERO = 48;
const NINE = 57;
/** Past this a row number is read the general way (and refused there as past Excel's last). */
const MAX_ROW_DIGITS = 1e8;

/**
 * Reads a cell tag's attributes from `xml[from, to)` without making a string per attribute
 * (a 100,000-cell sheet reads 300,000 of them). False when an attribute is not plain enough
 * for that (a reference such as &#49; in it): the caller then reads them the general way.
 */
export function readCellTag(xml: string, from: number, to: number, tag: CellTag): boolean {
  tag.col = 0;
  tag.refStart = tag.refEnd = -1;
  tag.type = undefined;
  tag.style = 0;
  let i = from;
  for (;;) {
    while (i < to && xml.charCodeAt(i) <= SPACE) i++;
    if (i >= to) return true;
    const past = plainAttribute(xml, i, to, tag);
    if (past > 0) {
      i = past;
      continue;
    }
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== EQUALS && xml.charCodeAt(i) > SPACE) i++;
    const nameLength = i - nameStart;
    while (i < to && xml.charCodeAt(i) !== EQUALS) i++;
    i++;
    while (i < to && xml.charCodeAt(i) <= SPACE) i++;
    const q = xml.charCodeAt(i);
    if (q !== QUOTE && q !== APOSTROPHE) return false;
    const start = i + 1;
    let end = start;
    let plain = true;
    for (; end < to; end++) {
      const c = xml.charCodeAt(end);
      if (c === q) break;
      if (c === AMPERSAND) plain = false;
    }
    if (end >= to) return false;
    i = end + 1;
    if (nameLength !== 1) continue;
    if (!plain) return false;
    const name = xml.charCodeAt(nameStart);
    if (name === 114 /* r */) {
      tag.refStart = start;
      tag.refEnd = end;
      tag.col = columnAt(xml, start, end);
    } else if (name === 116 /* t */) {
      tag.type = xml.slice(start, end);
    } else if (name === 115 /* s */) {
      let n = 0;
      for (let k = start; k < end; k++) {
        const c = xml.charCodeAt(k);
        if (c < ZERO || c > NINE) break;
        n = n * 10 + (c - ZERO);
      }
      tag.style = n;
    }
  }
}

/**
 * The common attribute at `i` in one pass: `r="B12"` (capital letters, then digits), `s="3"`
 * or `t="s"`, double-quoted, written as every writer writes them; its value into `tag`, and
 * where the attribute ends. 0 for any other attribute or value (another name, a `$`, a
 * reference, a space), which the caller reads the general way, with the same result.
 */
function plainAttribute(xml: string, i: number, to: number, tag: CellTag): number {
  const name = xml.charCodeAt(i);
  if (xml.charCodeAt(i + 1) !== EQUALS || xml.charCodeAt(i + 2) !== QUOTE) return 0;
  const start = i + 3;
  let k = start;
  if (name === 114 /* r */) {
    let col = 0;
    let c = xml.charCodeAt(k);
    for (; c >= A && c <= Z && k - start < 4; c = xml.charCodeAt(++k)) col = col * 26 + (c - A + 1);
    for (; c >= ZERO && c <= NINE; c = xml.charCodeAt(++k));
    if (c !== QUOTE || k >= to) return 0;
    tag.refStart = start;
    tag.refEnd = k;
    tag.col = col;
    return k + 1;
  }
  if (name === 115 /* s */) {
    let n = 0;
    let c = xml.charCodeAt(k);
    for (; c >= ZERO && c <= NINE && k - start < 9; c = xml.charCodeAt(++k))
      n = n * 10 + (c - ZERO);
    if (c !== QUOTE || k >= to) return 0;
    tag.style = n;
    return k + 1;
  }
  if (name === 116 /* t */ && xml.charCodeAt(start + 1) === QUOTE && start + 1 < to) {
    const c = xml.charCodeAt(start);
    if (c === AMPERSAND || c === QUOTE) return 0;
    // V8 keeps one string per Latin-1 character (a one-letter slice above is it too): a
    // cell's `t` is never a new string.
    tag.type = String.fromCharCode(c);
    return start + 2;
  }
  return 0;
}

/** The 1-based column of the A1 reference in `xml[start, end)`, 0 when it has none. */
export function columnAt(xml: string, start: number, end: number): number {
  let col = 0;
  let i = start < end && xml.charCodeAt(start) === DOLLAR ? start + 1 : start;
  for (; i < end; i++) {
    let c = xml.charCodeAt(i);
    if (c >= A + LOWER && c <= Z + LOWER) c -= LOWER;
    if (c < A || c > Z) break;
    col = col * 26 + (c - A + 1);
    if (col > 1e9) break;
  }
  return col;
}

/**
 * A `<row>` tag's `r` from `xml[from, to)` when it is its first attribute and plain digits
 * (as every writer puts it), else NaN: the caller then reads the attribute the general way.
 */
export function rowNumberAt(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to && xml.charCodeAt(i) <= SPACE) i++;
  if (xml.charCodeAt(i) !== 114 /* r */ || xml.charCodeAt(i + 1) !== EQUALS) return NaN;
  const q = xml.charCodeAt(i + 2);
  if (q !== QUOTE && q !== APOSTROPHE) return NaN;
  let n = 0;
  for (i += 3; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === q) return i > from + 3 && n > 0 ? n : NaN;
    if (c < ZERO || c > NINE || n > MAX_ROW_DIGITS) return NaN;
    n = n * 10 + (c - ZERO);
  }
  return NaN;
}

/** Where a tight cell's `<v>` text lies (`textStart` -1 for a self-closing cell), and its end. */
export interface TightCell {
  textStart: number;
  textEnd: number;
  /** Just past the cell's `</c>` (or its `/>`). */
  end: number;
}

/**
 * Reads the cell element at `at` in one pass when it is written tight, as Excel, WPS, exceljs
 * and LibreOffice write nearly every cell: `<c r="B2" t="s"><v>12</v></c>` or `<c r="B2"
 * s="3"/>`, plain attributes (see readCellTag) and a plain `<v>` (no reference, CDATA,
 * comment or carriage return) as its only child. Fills `tag` and `out` and returns true;
 * false for any other shape (a prefix, a formula, an inline string, a `>` in an attribute),
 * which the caller then reads with the general scanner.
 */
export function readTightCell(xml: string, at: number, tag: CellTag, out: TightCell): boolean {
  if (xml.charCodeAt(at) !== LT || xml.charCodeAt(at + 1) !== LOWER_C) return false;
  const after = xml.charCodeAt(at + 2);
  const spaced = after === SPACE || after === TAB || after === LF || after === CR;
  if (!spaced && after !== GT && after !== SLASH) return false; // <col>, <cx>: not a cell
  const gt = xml.indexOf(">", at + 2);
  if (gt < 0) return false;
  const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  // A quote left open before the first > is a > inside a value: readCellTag says false.
  if (!readCellTag(xml, at + 2, selfClosing ? gt - 1 : gt, tag)) return false;
  if (selfClosing) {
    out.textStart = out.textEnd = -1;
    out.end = gt + 1;
    return true;
  }
  const v = gt + 1;
  if (!xml.startsWith("<v>", v)) return false;
  const start = v + 3;
  const end = plainTextEnd(xml, start);
  if (end < 0) return false;
  if (!xml.startsWith("</v></c>", end)) return false; // nothing between
  out.textStart = start;
  out.textEnd = end;
  out.end = end + 8;
  return true;
}
