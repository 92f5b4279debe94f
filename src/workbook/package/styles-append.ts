import type { Edges } from "../../jobs/form-look";
import { solidFill, type FillColor, type OwnFill, type PatternFill } from "../mark-record";
import { SHEET_FONT } from "../sheet-font";
import { attr, opened, setAttr, splitElement, UnsupportedPackage, xmlEscape } from "./xml-text";

/** The children of one section of styles.xml (`fonts` → its `<font>`s), as written. */
function section(xml: string, list: string, item: string) {
  const found = splitElement(xml, list);
  if (!found) return undefined;
  const items = found.children.filter((c) => c.name === item).map((c) => c.text);
  return { start: found.start, open: found.tag, bodyEnd: found.bodyEnd, items };
}

/** The first child of an element's text with this local name, as written. */
const child = (xml: string | undefined, name: string) =>
  xml === undefined ? undefined : splitElement(xml)?.children.find((c) => c.name === name)?.text;

/**
 * styles.xml changed only by additions: fonts, fills, number formats and cell formats are
 * appended (an identical one already there is reused, so a re-run adds nothing), and every
 * index the workbook's cells use keeps its meaning.
 */
export class StylesAppender {
  /** Sections as last split, for the text they were split from: a mark asks per cell. */
  private sections = new Map<string, ReturnType<typeof section>>();
  private splitFrom = "";

  constructor(private xml: string) {}

  private section(list: string, item: string): ReturnType<typeof section> {
    if (this.splitFrom !== this.xml) (this.sections.clear(), (this.splitFrom = this.xml));
    const key = `${list}/${item}`;
    if (!this.sections.has(key)) this.sections.set(key, section(this.xml, list, item));
    return this.sections.get(key);
  }

  toString(): string {
    return this.xml;
  }

  /** The index of this child in the section, appended when missing. */
  private add(list: string, item: string, child: string): number {
    let s = this.section(list, item);
    if (!s) {
      const root = splitElement(this.xml);
      if (!root) throw new UnsupportedPackage("样式部件（styles.xml）无法读取");
      const at = root.start + root.tag.length;
      this.xml = `${this.xml.slice(0, at)}<${list} count="0"></${list}>${this.xml.slice(at)}`;
      s = this.section(list, item)!;
    }
    const found = s.items.indexOf(child);
    if (found >= 0) return found;
    const open = opened(s.open);
    const counted =
      attr(open, "count") === undefined ? open : setAttr(open, "count", `${s.items.length + 1}`);
    const close = open !== s.open ? `</${list}>` : "";
    this.xml =
      this.xml.slice(0, s.start) +
      counted +
      this.xml.slice(s.start + s.open.length, s.bodyEnd) +
      child +
      close +
      this.xml.slice(s.bodyEnd);
    return s.items.length;
  }

  /** The section's children as written (not to be changed: the next call shares them). */
  items(list: string, item: string): readonly string[] {
    return this.section(list, item)?.items ?? [];
  }

  /** A number format's id: a built-in one as is, a custom one appended past 163. */
  numFmt(code: string): number {
    const builtIn: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "@": 49 };
    if (code in builtIn) return builtIn[code];
    const formats = this.items("numFmts", "numFmt");
    const tag = (id: number) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`;
    // One pass, no spread: a spread of 180,000 formats would overflow the stack.
    let id = 164;
    for (const f of formats) {
      const n = Number(attr(f, "numFmtId"));
      if (f === tag(n)) return n;
      id = Math.max(id, (n || 0) + 1);
    }
    this.add("numFmts", "numFmt", tag(id));
    return id;
  }

  /**
   * The font of Kehou's own sheets: a Simplified Chinese family with the GB2312 character set
   * (134), so a viewer without the family still picks a Simplified Chinese face, bold and at a
   * size where asked.
   */
  sheetFont(options: { bold?: boolean; size?: number } = {}): number {
    return this.add(
      "fonts",
      "font",
      `<font>${options.bold ? "<b/>" : ""}<sz val="${options.size ?? SHEET_FONT.size}"/>` +
        `<name val="${xmlEscape(SHEET_FONT.name)}"/><family val="2"/><charset val="${SHEET_FONT.charset}"/></font>`
    );
  }

  /** A thin border on the given edges of a cell (a printed notice's frame). */
  border(edges: Edges): number {
    const edge = (side: string, on: boolean) =>
      on ? `<${side} style="thin"><color auto="1"/></${side}>` : `<${side}/>`;
    return this.add(
      "borders",
      "border",
      `<border>${edge("left", edges.left)}${edge("right", edges.right)}${edge("top", edges.top)}${edge("bottom", edges.bottom)}<diagonal/></border>`
    );
  }

  /** A solid fill of an RGB colour (Kehou's marks). */
  solidFill(rgb: string): number {
    return this.add(
      "fills",
      "fill",
      `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`
    );
  }

  /**
   * The fill of cell format `s` as a solid colour `#RRGGBB` or "none"; undefined for a theme or
   * indexed colour, a pattern or a gradient (which no adapter can name by colour).
   */
  fillOf(s: number): OwnFill | undefined {
    const xf = this.items("cellXfs", "xf")[s];
    const fill = xf && this.items("fills", "fill")[Number(attr(xf, "fillId") ?? 0)];
    if (!fill) return "none";
    if (child(fill, "gradientFill")) return undefined;
    const pattern = child(fill, "patternFill");
    const type = pattern && attr(pattern, "patternType");
    if (!type || type === "none") return "none";
    if (type !== "solid") return undefined;
    const fg = child(pattern, "fgColor");
    return solidFill(fg && attr(fg, "rgb"));
  }

  /**
   * The fill of cell format `s` when it is a pattern or a theme or indexed colour (what
   * fillOf cannot name), as the record keeps it; a gradient only as `gradient`; undefined
   * for a plain colour or none.
   */
  patternOf(s: number): PatternFill | undefined {
    if (this.fillOf(s) !== undefined) return undefined;
    const xf = this.items("cellXfs", "xf")[s];
    const fill = xf && this.items("fills", "fill")[Number(attr(xf, "fillId") ?? 0)];
    // A gradient is recorded as one, so no host takes it for none (none can restore it).
    if (child(fill, "gradientFill")) return { type: "gradient" };
    const pattern = child(fill, "patternFill");
    const type = pattern && attr(pattern, "patternType");
    if (!type) return undefined;
    const fg = colorOf(child(pattern, "fgColor"));
    const bg = colorOf(child(pattern, "bgColor"));
    return { type, ...(fg ? { fg } : {}), ...(bg ? { bg } : {}) };
  }

  /** A fill of a recorded pattern (see patternOf), appended when missing. */
  patternFill(p: PatternFill): number {
    const color = (tag: string, c?: FillColor) => {
      if (!c) return "";
      const a = [
        c.theme !== undefined
          ? `theme="${c.theme}"`
          : c.indexed !== undefined
            ? `indexed="${c.indexed}"`
            : c.rgb
              ? `rgb="FF${c.rgb.slice(1)}"`
              : "",
        c.tint !== undefined ? `tint="${c.tint}"` : "",
      ].filter(Boolean);
      return `<${tag} ${a.join(" ")}/>`;
    };
    return this.add(
      "fills",
      "fill",
      `<fill><patternFill patternType="${xmlEscape(p.type)}">${color("fgColor", p.fg)}${color("bgColor", p.bg)}</patternFill></fill>`
    );
  }

  /** The fill index of cell format `s`. */
  fillIdOf(s: number): number {
    return Number(attr(this.items("cellXfs", "xf")[s] ?? "<xf/>", "fillId") ?? 0);
  }

  /**
   * Whether cell formats `a` and `b` are one format apart from their fill: a cell marked by
   * withFill still shows the format its record names (styles.xml not renumbered since).
   */
  sameButFill(a: number, b: number): boolean {
    const xfs = this.items("cellXfs", "xf");
    const bare = (xf: string | undefined) =>
      xf === undefined ? undefined : setAttr(setAttr(xf, "fillId", null), "applyFill", null);
    const x = bare(xfs[a]);
    return x !== undefined && x === bare(xfs[b]);
  }

  /** A cell format of Kehou's own sheets: a number format, a font and, for forms, alignment. */
  cellFormat(numFmtId: number, fontId: number, align?: CellAlignment, borderId = 0): number {
    const attrs = [
      align?.horizontal && `horizontal="${align.horizontal}"`,
      align?.vertical && `vertical="${align.vertical}"`,
      align?.wrap && `wrapText="1"`,
    ].filter(Boolean);
    const border = borderId ? ` applyBorder="1"` : "";
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1"${border}`;
    return this.add(
      "cellXfs",
      "xf",
      attrs.length === 0
        ? `${open}/>`
        : `${open} applyAlignment="1"><alignment ${attrs.join(" ")}/></xf>`
    );
  }

  /** A copy of cell format `s` with another fill: a marked cell keeps the rest of its look. */
  withFill(s: number, fillId: number): number {
    // The fill goes first, wherever the format had one: the same format gives the same copy.
    const xf = setAttr(
      setAttr(this.items("cellXfs", "xf")[s] ?? "<xf/>", "fillId", null),
      "applyFill",
      null
    );
    return this.add("cellXfs", "xf", setAttr(setAttr(xf, "applyFill", "1"), "fillId", `${fillId}`));
  }
}

/** A `<fgColor>`/`<bgColor>` as a record's colour (auto, or nothing said: undefined). */
function colorOf(tag: string | undefined): FillColor | undefined {
  if (!tag) return undefined;
  const num = (name: string) => {
    const v = attr(tag, name);
    return v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v);
  };
  const rgb = solidFill(attr(tag, "rgb"));
  const out = {
    ...(rgb && rgb !== "none" ? { rgb } : {}),
    ...(num("theme") !== undefined ? { theme: num("theme") } : {}),
    ...(num("indexed") !== undefined ? { indexed: num("indexed") } : {}),
    ...(num("tint") !== undefined ? { tint: num("tint") } : {}),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** How a cell of Kehou's sheets is aligned: left and wrapped in notices, the defaults elsewhere. */
export interface CellAlignment {
  readonly horizontal?: "left" | "center";
  readonly vertical?: "top" | "center";
  readonly wrap?: boolean;
}
