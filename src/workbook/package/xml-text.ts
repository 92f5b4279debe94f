import { unlessMalformed, XmlScanner } from "../cells/xml-scanner";

/**
 * What `xmlEscape` changes: & < > " to their entities, and the characters XML 1.0 cannot
 * carry at all (a stray control code pasted from elsewhere) to nothing.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const EVERY_ESCAPE = new RegExp(NEEDS_ESCAPE.source, "g");
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text and attribute values escaped for XML. */
export function xmlEscape(s: string): string {
  // Most cells (names, classes, ids) have nothing to escape: one scan, nothing replaced.
  return NEEDS_ESCAPE.test(s) ? s.replace(EVERY_ESCAPE, (c) => ENTITY[c] ?? "") : s;
}

/** An attribute value escaped for the quote it is written in (inside `'`, a `'` too). */
export function attrEscape(value: string, quote: string): string {
  const text = xmlEscape(value);
  return quote === "'" ? text.replace(/'/g, "&apos;") : text;
}

/**
 * A cell's text for `<t>` or a string `<v>`: escaped for XML, and a literal `_xHHHH_` kept
 * literal by escaping its underscore as `_x005F_`, since Excel reads `_xHHHH_` in cell text as
 * the character HHHH (ECMA-376 Part 1, §22.9.2.19 ST_Xstring); quotes stay as they are. VML ids such as `_x0000_s1025`
 * in Kehou's marks record are such text.
 */
export function cellTextEscape(s: string): string {
  // A quote needs no escape in element text (XML 1.0 §2.4): the marks record's JSON stays
  // a third smaller.
  const quoted = xmlEscape(s);
  const escaped = quoted.includes("&quot;") ? quoted.replace(/&quot;/g, '"') : quoted;
  return escaped.includes("_x") ? escaped.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : escaped;
}

/**
 * The value of an attribute in one start tag (`<sheet name='x' sheetId = "3"/>`), decoded as
 * the cell reader decodes it: single or double quotes, spaces around `=`, named and numeric
 * character references. Undefined when absent.
 */
export function attr(tag: string, name: string): string | undefined {
  // A start tag may come without its closing > (`<c r="A1" s="3"`, cut where its text starts).
  const s = new XmlScanner(tag.endsWith(">") ? tag : `${tag}>`);
  return unlessMalformed(() => s.next(), false) ? s.attr(name) : undefined;
}

/**
 * The first start tag of `xml` (an element's text, or a part) with attribute `name` set to
 * `value`, or taken out with the space before it (null). A value already there keeps its
 * place and its quotes; a new one goes just after attribute `after` when the tag has it, else
 * right after the element's name. The rest of the text stays as the bytes it was.
 */
export function setAttr(xml: string, name: string, value: string | null, after?: string): string {
  const s = new XmlScanner(xml);
  if (!s.next() || !s.opens) return xml;
  const at = s.attrSpan(name);
  if (at && value === null) return spliced(xml, [attrCut(s, name)!]);
  if (at) {
    const text = attrEscape(value!, xml[at.valueStart - 1]);
    return xml.slice(0, at.valueStart) + text + xml.slice(at.valueEnd);
  }
  if (value === null) return xml;
  const prior = after === undefined ? undefined : s.attrSpan(after);
  const where = prior ? prior.valueEnd + 1 : s.attrsFrom;
  return `${xml.slice(0, where)} ${name}="${xmlEscape(value)}"${xml.slice(where)}`;
}

/** Attribute `name` of the scanner's tag taken out with the space before it, if it is there. */
export function attrCut(s: XmlScanner, name: string): Splice | undefined {
  const at = s.attrSpan(name);
  if (!at) return undefined;
  let start = at.start;
  while (start > s.attrsFrom && " \t\r\n".includes(s.xml[start - 1])) start--;
  return { start, end: at.valueEnd + 1, text: "" };
}

/** The start tag of a part's root element when it is a `name` (any prefix), else undefined. */
export function rootTag(xml: string, name: string): string | undefined {
  const s = new XmlScanner(xml);
  const found = unlessMalformed(() => s.next() && s.opens && s.is(name), false);
  return found ? xml.slice(s.tagStart, s.tagEnd) : undefined;
}

/** One child element, as written, where it lies in its parent's text. */
export interface Child {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The first element of `xml` (a part, or one element's text) split as written: its start
 * tag, its child elements, and where its closing tag starts (its tag's end when self-closed).
 * With `name`, the root's first child of that local name instead of the root; the search ends
 * at a child named `before` (the schema puts `name` ahead of it: a sheet's `<cols>` is before
 * its `<sheetData>`), so it does not walk a whole sheet. Undefined when there is none, or the
 * text is not XML the scanner can follow.
 */
export function splitElement(
  xml: string,
  name?: string,
  before?: string
): { start: number; tag: string; children: Child[]; bodyEnd: number; end: number } | undefined {
  const s = new XmlScanner(xml);
  return unlessMalformed(() => {
    if (!s.next() || !s.opens) return undefined;
    if (name !== undefined) {
      if (s.empty) return undefined;
      while (s.next() && !(s.opens && s.depth === 1 && s.is(name))) {
        if (s.opens && before !== undefined && s.is(before)) return undefined;
        if (s.opens) s.skip();
      }
      if (!s.opens) return undefined;
    }
    const [start, tag, depth] = [s.tagStart, xml.slice(s.tagStart, s.tagEnd), s.depth];
    if (s.empty) return { start, tag, children: [], bodyEnd: s.tagEnd, end: s.tagEnd };
    const children: Child[] = [];
    while (s.next() && !(s.closes && s.depth === depth)) {
      if (!s.opens) continue;
      const [from, local] = [s.tagStart, s.localName];
      s.skip();
      children.push({ name: local, start: from, end: s.tagEnd, text: xml.slice(from, s.tagEnd) });
    }
    if (!s.closes) return undefined;
    return { start, tag, children, bodyEnd: s.tagStart, end: s.tagEnd };
  }, undefined);
}

/** The attributes of a part's root element (namespace declarations too), in order written. */
export function rootAttrs(xml: string): [string, string][] {
  const s = new XmlScanner(xml);
  return unlessMalformed(() => (s.next() && s.opens ? s.allAttrs() : []), []);
}

/** An element's start tag as an opening one: `<row r="5"/>` → `<row r="5">`. */
export function opened(tag: string): string {
  const s = new XmlScanner(tag);
  return s.next() && s.empty ? `${tag.slice(0, s.attrsEnd).trimEnd()}>` : tag;
}

/** Whether `xml` is one self-closed element and nothing else (`<c r="A1" s="3"/>`). */
export function isSelfClosed(xml: string): boolean {
  const s = new XmlScanner(xml);
  return s.next() && s.empty && s.tagStart === 0 && s.tagEnd === xml.length;
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

/** `elements`, or none where the part is not XML the scanner can follow (old VML drawings). */
export function elementsIfReadable(xml: string, name: string): XmlElement[] {
  return unlessMalformed(() => elements(xml, name), []);
}

/** One change to a part's text: the span [start, end) becomes `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The text with these changes made, none overlapping another (the rest as it was, byte for
 * byte): taken in order of `start`, insertions at one place in the order given.
 */
export function spliced(xml: string, splices: readonly Splice[]): string {
  // Stable sort: insertions at one place keep the order they were made in.
  const sorted = [...splices].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of sorted) ((out += xml.slice(at, s.start) + s.text), (at = s.end));
  return out + xml.slice(at);
}

/** The text with these elements cut out (the rest as it was, byte for byte). */
export function withoutElements(xml: string, cut: readonly XmlElement[]): string {
  return spliced(
    xml,
    cut.map((e) => ({ start: e.start, end: e.end, text: "" }))
  );
}

/**
 * A package the writer cannot add to without understanding more of it (a zip64 archive,
 * prefixed SpreadsheetML such as `<x:sheets>`): the caller falls back to re-saving whole.
 */
export class UnsupportedPackage extends Error {}

/**
 * Inserts text at the end of a part's root element, just before its closing tag as parsed
 * (an addition, nothing moves): a comment or CDATA naming `</Types>` earlier in the part is
 * not taken for it. A root with no body (`<Types/>`) or a part that is not XML the scanner
 * can follow is left to be saved again whole (UnsupportedPackage).
 */
export function appendToRoot(xml: string, text: string): string {
  const root = splitElement(xml);
  if (!root || root.end === root.bodyEnd)
    throw new UnsupportedPackage("XML 中找不到根元素的结束标记");
  return xml.slice(0, root.bodyEnd) + text + xml.slice(root.bodyEnd);
}
