import { addDefault } from "./content-types";
import { CONTENT_TYPE, REL } from "./namespaces";
import {
  commentsXml,
  NOTE_AUTHOR,
  NOTE_SHAPETYPE,
  noteComment,
  noteShape,
  notesVml,
} from "./notes-parts";
import type { OpcPackage } from "./opc-package";
import { readRelationships, relsName } from "./relationships";
import {
  append,
  canAppendComments,
  canAppendShapes,
  freeBlock,
  NOTES_ID,
  schoolComments,
  VML_ID,
} from "./school-notes";
import type { NotesRecord } from "../mark-record";
import { addParts } from "./sheet-parts";
import { withLinkedElement } from "./linked-element";
import { relPrefix } from "./workbook-index";
import { attr, elements, splitElement } from "./xml-text";

export interface Note {
  readonly cell: string;
  readonly text: string;
}

/**
 * Leaves Kehou's notes on cells of one sheet. A sheet with notes of its own keeps them: Kehou's
 * are appended to its notes part and to its drawing (the school's authors and shapes keep
 * their numbers), recorded piece by piece so a re-run takes out exactly those; a sheet without
 * gets a notes part and a drawing of Kehou's. Cells with a school note are left to the caller.
 * Returns the sheet's XML (with a `<legacyDrawing>` when one was added) and what to record.
 */
export function addNotes(
  pkg: OpcPackage,
  sheet: string,
  part: string,
  xml: string,
  notes: readonly Note[]
): { xml: string; records: NotesRecord[] } {
  const none = { xml, records: [] };
  if (notes.length === 0) return none;
  const relsCreated = !pkg.has(relsName(part));
  const prefix = relPrefix(xml);
  const legacy = splitElement(xml, "legacyDrawing")?.tag;
  const rels = readRelationships(pkg, part);
  const vmlRel = legacy && prefix && rels.find((r) => r.id === attr(legacy, `${prefix}:id`));
  const vmlPart = vmlRel ? vmlRel.part : undefined;
  const vml = vmlPart && pkg.text(vmlPart);
  const commentsPart = schoolComments(pkg, part);
  const comments = commentsPart && pkg.text(commentsPart);
  // Only what can be added to without understanding more; otherwise the cells get colour only.
  if (commentsPart && !canAppendComments(comments)) return none;
  const linked = legacy ? undefined : withLinkedElement(xml, "legacyDrawing", VML_ID);
  if (legacy ? !canAppendShapes(vml) : !linked) return none;

  const records: NotesRecord[] = [];
  if (commentsPart && comments) {
    // Kehou's author left in the middle by an earlier run (a host saved authors after it) is
    // used again, so each run does not add one more.
    const authors = elements(comments, "author");
    const kept = authors.findIndex((a) => a.text === NOTE_AUTHOR);
    const author = kept >= 0 ? kept : authors.length;
    if (kept < 0)
      append(pkg, sheet, commentsPart, "</authors>", [`<author>${NOTE_AUTHOR}</author>`], records);
    const added = notes.map((n) => noteComment(n.cell, n.text, author));
    append(pkg, sheet, commentsPart, "</commentList>", added, records);
  } else {
    addParts(pkg, part, [
      {
        name: (n) => `xl/comments${n}.xml`,
        contentType: CONTENT_TYPE.comments,
        relType: REL.comments,
        id: NOTES_ID,
        data: commentsXml(notes),
      },
    ]);
  }

  if (vmlPart && vml) {
    const block = freeBlock(vml, 1000 + Number(/(\d+)\.vml$/.exec(vmlPart)?.[1] ?? 0));
    const z = elements(vml, "shape").length;
    const shapes = notes.map((n, i) => noteShape(n.cell, block * 1024 + i + 1, z + i + 1));
    const drawn = elements(vml, "shapetype").some((t) => t.attr("id") === "_x0000_t202");
    const type = drawn ? [] : [NOTE_SHAPETYPE];
    append(pkg, sheet, vmlPart, "</xml>", [...type, ...shapes], records);
    return { xml, records };
  }
  const cells = notes.map((n) => n.cell);
  addParts(pkg, part, [
    {
      name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
      relType: REL.vmlDrawing,
      id: VML_ID,
      data: (name) => notesVml(cells, 1000 + Number(/(\d+)\.vml$/.exec(name)![1])),
    },
  ]);
  addDefault(pkg, "vml", CONTENT_TYPE.vml);
  records.push({ sheet, inserted: linked!.element, relsCreated });
  return { xml: linked!.xml, records };
}
