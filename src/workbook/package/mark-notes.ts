import { addDefault, addOverride } from "./content-types";
import {
  commentsXml,
  NOTE_AUTHOR,
  NOTE_SHAPETYPE,
  noteComment,
  noteShape,
  notesVml,
  VML_NS,
} from "./notes-parts";
import type { OpcPackage } from "./opc-package";
import {
  addRelationship,
  readRelationships,
  relativeTarget,
  relsName,
  resolveTarget,
} from "./relationships";
import { CONTENT_TYPE, R_NS, REL, relPrefix } from "./workbook-index";
import { attr, insertBefore } from "./xml-text";

/** The r:ids of the notes part and drawing Kehou adds to a sheet that has none of its own. */
export const NOTES_ID = "rIdKehouNotes";
export const VML_ID = "rIdKehouVml";

/** What adding notes changed in a sheet, for the marks record (see MarkRecord). */
export type NotesRecord =
  | { readonly sheet: string; readonly inserted: string; readonly relsCreated: boolean }
  | { readonly sheet: string; readonly part: string; readonly appended: string };

export interface Note {
  readonly cell: string;
  readonly text: string;
}

/** The sheet's own notes part (not Kehou's), if it has one. */
function schoolComments(pkg: OpcPackage, part: string): string | undefined {
  const rel = readRelationships(pkg, part).find(
    (r) => r.type === REL.comments && !r.external && r.id !== NOTES_ID
  );
  return rel && resolveTarget(part, rel.target);
}

/** The cells of a sheet that carry a note of the school's own, which Kehou never overwrites. */
export function schoolNoteRefs(pkg: OpcPackage, part: string): Set<string> {
  const comments = schoolComments(pkg, part);
  const xml = (comments && pkg.text(comments)) ?? "";
  const refs = [...xml.matchAll(/<comment\b[^>]*>/g)].map(([tag]) => attr(tag, "ref") ?? "");
  return new Set(refs.filter(Boolean));
}

const canAppendComments = (xml: string | undefined): xml is string =>
  xml !== undefined &&
  /<comments\b/.test(xml) &&
  xml.includes("</authors>") &&
  xml.includes("</commentList>");

const canAppendShapes = (xml: string | undefined): xml is string =>
  xml !== undefined &&
  xml.includes("</xml>") &&
  Object.entries(VML_NS).every(([p, ns]) => new RegExp(`xmlns:${p}=["']${ns}["']`).test(xml));

/** Puts pieces just before the last `close` of a school's part, recording each to take out. */
function append(
  pkg: OpcPackage,
  sheet: string,
  part: string,
  xml: string,
  close: string,
  pieces: readonly string[]
): NotesRecord[] {
  const at = xml.lastIndexOf(close);
  pkg.set(part, xml.slice(0, at) + pieces.join("") + xml.slice(at));
  return pieces.map((appended) => ({ sheet, part, appended }));
}

/** A free block of shape numbers in a drawing (Excel numbers a drawing's shapes by 1024s). */
function freeBlock(vml: string, from: number): number {
  let block = from;
  while (new RegExp(`_x0000_s${block * 1024 + 1}["']`).test(vml)) block++;
  return block;
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
  const legacy = /<legacyDrawing\b[^>]*>/.exec(xml)?.[0];
  const rels = readRelationships(pkg, part);
  const vmlRel = legacy && prefix && rels.find((r) => r.id === attr(legacy, `${prefix}:id`));
  const vmlPart = vmlRel && !vmlRel.external ? resolveTarget(part, vmlRel.target) : undefined;
  const vml = vmlPart && pkg.text(vmlPart);
  const commentsPart = schoolComments(pkg, part);
  const comments = commentsPart && pkg.text(commentsPart);
  // Only what can be added to without understanding more; otherwise the cells get colour only.
  if (commentsPart && !canAppendComments(comments)) return none;
  if (legacy ? !canAppendShapes(vml) : !xml.includes("</worksheet>")) return none;

  const records: NotesRecord[] = [];
  if (commentsPart && comments) {
    const author = (comments.match(/<author\b/g) ?? []).length;
    records.push(
      ...append(pkg, sheet, commentsPart, comments, "</authors>", [
        `<author>${NOTE_AUTHOR}</author>`,
      ]),
      ...append(
        pkg,
        sheet,
        commentsPart,
        pkg.text(commentsPart)!,
        "</commentList>",
        notes.map((n) => noteComment(n.cell, n.text, author))
      )
    );
  } else {
    const name = pkg.freeName((n) => `xl/comments${n}.xml`);
    pkg.set(name, commentsXml(notes));
    addOverride(pkg, name, CONTENT_TYPE.comments);
    addRelationship(pkg, part, {
      id: NOTES_ID,
      type: REL.comments,
      target: relativeTarget(part, name),
    });
  }

  if (vmlPart && vml) {
    const block = freeBlock(vml, 1000 + Number(/(\d+)\.vml$/.exec(vmlPart)?.[1] ?? 0));
    const z = (vml.match(/<v:shape\b/g) ?? []).length;
    const shapes = notes.map((n, i) => noteShape(n.cell, block * 1024 + i + 1, z + i + 1));
    const type = /\bid=["']_x0000_t202["']/.test(vml) ? [] : [NOTE_SHAPETYPE];
    records.push(...append(pkg, sheet, vmlPart, vml, "</xml>", [...type, ...shapes]));
    return { xml, records };
  }
  const inserted = prefix
    ? `<legacyDrawing ${prefix}:id="${VML_ID}"/>`
    : `<legacyDrawing xmlns:r="${R_NS}" r:id="${VML_ID}"/>`;
  const withDrawing = insertBefore(
    xml,
    [
      "<legacyDrawingHF",
      "<picture",
      "<oleObjects",
      "<controls",
      "<webPublishItems",
      "<tableParts",
      "<extLst",
      "</worksheet>",
    ],
    inserted
  );
  const name = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  pkg.set(
    name,
    notesVml(
      notes.map((n) => n.cell),
      1000 + Number(/(\d+)\.vml$/.exec(name)![1])
    )
  );
  addDefault(pkg, "vml", CONTENT_TYPE.vml);
  addRelationship(pkg, part, {
    id: VML_ID,
    type: REL.vmlDrawing,
    target: relativeTarget(part, name),
  });
  records.push({ sheet, inserted, relsCreated });
  return { xml: withDrawing, records };
}
