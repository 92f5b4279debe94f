import type { Edges } from "../../jobs/form-look";
import { solidFill, type OwnFill } from "../mark-record";
import { SHEET_FONT } from "../sheet-font";
import { attr, xmlEscape } from "./xml-text";

/** The children of one section of styles.xml (`fonts` → its `<font>`s), as written. */
function section(xml: string, list: string, item: string) {
  const open = new RegExp(`<${list}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const start = open.index;
  const bodyStart = start + open[0].length;
  const end = open[1] === "/" ? bodyStart : xml.indexOf(`</${list}>`, bodyStart);
  const body = xml.slice(bodyStart, end);
  const items: string[] | null = body.match(
    new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, "g")
  );
  return { start, open: open[0], bodyEnd: end, items: items ?? [] };
}

/**
 * styles.xml changed only by additions: fonts, fills, number formats and cell formats are
 * appended (an identical one already there is reused, so a re-run adds nothing), and every
 * index the workbook's cells use keeps its meaning.
 */
export class StylesAppender {
  constructor(private xml: string) {}

  toString(): string {
    return this.xml;
  }

  /** The index of this child in the section, appended when missing. */
  private add(list: string, item: string, child: string): number {
    let s = section(this.xml, list, item);
    if (!s) {
      const at = this.xml.indexOf(">", this.xml.indexOf("<styleSheet")) + 1;
      this.xml = `${this.xml.slice(0, at)}<${list} count="0"></${list}>${this.xml.slice(at)}`;
      s = section(this.xml, list, item)!;
    }
    const found = s.items.indexOf(child);
    if (found >= 0) return found;
    const open = s.open.endsWith("/>") ? `${s.open.slice(0, -2)}>` : s.open;
    const counted = /\scount="\d+"/.test(open)
      ? open.replace(/\scount="\d+"/, ` count="${s.items.length + 1}"`)
      : open;
    const close = s.open.endsWith("/>") ? `</${list}>` : "";
    this.xml =
      this.xml.slice(0, s.start) +
      counted +
      this.xml.slice(s.start + s.open.length, s.bodyEnd) +
      child +
      close +
      this.xml.slice(s.bodyEnd);
    return s.items.length;
  }

  items(list: string, item: string): string[] {
    return section(this.xml, list, item)?.items ?? [];
  }

  /** A number format's id: a built-in one as is, a custom one appended past 163. */
  numFmt(code: string): number {
    const builtIn: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "@": 49 };
    if (code in builtIn) return builtIn[code];
    const formats = this.items("numFmts", "numFmt");
    const tag = (id: number) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`;
    for (const f of formats) {
      const id = Number(attr(f, "numFmtId"));
      if (f === tag(id)) return id;
    }
    // Counted in a loop: a spread of 180,000 formats would overflow the stack.
    let id = 164;
    for (const f of formats) id = Math.max(id, (Number(attr(f, "numFmtId")) || 0) + 1);
    this.add("numFmts", "numFmt", tag(id));
    return id;
  }

  /** The workbook's default font (font 0) made bold, at a size if given. */
  boldFont(size?: number): number {
    let font = this.items("fonts", "font")[0] ?? "<font></font>";
    if (font.endsWith("/>")) font = `${font.slice(0, -2)}></font>`;
    font = font.replace(/<b\/>|<b\s[^>]*\/>/g, "");
    if (size !== undefined) font = font.replace(/<sz\b[^>]*\/>/, `<sz val="${size}"/>`);
    font = font.replace(/^<font\b[^>]*>/, (open) => `${open}<b/>`);
    return this.add("fonts", "font", font);
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
    const pattern = /<patternFill\b[^>]*>/.exec(fill)?.[0];
    const type = pattern && attr(pattern, "patternType");
    if (!type || type === "none") return "none";
    if (type !== "solid") return undefined;
    const fg = /<fgColor\b[^>]*>/.exec(fill)?.[0];
    return solidFill(fg && attr(fg, "rgb"));
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
    const xf = this.items("cellXfs", "xf")[s] ?? "<xf/>";
    const open = /^<xf\b[^>]*?(\/?)>/.exec(xf)![0];
    let tag = open.replace(/\s(fillId|applyFill)="[^"]*"/g, "");
    tag = tag.replace(/^<xf/, `<xf fillId="${fillId}" applyFill="1"`);
    return this.add("cellXfs", "xf", tag + xf.slice(open.length));
  }
}

/** How a cell of Kehou's sheets is aligned: left and wrapped in notices, the defaults elsewhere. */
export interface CellAlignment {
  readonly horizontal?: "left" | "center";
  readonly vertical?: "top" | "center";
  readonly wrap?: boolean;
}
