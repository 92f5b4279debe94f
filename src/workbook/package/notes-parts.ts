import { xmlEscape } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Parses "B5" into 0-based row and column. */
function rowCol(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

/** A comments part with one note per cell, by the author "Kehou". */
export function commentsXml(notes: readonly { cell: string; text: string }[]): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${n.cell}" authorId="0"><text><r><t xml:space="preserve">${xmlEscape(n.text)}</t></r></text></comment>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>Kehou</author></authors><commentList>${list}</commentList></comments>`;
}

/**
 * The legacy drawing Excel needs to show notes (one hidden text box per note, anchored by
 * its cell). `block` numbers the shapes so they do not collide with another drawing's.
 */
export function notesVml(cells: readonly string[], block: number): string {
  const shapes = cells.map((ref, i) => {
    const [row, col] = rowCol(ref);
    return (
      `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:160pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `${shapes.join("")}</xml>`
  );
}
