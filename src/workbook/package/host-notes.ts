/**
 * Kehou's notes in a school's own notes part and drawing, found by what they are, not by
 * their text as written: a host re-saving the part (Excel, WPS, LibreOffice) writes it in its
 * own form (attribute order, quotes, runs, shape ids, authors renamed or merged), and Excel
 * through Office.js adds Kehou's notes there with no record of pieces at all. A note is
 * Kehou's when it is on a cell of the marks record and its text starts with Kehou's prefix;
 * its text box is the drawing's note shape anchored at that cell.
 */
import { readStringItem } from "../cells/rich-string";
import { XmlScanner } from "../cells/xml-scanner";
import { NOTE_PREFIX, type NotesRecord } from "../mark-record";
import { canonicalA1, rowCol } from "../../sheets/a1";
import { REL } from "./namespaces";
import { NOTE_AUTHOR } from "./notes-parts";
import type { OpcPackage } from "./opc-package";
import { readRelationships } from "./relationships";
import { schoolComments } from "./school-notes";
import { elementsIfReadable, withoutElements, type XmlElement } from "./xml-text";

/** One piece Kehou appended to a school's notes part or drawing, as the record keeps it. */
export type AppendedPiece = Extract<NotesRecord, { appended: string }>;

/** A `<comment>`'s text as Excel shows it: its runs joined, phonetic runs left out (a CT_Rst). */
function noteText(xml: string): string {
  const s = new XmlScanner(xml);
  while (s.next()) if (s.opens && s.is("text")) return readStringItem(s) ?? "";
  return "";
}

/** The `row,col` a note's drawn text box is anchored at (`<x:Row>`, `<x:Column>`, 0-based). */
function anchor(shape: string): string | undefined {
  if (!elementsIfReadable(shape, "ClientData").some((e) => e.attr("ObjectType") === "Note"))
    return undefined;
  const text = (name: string) => elementsIfReadable(shape, name)[0]?.text.trim();
  return `${text("Row")},${text("Column")}`;
}

/** The `row,col` key of a comment's cell, as anchor() gives a text box's. */
function cellKey(ref: string | undefined): string | undefined {
  const at = rowCol(canonicalA1(ref ?? "") ?? "");
  return at && `${at[0]},${at[1]}`;
}

/**
 * Takes Kehou's notes on `cells` out of a sheet's own notes part, and their text boxes out of
 * its drawings; the school's notes, and anything the parts do not let Kehou read, stay. In a
 * drawing Kehou appended to (`appended`), a note box on a recorded cell whose note is gone
 * (or that was never in the school's notes part) goes too, with the author and shape type
 * Kehou added once nothing uses them.
 */
export function removeHostNotes(
  pkg: OpcPackage,
  part: string,
  cells: ReadonlySet<string>,
  appended: readonly AppendedPiece[] = []
): void {
  if (cells.size === 0) return;
  const commentsPart = schoolComments(pkg, part);
  const xml = commentsPart && pkg.text(commentsPart);
  const all = xml ? elementsIfReadable(xml, "comment") : [];
  const ours = all.filter(
    (c) =>
      cells.has(canonicalA1(c.attr("ref") ?? "") ?? "") &&
      noteText(xml!.slice(c.start, c.end)).trimStart().startsWith(NOTE_PREFIX)
  );
  if (ours.length > 0) pkg.set(commentsPart!, withoutElements(xml!, ours));
  const added = (name: string | undefined, piece: string) =>
    appended.some((r) => r.part === name && r.appended.startsWith(piece));
  if (commentsPart && added(commentsPart, "<author")) withoutUnusedAuthor(pkg, commentsPart);
  const boxes = new Set(ours.map((c) => cellKey(c.attr("ref"))));
  // A box of a recorded cell, in a drawing Kehou added to, whose cell has no note left.
  const left = new Set(all.filter((c) => !ours.includes(c)).map((c) => cellKey(c.attr("ref"))));
  const recorded = [...cells].map(cellKey).filter((k) => !left.has(k));
  for (const rel of readRelationships(pkg, part)) {
    const vml = rel.type === REL.vmlDrawing && rel.part ? pkg.text(rel.part) : undefined;
    if (!vml) continue;
    const ownBoxes = added(rel.part, "<v:shape") ? new Set(recorded) : new Set<string>();
    const shapes = elementsIfReadable(vml, "shape").filter((e) => {
      const at = anchor(vml.slice(e.start, e.end));
      return boxes.has(at) || (ownBoxes.has(at) && kehouShapeId(e.attr("id")));
    });
    const drawing = shapes.length > 0 ? withoutElements(vml, shapes) : vml;
    const type = added(rel.part, "<v:shapetype") ? unusedShapeType(drawing) : undefined;
    const out = type ? withoutElements(drawing, [type]) : drawing;
    if (out !== vml) pkg.set(rel.part!, out);
  }
}

/** A shape number of Kehou's blocks (from 1000, see freeBlock), kept when Excel saves again. */
const kehouShapeId = (id: string | undefined) =>
  Number(/^_x0000_s(\d+)$/.exec(id ?? "")?.[1] ?? 0) > 1000 * 1024;

/** Kehou's author taken out when it is the last one (the others keep their numbers) and unused. */
function withoutUnusedAuthor(pkg: OpcPackage, part: string): void {
  const xml = pkg.text(part)!;
  const authors = elementsIfReadable(xml, "author");
  const last = authors.length - 1;
  if (last < 0 || authors[last].text !== NOTE_AUTHOR) return;
  const used = elementsIfReadable(xml, "comment").some((c) => Number(c.attr("authorId")) === last);
  if (!used) pkg.set(part, withoutElements(xml, [authors[last]]));
}

/** The last text-box shape type (`_x0000_t202`, which Kehou adds) when no shape is drawn with it. */
function unusedShapeType(vml: string): XmlElement | undefined {
  const drawn = elementsIfReadable(vml, "shape").some((e) => e.attr("type") === "#_x0000_t202");
  const types = elementsIfReadable(vml, "shapetype").filter((t) => t.attr("id") === "_x0000_t202");
  return drawn ? undefined : types[types.length - 1];
}
