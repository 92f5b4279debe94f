import { attributeText, xmlText } from "../package/xml-decode";

/** XML the scanner cannot follow: cut short, or a closing tag that closes nothing open. */
export class MalformedXml extends Error {}

/** What `read` gives, or `fallback` where the XML is not what the scanner can follow. */
export function unlessMalformed<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof MalformedXml) return fallback;
    throw e;
  }
}

const CUT_SHORT = "内容在中途截断";
const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const QUOTE = 34;
const APOSTROPHE = 39;
const AMPERSAND = 38;
const CR = 13;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Where character data from `start` ends (its next `<`), or -1 at a reference or a CR. */
export function plainTextEnd(xml: string, start: number): number {
  for (let end = start; end < xml.length; end++) {
    const c = xml.charCodeAt(end);
    if (c === LT) return end;
    if (c === AMPERSAND || c === CR) return -1;
  }
  return xml.length;
}

/**
 * A pull scanner over one XML part, fast enough for a 100,000-row sheet: tags one at a time,
 * elements known by their local name (`<x:c>` is `c`, as Excel reads prefixed SpreadsheetML),
 * text decoded only where asked for. It checks what a reader of cells relies on (every tag
 * closed, closing tags matching, nothing cut short) and throws MalformedXml otherwise.
 * Comments, processing instructions and the DOCTYPE are skipped; CDATA is text.
 *
 * The current tag is described by fields, not constants to compare with, so a hot loop
 * touches nothing outside the scanner.
 */
export class XmlScanner {
  /** The current tag opens an element (`<c>`, or a self-closing `<c/>`). */
  opens = false;
  /** The current tag closes an element (`</c>`; a self-closing `<c/>` opens and is `empty`). */
  closes = false;
  /** The current tag is self-closing: no text, no children. */
  empty = false;
  /** How many elements are open around the current tag (the root's children are at 1). */
  depth = 0;
  private pos = 0;
  private localStart = 0;
  private nameEnd = 0;
  /** The current tag's attributes lie in `xml` from `attrsFrom` to `attrsEnd`. */
  attrsEnd = 0;
  /** Where the current tag starts and ends (just past its `>`), in `xml`. */
  tagStart = 0;
  tagEnd = 0;
  /** Where `plainText()` found the text, in `xml`. */
  textStart = 0;
  textEnd = 0;
  /** The qualified names of the open elements, as start and end offsets into the text. */
  private readonly stack: number[] = [];
  private top = 0;

  constructor(readonly xml: string) {}

  get attrsFrom(): number {
    return this.nameEnd;
  }

  /** The current tag's local name (`c` of `<x:c>`). */
  get localName(): string {
    return this.xml.slice(this.localStart, this.nameEnd);
  }

  /** Whether the current tag's local name is `name`. */
  is(name: string): boolean {
    return (
      this.nameEnd - this.localStart === name.length && this.xml.startsWith(name, this.localStart)
    );
  }

  /** Moves to the next tag; false after the last. An open tag's children are one deeper. */
  next(): boolean {
    const xml = this.xml;
    if (this.opens && !this.empty) this.depth++;
    for (;;) {
      // Tags often follow each other (</v></c>): look before asking indexOf.
      const lt = xml.charCodeAt(this.pos) === LT ? this.pos : xml.indexOf("<", this.pos);
      if (lt < 0) {
        if (this.top > 0) throw new MalformedXml(CUT_SHORT);
        this.pos = xml.length;
        this.opens = this.closes = this.empty = false;
        return false;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === BANG || c === QUESTION) {
        this.pos = this.skipMarkup(lt);
        continue;
      }
      if (c === SLASH) this.closeTag(lt);
      else this.openTag(lt);
      return true;
    }
  }

  private closeTag(lt: number): void {
    const xml = this.xml;
    const gt = xml.indexOf(">", lt + 2);
    if (gt < 0) throw new MalformedXml(CUT_SHORT);
    let end = gt;
    while (end > lt + 2 && isSpace(xml.charCodeAt(end - 1))) end--;
    if (this.top === 0) throw new MalformedXml("多出结束标签");
    const start = this.stack[this.top - 2];
    const length = this.stack[this.top - 1] - start;
    let same = end - (lt + 2) === length;
    for (let k = 0; same && k < length; k++)
      same = xml.charCodeAt(start + k) === xml.charCodeAt(lt + 2 + k);
    if (!same)
      throw new MalformedXml(
        `结束标签 </${xml.slice(lt + 2, end)}> 与 <${xml.slice(start, start + length)}> 不配对`
      );
    this.top -= 2;
    let local = start;
    for (let k = start; k < start + length; k++) if (xml.charCodeAt(k) === COLON) local = k + 1;
    this.localStart = lt + 2 + (local - start);
    this.nameEnd = end;
    this.attrsEnd = end;
    this.pos = this.tagEnd = gt + 1;
    this.tagStart = lt;
    this.depth--;
    this.opens = this.empty = false;
    this.closes = true;
  }

  private openTag(lt: number): void {
    const xml = this.xml;
    const length = xml.length;
    let i = lt + 1;
    let local = i;
    for (; i < length; i++) {
      const c = xml.charCodeAt(i);
      if (c === GT || c === SLASH || c === 32 || c === 9 || c === 10 || c === 13) break;
      if (c === COLON) local = i + 1;
    }
    if (i === lt + 1) throw new MalformedXml("有不带名称的标签");
    this.localStart = local;
    this.nameEnd = i;
    // The tag ends at the first > outside quotes (an attribute value may hold a >).
    for (; i < length; i++) {
      const c = xml.charCodeAt(i);
      if (c === GT) break;
      if (c === QUOTE || c === APOSTROPHE) {
        const close = xml.indexOf(c === QUOTE ? '"' : "'", i + 1);
        if (close < 0) break;
        i = close;
      }
    }
    if (i >= length) throw new MalformedXml(CUT_SHORT);
    this.pos = this.tagEnd = i + 1;
    this.tagStart = lt;
    this.opens = true;
    if (xml.charCodeAt(i - 1) === SLASH) {
      this.attrsEnd = i - 1;
      this.empty = true;
      this.closes = false;
      return;
    }
    this.attrsEnd = i;
    this.empty = this.closes = false;
    this.stack[this.top] = lt + 1;
    this.stack[this.top + 1] = this.nameEnd;
    this.top += 2;
  }

  /** Past a comment, CDATA section, processing instruction or DOCTYPE starting at `lt`. */
  private skipMarkup(lt: number): number {
    const xml = this.xml;
    const close = xml.startsWith("<!--", lt)
      ? "-->"
      : xml.startsWith("<![CDATA[", lt)
        ? "]]>"
        : xml.charCodeAt(lt + 1) === QUESTION
          ? "?>"
          : ">";
    const at = xml.indexOf(close, lt + 2);
    if (at < 0) throw new MalformedXml(CUT_SHORT);
    return at + close.length;
  }

  /** The attribute `nextAttr` found: its qualified name, and its value up to its closing quote. */
  private atName = 0;
  private atNameEnd = 0;
  private atValue = 0;
  private atValueEnd = 0;

  /**
   * Finds the current tag's first attribute from `i` on, into the at* fields (no object per
   * attribute: a formula's `<f t>` is asked for in every formula cell); false past the last.
   * The one reading of attributes: single or double quotes, spaces around `=`.
   */
  private nextAttr(i: number): boolean {
    const xml = this.xml;
    const end = this.attrsEnd;
    const eq = xml.indexOf("=", i);
    if (eq < 0 || eq >= end) return false;
    while (isSpace(xml.charCodeAt(i))) i++;
    let nameEnd = eq;
    while (nameEnd > i && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (isSpace(xml.charCodeAt(q))) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== QUOTE && quote !== APOSTROPHE) return false; // not an attribute list XML allows
    const close = xml.indexOf(quote === QUOTE ? '"' : "'", q + 1);
    if (close < 0 || close > end) return false;
    this.atName = i;
    this.atNameEnd = nameEnd;
    this.atValue = q + 1;
    this.atValueEnd = close;
    return true;
  }

  /** Whether the attribute found is named `name` (its qualified name). */
  private atIs(name: string): boolean {
    return this.atNameEnd - this.atName === name.length && this.xml.startsWith(name, this.atName);
  }

  /** The value of the attribute found, decoded (a plain one without a second string). */
  private atText(): string {
    const xml = this.xml;
    for (let j = this.atValue; j < this.atValueEnd; j++) {
      const c = xml.charCodeAt(j);
      if (c === AMPERSAND || c === 9 || c === 10 || c === CR)
        return attributeText(xml.slice(this.atValue, this.atValueEnd));
    }
    return xml.slice(this.atValue, this.atValueEnd);
  }

  /**
   * The value of the current tag's attribute `name`, decoded; undefined when absent. An
   * attribute written twice reads as its last, here as in every reading of a tag.
   */
  attr(name: string): string | undefined {
    let value: string | undefined;
    for (let i = this.nameEnd; this.nextAttr(i); i = this.atValueEnd + 1)
      if (this.atIs(name)) value = this.atText();
    return value;
  }

  /** Every attribute of the current tag, qualified name and decoded value, in order written. */
  allAttrs(): [string, string][] {
    const out: [string, string][] = [];
    for (let i = this.nameEnd; this.nextAttr(i); i = this.atValueEnd + 1)
      out.push([this.xml.slice(this.atName, this.atNameEnd), this.atText()]);
    return out;
  }

  /**
   * Where the current tag's attribute `name` (its qualified name) lies in `xml`: from its
   * name to just past its closing quote, its value between `valueStart` and `valueEnd`.
   * Undefined when absent (the last when written twice, as `attr` reads it). The writer's way
   * to change one attribute, the rest as written.
   */
  attrSpan(name: string): { start: number; valueStart: number; valueEnd: number } | undefined {
    let span: { start: number; valueStart: number; valueEnd: number } | undefined;
    for (let i = this.nameEnd; this.nextAttr(i); i = this.atValueEnd + 1)
      if (this.atIs(name))
        span = { start: this.atName, valueStart: this.atValue, valueEnd: this.atValueEnd };
    return span;
  }

  /**
   * Whether the text of the element just opened is plain (no reference, CDATA, comment or
   * carriage return to decode): then it lies in `xml` from `textStart` to `textEnd`, and the
   * scanner has moved past it. A hot loop's way to read a `<v>` without making a string.
   */
  plainText(): boolean {
    if (!this.opens || this.empty) return false;
    const xml = this.xml;
    const lt = plainTextEnd(xml, this.pos);
    if (lt < 0 || lt === xml.length) return false;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) return false;
    this.textStart = this.pos;
    this.textEnd = this.pos = lt;
    return true;
  }

  /**
   * The text of the element just opened, up to its next tag (CDATA included, comments left
   * out), decoded; the scanner stays before that tag. "" after a self-closing tag.
   */
  text(): string {
    if (!this.opens || this.empty) return "";
    const xml = this.xml;
    let out = "";
    let from = this.pos;
    for (;;) {
      const lt = xml.indexOf("<", from);
      if (lt < 0) throw new MalformedXml(CUT_SHORT);
      if (lt > from) {
        const raw = xml.slice(from, lt);
        out += raw.includes("&") || raw.includes("\r") ? xmlText(raw) : raw;
      }
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw new MalformedXml(CUT_SHORT);
        const data = xml.slice(lt + 9, end);
        out += data.includes("\r") ? data.replace(/\r\n?/g, "\n") : data;
        from = end + 3;
      } else if (xml.charCodeAt(lt + 1) === BANG || xml.charCodeAt(lt + 1) === QUESTION) {
        from = this.skipMarkup(lt);
      } else {
        this.pos = lt;
        return out;
      }
    }
  }

  /** Where the next tag is looked for: just past the current one (or the text read). */
  get position(): number {
    return this.pos;
  }

  /** How deep the next tag is when it opens: inside the current element, or beside it. */
  get nextDepth(): number {
    return this.opens && !this.empty ? this.depth + 1 : this.depth;
  }

  /**
   * Moves past a whole element its caller read itself, from `position` to `end` (a
   * self-closing tag, or its children and closing tag, every tag of it checked by the caller):
   * the scanner is then as `next()` would have left it at that element's closing tag. A hot
   * loop's way past an element it knows the shape of (a tight `<c>`) in one step.
   */
  passElement(end: number): void {
    if (this.opens && !this.empty) this.depth++;
    this.tagStart = this.pos;
    this.pos = this.tagEnd = end;
    this.localStart = this.nameEnd = this.attrsEnd = end;
    this.opens = this.empty = false;
    this.closes = true;
  }

  /** Skips the rest of the element just opened (its children and its closing tag). */
  skip(): void {
    if (!this.opens || this.empty) return;
    const depth = this.depth;
    while (this.next()) if (this.closes && this.depth === depth) return;
  }
}
