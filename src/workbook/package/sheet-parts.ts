import { removeSheetCalcCells } from "./calc-chain";
import { addOverride, pruneOverrides } from "./content-types";
import { CONTENT_TYPE, NS, REL } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import {
  addRelationship,
  freeRelId,
  readRelationships,
  relativeTarget,
  relsName,
} from "./relationships";
import { relPrefix, sheetEntries, workbookPart, type SheetEntry } from "./workbook-index";
import { workbookList } from "./workbook-lists";
import { xmlEscape } from "./xml-text";
import { partNameKey } from "./part-name-key";

/**
 * A new part hanging off a new sheet (a table, a comments part, a drawing and its charts):
 * `name` picks its part name from the first free n, `id` is the r:id the parent's XML uses.
 */
export interface NewPart {
  readonly name: (n: number) => string;
  readonly contentType?: string;
  readonly relType: string;
  readonly id: string;
  /** The content; given the part name chosen, for XML that must name itself. */
  readonly data: string | Uint8Array | ((partName: string) => string | Uint8Array);
  readonly related?: readonly NewPart[];
}

/** A sheet Kehou adds (or replaces, when Kehou's sheet of that name exists) with its parts. */
export interface NewSheet {
  readonly name: string;
  readonly state?: "hidden" | "veryHidden";
  /** The worksheet part's content: XML text, or its UTF-8 bytes. */
  readonly xml: string | Uint8Array;
  readonly related?: readonly NewPart[];
}

/** Writes parts under a parent: each part, its content type, the parent's relationship to it. */
export function addParts(pkg: OpcPackage, parent: string, parts: readonly NewPart[]): void {
  for (const p of parts) {
    const name = pkg.freeName(p.name);
    const data = typeof p.data === "function" ? p.data(name) : p.data;
    pkg.set(name, data);
    if (p.contentType) addOverride(pkg, name, p.contentType);
    addRelationship(pkg, parent, {
      id: p.id,
      type: p.relType,
      target: relativeTarget(parent, name),
    });
    addParts(pkg, name, p.related ?? []);
  }
}

/** The part a rels part belongs to: `xl/worksheets/_rels/sheet1.xml.rels` → its sheet. */
function relsSource(rels: string): string | undefined {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(rels);
  return m ? m[1] + m[2] : undefined;
}

/**
 * Parts of the package itself, never a sheet's: the content types and every rels part
 * (ECMA-376 Part 2, §10.1.2 and §9.3). No relationship refers to them, so counting
 * references alone would take them for Kehou's.
 */
function packageLevel(name: string): boolean {
  return name === "[content_types].xml" || /(^|\/)_rels\/[^/]*\.rels$/.test(name);
}

/** Every part that has relationships, with the parts they point to (names in lower case). */
function references(pkg: OpcPackage): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of pkg.names()) {
    const source = relsSource(name);
    if (source === undefined) continue;
    const targets = readRelationships(pkg, source).flatMap((r) =>
      r.part ? partNameKey(r.part) : []
    );
    out.set(partNameKey(source), targets);
  }
  return out;
}

/**
 * Removes the parts hanging off Kehou's sheet of this name (before it is written again): a
 * part reachable from that sheet goes only if no part that stays refers to it, directly or
 * through others (references counted over the whole package, each part visited once, so a
 * cycle ends); the package's own parts (content types, rels) never go. A school logo the school's sheet shares, or a school sheet a relationship of
 * Kehou's old sheet points to, stays. Their content types stay declared until
 * `pruneOverrides`, so a part written again under the same name keeps its place.
 */
export function clearSheetParts(pkg: OpcPackage, name: string): Set<string> {
  const removed = new Set<string>();
  const part = sheetEntries(pkg).find((s) => s.name === name)?.part;
  if (!part) return removed;
  const graph = references(pkg);
  const own = partNameKey(part);
  // What Kehou's sheet reaches.
  const reached = new Set<string>();
  const walk = [...(graph.get(own) ?? [])];
  while (walk.length > 0) {
    const p = walk.pop()!;
    if (p === own || reached.has(p) || packageLevel(p)) continue;
    reached.add(p);
    for (const x of graph.get(p) ?? []) walk.push(x);
  }
  // What stays reaches from every part that stays: those parts stay too.
  const kept = new Set<string>();
  const keep: string[] = [];
  for (const [source, targets] of graph)
    if (source !== own && !reached.has(source)) for (const x of targets) keep.push(x);
  while (keep.length > 0) {
    const p = keep.pop()!;
    if (!reached.has(p) || kept.has(p)) continue;
    kept.add(p);
    for (const x of graph.get(p) ?? []) keep.push(x);
  }
  for (const p of reached) {
    if (kept.has(p) || !pkg.has(p)) continue;
    const stored = pkg.storedName(p) ?? p;
    pkg.remove(relsName(stored));
    pkg.remove(stored);
    removed.add(stored);
  }
  pkg.remove(relsName(part));
  return removed;
}

/** The largest sheetId an xsd:unsignedInt holds (CT_Sheet, ECMA-376 Part 1 §18.2.19). */
const MAX_SHEET_ID = 4294967295;

/**
 * A sheetId no sheet has: one past the largest (as Excel numbers), or, when that would pass
 * unsignedInt, the lowest free one. The ids as parsed (in any quotes), counted without a spread.
 */
function freeSheetId(sheets: readonly SheetEntry[]): number {
  let next = 1;
  for (const s of sheets) if (s.sheetId >= next) next = s.sheetId + 1;
  if (next <= MAX_SHEET_ID) return next;
  const used = new Set(sheets.map((s) => s.sheetId));
  let id = 1;
  while (used.has(id)) id++;
  return id;
}

/**
 * Writes one of Kehou's sheets. A sheet of that name already there (Kehou's own: the caller
 * has checked, and taken its parts out with clearSheetParts) keeps its place, id and r:id and
 * only its content and parts are written again, so no other sheet moves, and its old cells
 * leave the calculation chain (see removeSheetCalcCells): Excel repairs a chain naming a cell
 * that holds no formula now, and adds the new formulas itself. Otherwise a part, a
 * relationship and a `<sheet>` entry are appended.
 */
export function writeSheet(pkg: OpcPackage, sheet: NewSheet): void {
  const existing = sheetEntries(pkg).find((s) => s.name === sheet.name);
  if (existing?.part) {
    pkg.set(existing.part, sheet.xml);
    addParts(pkg, existing.part, sheet.related ?? []);
    pruneOverrides(pkg, removeSheetCalcCells(pkg, workbookPart(pkg), existing.sheetId));
    return;
  }
  const wb = workbookPart(pkg);
  const part = pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  pkg.set(part, sheet.xml);
  addOverride(pkg, part, CONTENT_TYPE.worksheet);
  const relId = freeRelId(pkg, wb);
  addRelationship(pkg, wb, { id: relId, type: REL.worksheet, target: relativeTarget(wb, part) });
  addParts(pkg, part, sheet.related ?? []);
  const { xml, at } = workbookList(pkg.text(wb) ?? "", "sheets");
  const prefix = relPrefix(xml);
  const sheetId = freeSheetId(sheetEntries(pkg));
  const state = sheet.state ? ` state="${sheet.state}"` : "";
  const rid = prefix ? `${prefix}:id="${relId}"` : `xmlns:r="${NS.r}" r:id="${relId}"`;
  const tag = `<sheet name="${xmlEscape(sheet.name)}" sheetId="${sheetId}"${state} ${rid}/>`;
  pkg.set(wb, xml.slice(0, at) + tag + xml.slice(at));
}
