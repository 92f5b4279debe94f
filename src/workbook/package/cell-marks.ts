import { MARK_COLORS, type CellMark } from "../../jobs/workbook-port";
import { addDefault, addOverride } from "./content-types";
import { commentsXml, notesVml } from "./notes-parts";
import type { OpcPackage } from "./opc-package";
import {
  addRelationship,
  readRelationships,
  relativeTarget,
  relsName,
  removeRelationship,
  resolveTarget,
} from "./relationships";
import type { StylesAppender } from "./styles-append";
import { CONTENT_TYPE, R_NS, REL, relPrefix, type SheetEntry } from "./workbook-index";
import { attr, insertBefore } from "./xml-text";

/** What Kehou changed in a user's sheet, kept (as JSON rows) in the hidden marks sheet. */
export type MarkRecord =
  | { readonly sheet: string; readonly cell: string; readonly s: string | null }
  | { readonly sheet: string; readonly inserted: string; readonly relsCreated: boolean };

const NOTES_ID = "rIdKehouNotes";
const VML_ID = "rIdKehouVml";

/** Rewrites the `s` attribute of the listed cells; returns the old values by cell. */
function restyle(xml: string, styleOf: Map<string, (old: string | null) => string | null>) {
  const old = new Map<string, string | null>();
  const next = xml.replace(/<c\b[^>]*>/g, (tag) => {
    const ref = attr(tag, "r");
    const f = ref === undefined ? undefined : styleOf.get(ref);
    if (!f || old.has(ref!)) return tag;
    const s = attr(tag, "s") ?? null;
    old.set(ref!, s);
    const to = f(s);
    if (s !== null)
      return to === null
        ? tag.replace(/\ss="[^"]*"/, "")
        : tag.replace(/\ss="[^"]*"/, ` s="${to}"`);
    return to === null ? tag : tag.replace(/(\sr="[^"]*")/, `$1 s="${to}"`);
  });
  return { xml: next, old };
}

/**
 * Puts back, byte for byte, what `markCells` changed in the users' sheets on an earlier run.
 * Returns the notes parts removed, whose content types the caller prunes once the new
 * marks are made (so notes made again keep their declarations' place).
 */
export function restoreMarks(
  pkg: OpcPackage,
  sheets: readonly SheetEntry[],
  records: readonly MarkRecord[]
): Set<string> {
  const removed = new Set<string>();
  for (const entry of sheets) {
    const own = records.filter((r) => r.sheet === entry.name);
    if (!entry.part || own.length === 0) continue;
    let xml = pkg.text(entry.part)!;
    const cells = new Map<string, () => string | null>();
    for (const r of own) if ("cell" in r) cells.set(r.cell, () => r.s);
    xml = restyle(xml, new Map([...cells].map(([k, f]) => [k, () => f()]))).xml;
    for (const r of own) {
      if (!("inserted" in r)) continue;
      xml = xml.replace(r.inserted, "");
      for (const rel of readRelationships(pkg, entry.part)) {
        if (rel.id !== NOTES_ID && rel.id !== VML_ID) continue;
        const target = resolveTarget(entry.part, rel.target);
        pkg.remove(target);
        removed.add(target);
        removeRelationship(pkg, entry.part, rel.id);
      }
      if (r.relsCreated) pkg.remove(relsName(entry.part));
    }
    pkg.set(entry.part, xml);
  }
  return removed;
}

/**
 * Marks cells of the users' sheets: each marked cell's `s` points to a copy of its own
 * format with the severity's fill appended to styles.xml, and a sheet without notes of its
 * own gets a comments part (and the drawing Excel shows them with). Cells absent from the
 * sheet's XML (never typed in) are left alone. Returns what to record for the next run.
 */
export function applyMarks(
  pkg: OpcPackage,
  styles: StylesAppender,
  sheets: readonly SheetEntry[],
  marks: readonly CellMark[]
): MarkRecord[] {
  const records: MarkRecord[] = [];
  for (const entry of sheets) {
    const own = marks.filter((m) => m.sheet === entry.name);
    if (!entry.part || own.length === 0) continue;
    const byCell = new Map(own.map((m) => [m.cell, m]));
    const fills = new Map(own.map((m) => [m.cell, styles.solidFill(MARK_COLORS[m.severity])]));
    const styleOf = new Map(
      [...fills].map(([cell, fill]) => [
        cell,
        (old: string | null) => String(styles.withFill(Number(old ?? 0), fill)),
      ])
    );
    const { xml: restyled, old } = restyle(pkg.text(entry.part)!, styleOf);
    let xml = restyled;
    for (const [cell, s] of old) records.push({ sheet: entry.name, cell, s });
    const hasNotes = readRelationships(pkg, entry.part).some((r) => r.type === REL.comments);
    const noted = [...old.keys()];
    if (
      !hasNotes &&
      !/<legacyDrawing\b/.test(xml) &&
      xml.includes("</worksheet>") &&
      noted.length > 0
    ) {
      const relsCreated = !pkg.has(relsName(entry.part));
      const prefix = relPrefix(xml);
      const inserted = prefix
        ? `<legacyDrawing ${prefix}:id="${VML_ID}"/>`
        : `<legacyDrawing xmlns:r="${R_NS}" r:id="${VML_ID}"/>`;
      xml = insertBefore(
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
      const comments = pkg.freeName((n) => `xl/comments${n}.xml`);
      pkg.set(
        comments,
        commentsXml(noted.map((cell) => ({ cell, text: `Kehou：${byCell.get(cell)!.note}` })))
      );
      addOverride(pkg, comments, CONTENT_TYPE.comments);
      addRelationship(pkg, entry.part, {
        id: NOTES_ID,
        type: REL.comments,
        target: relativeTarget(entry.part, comments),
      });
      const vml = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
      pkg.set(vml, notesVml(noted, 1000 + Number(/(\d+)\.vml$/.exec(vml)![1])));
      addDefault(pkg, "vml", CONTENT_TYPE.vml);
      addRelationship(pkg, entry.part, {
        id: VML_ID,
        type: REL.vmlDrawing,
        target: relativeTarget(entry.part, vml),
      });
      records.push({ sheet: entry.name, inserted, relsCreated });
    }
    pkg.set(entry.part, xml);
  }
  return records;
}
