/**
 * A sheet's own notes, which Kehou keeps and adds beside: where they are, which cells they
 * are on, and appending to them piece by piece (each piece recorded, to be taken out again).
 */
import { canonicalA1 } from "../../sheets/a1";
import { REL } from "./namespaces";
import { VML_NS } from "./notes-parts";
import type { OpcPackage } from "./opc-package";
import { readRelationships } from "./relationships";
import { attr, elementsIfReadable, rootTag } from "./xml-text";
import type { NotesRecord } from "../mark-record";

/** The r:ids of the notes part and drawing Kehou adds to a sheet that has none of its own. */
export const NOTES_ID = "rIdKehouNotes";
export const VML_ID = "rIdKehouVml";

/** The sheet's own notes part (not Kehou's), if it has one. */
export function schoolComments(pkg: OpcPackage, part: string): string | undefined {
  return readRelationships(pkg, part).find(
    (r) => r.type === REL.comments && r.part && r.id !== NOTES_ID
  )?.part;
}

/** The cells of a sheet that carry a note of the school's own, which Kehou never overwrites. */
export function schoolNoteRefs(pkg: OpcPackage, part: string): Set<string> {
  const comments = schoolComments(pkg, part);
  const xml = (comments && pkg.text(comments)) ?? "";
  const refs = elementsIfReadable(xml, "comment").map((c) => canonicalA1(c.attr("ref") ?? ""));
  return new Set(refs.filter((r): r is string => r !== undefined));
}

/** A notes part Kehou can append to: read whole, with its authors and its list written out. */
export const canAppendComments = (xml: string | undefined): xml is string =>
  xml !== undefined &&
  rootTag(xml, "comments") !== undefined &&
  elementsIfReadable(xml, "comments").length > 0 &&
  xml.includes("</authors>") &&
  xml.includes("</commentList>");

/** A drawing Kehou can append text boxes to: read whole, its VML namespaces declared on the root. */
export const canAppendShapes = (xml: string | undefined): xml is string => {
  const root = xml === undefined ? undefined : rootTag(xml, "xml");
  return (
    root !== undefined &&
    xml!.includes("</xml>") &&
    elementsIfReadable(xml!, "xml").length > 0 &&
    Object.entries(VML_NS).every(([p, ns]) => attr(root, `xmlns:${p}`) === ns)
  );
};

/** Puts pieces just before the last `close` of a school's part, each recorded to take out. */
export function append(
  pkg: OpcPackage,
  sheet: string,
  part: string,
  close: string,
  pieces: readonly string[],
  records: NotesRecord[]
): void {
  const xml = pkg.text(part)!;
  const at = xml.lastIndexOf(close);
  pkg.set(part, xml.slice(0, at) + pieces.join("") + xml.slice(at));
  for (const appended of pieces) records.push({ sheet, part, appended });
}

/** A free block of shape numbers in a drawing (Excel numbers a drawing's shapes by 1024s). */
export function freeBlock(vml: string, from: number): number {
  let block = from;
  const ids = new Set(elementsIfReadable(vml, "shape").map((e) => e.attr("id")));
  while (ids.has(`_x0000_s${block * 1024 + 1}`)) block++;
  return block;
}
