import { MalformedXml, XmlScanner } from "../cells/xml-scanner";

/** What `xmlEscape` changes: & < > " and the characters XML 1.0 cannot carry. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text and attribute values escaped for XML. */
export function xmlEscape(s: string): string {
  // Most cells (names, classes, ids) have nothing to escape: one scan instead of five.
  return NEEDS_ESCAPE.test(s) ? xmlEscapeFully(s) : s;
}

/**
 * A cell's text for `<t>` or a string `<v>`: escaped for XML, and a literal `_xHHHH_` kept
 * literal by escaping its underscore as `_x005F_`, since Excel reads `_xHHHH_` in cell text as
 * the character HHHH (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). VML ids such as `_x0000_s1025`
 * in Kehou's marks record are such text.
 */
export function cellTextEscape(s: string): string {
  const escaped = xmlEscape(s);
  return escaped.includes("_x") ? escaped.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : escaped;
}

/** The plain path of `xmlEscape`: each replacement in turn. */
export function xmlEscapeFully(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 cannot carry at all (a stray control code pasted from elsewhere).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

/**
 * The value of an attribute in one start tag (`<sheet name='x' sheetId = "3"/>`), decoded as
 * the cell reader decodes it: single or double quotes, spaces around `=`, named and numeric
 * character references. Undefined when absent.
 */
export function attr(tag: string, name: string): string | undefined {
  // A start tag may come without its closing > (`<c r="A1" s="3"`, cut where its text starts).
  const s = new XmlScanner(tag.endsWith(">") ? tag : `${tag}>`);
  try {
    if (!s.next()) return undefined;
  } catch (e) {
    if (e instanceof MalformedXml) return undefined;
    throw e;
  }
  return s.attr(name);
}

/** One element of an XML part, where it lies (start tag to end tag) and its start tag. */
export interface XmlElement {
  readonly start: number;
  /** Just past its end tag (past the start tag when it is self-closing). */
  readonly end: number;
  /** The start tag as written. */
  readonly tag: string;
  /** Its text (a defined name's formula), decoded. */
  readonly text: string;
  readonly attr: (name: string) => string | undefined;
}

/**
 * Every element of this local name in a part, in document order, read by the cell reader's
 * scanner: the writer finds sheets, relationships, content types and defined names by their
 * parsed attributes, never by a regular expression over the text.
 */
export function elements(xml: string, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.closes || !s.is(name)) continue;
    const start = s.tagStart;
    const tag = xml.slice(start, s.tagEnd);
    const found = new Map<string, string | undefined>();
    const values = (n: string) => {
      if (!found.has(n)) found.set(n, attr(tag, n));
      return found.get(n);
    };
    const text = s.empty ? "" : s.text();
    s.skip();
    out.push({ start, end: s.tagEnd, tag, text, attr: values });
  }
  return out;
}

/** The text with these elements cut out (the rest as it was, byte for byte). */
export function withoutElements(xml: string, cut: readonly XmlElement[]): string {
  let out = "";
  let at = 0;
  for (const e of cut) ((out += xml.slice(at, e.start)), (at = e.end));
  return out + xml.slice(at);
}

/**
 * A package the writer cannot add to without understanding more of it (a zip64 archive,
 * prefixed SpreadsheetML such as `<x:sheets>`): the caller falls back to re-saving whole.
 */
export class UnsupportedPackage extends Error {}

/** Inserts text just before the first of the closing tags found (an addition, nothing moves). */
export function insertBefore(xml: string, closers: readonly string[], text: string): string {
  let at = -1;
  for (const c of closers) {
    const i = xml.indexOf(c);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) throw new UnsupportedPackage(`XML 中找不到 ${closers.join(" / ")}`);
  return xml.slice(0, at) + text + xml.slice(at);
}
