import { rowCol } from "../../sheets/a1";
import { NS, XML_HEAD } from "./namespaces";
import { xmlEscape } from "./xml-text";

/** Kehou's notes start so; the author of the notes Kehou adds. */
export const NOTE_AUTHOR = "Kehou";

/** One note as a `<comment>` of a comments part, by the author at `authorId`. */
export function noteComment(cell: string, text: string, authorId: number): string {
  return `<comment ref="${cell}" authorId="${authorId}"><text><r><t xml:space="preserve">${xmlEscape(text)}</t></r></text></comment>`;
}

/** A comments part with one note per cell, by the author "Kehou". */
export function commentsXml(notes: readonly { cell: string; text: string }[]): string {
  const list = notes.map((n) => noteComment(n.cell, n.text, 0)).join("");
  return `${XML_HEAD}<comments xmlns="${NS.main}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>${list}</commentList></comments>`;
}

/** The namespaces a notes drawing's shapes are written in. */
export const VML_NS = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
} as const;

/** The text-box shape type notes are drawn with (Excel's own `_x0000_t202`). */
export const NOTE_SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/**
 * The hidden text box Excel shows a note in, anchored by its cell; `id` is the shape's number,
 * unique in the drawing, `z` its place in the drawing's stacking order.
 */
export function noteShape(ref: string, id: number, z: number): string {
  const [row, col] = rowCol(ref)!;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:160pt;height:60pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * The legacy drawing Excel needs to show notes (one hidden text box per note, anchored by
 * its cell). `block` numbers the shapes so they do not collide with another drawing's.
 */
export function notesVml(cells: readonly string[], block: number): string {
  const shapes = cells.map((ref, i) => noteShape(ref, block * 1024 + i + 1, i + 1));
  return (
    `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    `${NOTE_SHAPETYPE}${shapes.join("")}</xml>`
  );
}
