import { XmlScanner } from "../cells/xml-scanner";
import { addOverride } from "./content-types";
import { CONTENT_TYPE, NS, REL, XML_HEAD } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import {
  addRelationship,
  freeRelId,
  readRelationships,
  relatedPart,
  relativeTarget,
} from "./relationships";
import { sheetEntries, workbookPart } from "./workbook-index";
import { xmlText, xstring } from "./xml-decode";
import { appendToRoot, attr, cellTextEscape, opened, setAttr, splitElement } from "./xml-text";

const USUAL_PART = "xl/sharedStrings.xml";
/** An item of plain text, as Kehou, Excel, WPS and LibreOffice write one. */
const PLAIN_ITEM = /^<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>$/;
/** How a cell refers to a shared string, as Kehou and Excel write it (never inside text: `<` is escaped). */
const SHARED_REF = new TextEncoder().encode('t="s"><v>');

/** Where a text is in the shared string table, for the sheet writer. */
export interface TextIndex {
  /** The index of an item holding just this text, added at the end when there is none. */
  index(text: string): number;
}

/**
 * The school's shared string table (ECMA-376 Part 1 §18.4), added to and never renumbered:
 * an item already there of the same plain text is reused, a new text appended at the end, so
 * every index the school's sheets use means what it meant. Read only once asked; `finish`
 * writes it back (a new part, its relationship and content type when the school has none).
 */
export class SharedStringsAppender implements TextIndex {
  private loaded?: {
    part: string;
    xml?: string;
    items: number;
    plain: Map<string, number>;
  };
  private readonly added: string[] = [];
  /** References written by this run, and those of Kehou's replaced sheets. */
  private written = 0;
  private released = 0;

  constructor(private readonly pkg: OpcPackage) {}

  private load() {
    if (this.loaded) return this.loaded;
    const wb = workbookPart(this.pkg);
    // The cell reader's choice: the related part, else the usual one.
    const part = relatedPart(readRelationships(this.pkg, wb), REL.sharedStrings) ?? USUAL_PART;
    const xml = this.pkg.text(part);
    const plain = new Map<string, number>();
    let items = 0;
    if (xml !== undefined) {
      const s = new XmlScanner(xml);
      while (s.next()) {
        if (!s.opens || s.depth !== 1) continue;
        const start = s.tagStart;
        const isItem = s.is("si");
        s.skip();
        if (!isItem) continue;
        const m = PLAIN_ITEM.exec(xml.slice(start, s.tagEnd));
        if (m) {
          const text = xstring(xmlText(m[1]));
          if (!plain.has(text)) plain.set(text, items);
        }
        items++;
      }
    }
    this.loaded = { part, xml, items, plain };
    return this.loaded;
  }

  index(text: string): number {
    const table = this.load();
    this.written++;
    const found = table.plain.get(text);
    if (found !== undefined) return found;
    const at = table.items + this.added.length;
    this.added.push(text);
    table.plain.set(text, at);
    return at;
  }

  /** Kehou's sheet of this name is about to be written again: its references go with it. */
  release(sheet: string): void {
    const part = sheetEntries(this.pkg).find((s) => s.name === sheet)?.part;
    const bytes = part && this.pkg.bytes(part);
    if (bytes) this.released += occurrences(bytes, SHARED_REF);
  }

  /** Writes the table back when this run added to it or changed how often it is used. */
  finish(): void {
    if (this.added.length === 0 && this.written === this.released) return;
    const { part, xml, items } = this.load();
    if (xml === undefined && this.added.length === 0) return;
    const body = this.added
      .map((t) =>
        /^\s|\s$/.test(t)
          ? `<si><t xml:space="preserve">${cellTextEscape(t)}</t></si>`
          : `<si><t>${cellTextEscape(t)}</t></si>`
      )
      .join("");
    const unique = String(items + this.added.length);
    if (xml === undefined) {
      this.pkg.set(
        part,
        `${XML_HEAD}<sst xmlns="${NS.main}" count="${this.written}" uniqueCount="${unique}">${body}</sst>`
      );
      addOverride(this.pkg, part, CONTENT_TYPE.sharedStrings);
      const wb = workbookPart(this.pkg);
      const rels = readRelationships(this.pkg, wb);
      if (!rels.some((r) => r.type === REL.sharedStrings))
        addRelationship(this.pkg, wb, {
          id: freeRelId(this.pkg, wb),
          type: REL.sharedStrings,
          target: relativeTarget(wb, part),
        });
      return;
    }
    let text = withBody(xml);
    const root = splitElement(text)!;
    // Both counts are optional (CT_Sst); a table that gives them gets them right.
    const count = attr(root.tag, "count");
    if (count !== undefined) {
      const now = Math.max(0, Number(count) - this.released + this.written);
      text = setAttr(text, "count", String(Number.isFinite(now) ? now : this.written));
    }
    if (attr(root.tag, "uniqueCount") !== undefined) text = setAttr(text, "uniqueCount", unique);
    this.pkg.set(part, body ? appendToRoot(text, body) : text);
  }
}

/** The part with its root opened, so items can be appended: `<sst count="0"/>` has no body. */
function withBody(xml: string): string {
  const root = splitElement(xml);
  if (!root || root.end !== root.bodyEnd) return xml;
  const name = /^<([^\s/>]+)/.exec(root.tag)![1];
  return xml.slice(0, root.start) + opened(root.tag) + `</${name}>` + xml.slice(root.end);
}

/** How many times `needle` occurs in `bytes`. */
function occurrences(bytes: Uint8Array, needle: Uint8Array): number {
  let n = 0;
  const first = needle[0];
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) n++;
  }
  return n;
}
