/**
 * The notes part and drawing Kehou made for a sheet, once its notes are out of them, found by
 * what they are rather than by the ids Kehou gave them: Excel, WPS and LibreOffice saving the
 * copy again renumber the relationships (rId1…), rename the parts and rewrite them in their own
 * form, so only the parts' content says they were Kehou's.
 */
import { NOTE_AUTHOR } from "./notes-parts";
import type { OpcPackage } from "./opc-package";
import { readRelationships, relsName, removeRelationship } from "./relationships";
import { REL } from "./namespaces";
import { relPrefix } from "./workbook-index";
import { attr, elementsIfReadable, rootTag, spliced, splitElement } from "./xml-text";

/** A notes part with no note left, whose authors (if any) are Kehou alone: nobody else's. */
function emptyComments(xml: string | undefined, madeHere: boolean): boolean {
  if (xml === undefined || rootTag(xml, "comments") === undefined) return false;
  if (elementsIfReadable(xml, "comments").length === 0) return false;
  if (elementsIfReadable(xml, "comment").length > 0) return false;
  return madeHere || elementsIfReadable(xml, "author").every((a) => a.text === NOTE_AUTHOR);
}

/** What VML draws (ECMA-376 Part 4 §14.1): a drawing without any of these shows nothing. */
const DRAWN = [
  "shape",
  "rect",
  "roundrect",
  "oval",
  "line",
  "polyline",
  "curve",
  "arc",
  "image",
  "group",
];

/** A drawing with no shape left (a note's box, a form control, a picture): it shows nothing. */
function emptyDrawing(xml: string | undefined): boolean {
  if (xml === undefined || rootTag(xml, "xml") === undefined) return false;
  if (elementsIfReadable(xml, "xml").length === 0) return false;
  return DRAWN.every((name) => elementsIfReadable(xml, name).length === 0);
}

/**
 * Takes out of a sheet the notes parts left empty by the removal of Kehou's notes, with their
 * relationships and the `<legacyDrawing>` that points at a drawing taken out (by its parsed
 * r:id); the sheet's rels part too when Kehou created it and nothing is left in it. A notes
 * part goes when no note is left and no author but Kehou's; a drawing only where Kehou linked
 * it (`madeHere`: the record says Kehou inserted the sheet's `<legacyDrawing>`). Returns the
 * sheet's XML and the parts removed, whose content types the caller prunes.
 */
export function withoutEmptiedNotesParts(
  pkg: OpcPackage,
  part: string,
  xml: string,
  madeHere: boolean,
  relsCreated: boolean
): { xml: string; removed: string[] } {
  const removed: string[] = [];
  const drawings = new Set<string>();
  const rels = readRelationships(pkg, part);
  for (const rel of rels) {
    if (!rel.part || rel.external) continue;
    const text = pkg.text(rel.part);
    const gone =
      rel.type === REL.comments
        ? emptyComments(text, madeHere)
        : rel.type === REL.vmlDrawing && madeHere && emptyDrawing(text);
    if (!gone) continue;
    // A part that another relationship of the sheet still uses stays.
    if (!rels.some((r) => r.id !== rel.id && r.part === rel.part)) {
      pkg.remove(rel.part);
      removed.push(rel.part);
    }
    removeRelationship(pkg, part, rel.id);
    if (rel.type === REL.vmlDrawing) drawings.add(rel.id);
  }
  const prefix = relPrefix(xml);
  const links =
    drawings.size > 0 && prefix
      ? (splitElement(xml)?.children ?? []).filter(
          (c) => c.name === "legacyDrawing" && drawings.has(attr(c.text, `${prefix}:id`) ?? "")
        )
      : [];
  const out = spliced(
    xml,
    links.map((c) => ({ start: c.start, end: c.end, text: "" }))
  );
  const relsPart = relsName(part);
  if (relsCreated && pkg.has(relsPart) && readRelationships(pkg, part).length === 0) {
    pkg.remove(relsPart);
    removed.push(relsPart);
  }
  return { xml: out, removed };
}
