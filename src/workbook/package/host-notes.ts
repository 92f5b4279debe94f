/**
 * Kehou's notes as a host wrote them into the school's own notes part: Excel (through
 * Office.js) adds a marked cell's note to the sheet's notes like any other, and saves it in
 * the sheet's comments part and drawing, with no record of pieces appended. They are known
 * as the Office adapter knows them: a note on a cell of the marks record whose text starts
 * with Kehou's prefix.
 */
import { readStringItem } from "../cells/rich-string";
import { XmlScanner } from "../cells/xml-scanner";
import { NOTE_PREFIX } from "../mark-record";
import { canonicalA1, rowCol } from "../../sheets/a1";
import type { OpcPackage } from "./opc-package";
import { readRelationships } from "./relationships";
import { schoolComments } from "./school-notes";
import { REL } from "./workbook-index";
import { elementsIfReadable, withoutElements } from "./xml-text";

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

/**
 * Takes Kehou's notes on `cells` out of a sheet's own notes part, and their text boxes out of
 * its drawings; the school's notes, and anything the parts do not let Kehou read, stay.
 */
export function removeHostNotes(pkg: OpcPackage, part: string, cells: ReadonlySet<string>): void {
  const commentsPart = schoolComments(pkg, part);
  const xml = commentsPart && pkg.text(commentsPart);
  if (!xml || cells.size === 0) return;
  const ours = elementsIfReadable(xml, "comment").filter(
    (c) =>
      cells.has(canonicalA1(c.attr("ref") ?? "") ?? "") &&
      noteText(xml.slice(c.start, c.end)).trimStart().startsWith(NOTE_PREFIX)
  );
  if (ours.length === 0) return;
  pkg.set(commentsPart!, withoutElements(xml, ours));
  const boxes = new Set(
    ours
      .map((c) => rowCol(canonicalA1(c.attr("ref")!)!))
      .map((at) => (at ? `${at[0]},${at[1]}` : ""))
  );
  for (const rel of readRelationships(pkg, part)) {
    const vml = rel.type === REL.vmlDrawing && rel.part ? pkg.text(rel.part) : undefined;
    if (!vml) continue;
    const shapes = elementsIfReadable(vml, "shape").filter((e) =>
      boxes.has(anchor(vml.slice(e.start, e.end)) ?? "")
    );
    if (shapes.length > 0) pkg.set(rel.part!, withoutElements(vml, shapes));
  }
}
