import { removeSheetTitle } from "./app-properties";
import { removeSheetCalcCells } from "./calc-chain";
import { pruneOverrides } from "./content-types";
import { REL } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { partNameKey } from "./part-name-key";
import { readRelationships, removeRelationship } from "./relationships";
import { clearSheetParts } from "./sheet-parts";
import { sheetEntries, workbookPart } from "./workbook-index";
import {
  attr,
  setAttr,
  spliced,
  splitElement,
  UnsupportedPackage,
  type Child,
  type Splice,
} from "./xml-text";

const samePart = (a: string, b: string | undefined) =>
  b !== undefined && partNameKey(a) === partNameKey(b);

/** An index attribute of a child shifted for the sheet at `index` gone (none left: undefined). */
function shifted(child: Child, name: string, index: number, last: number): Splice | undefined {
  const value = attr(child.text, name);
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  // A view on the sheet that goes shows the one that takes its place (the one before, if last).
  const next = n > index || (n === index && n > last) ? n - 1 : n;
  if (next === n) return undefined;
  return { start: child.start, end: child.end, text: setAttr(child.text, name, String(next)) };
}

/**
 * The workbook part without the `<sheet>` at `index` of its `<sheets>` and that sheet's own
 * defined names (localSheetId, ECMA-376 Part 1 §18.2.5), the later sheets' names, `activeTab`
 * and `firstSheet` (§18.2.30) counting one sheet fewer; the rest stays as the bytes it was.
 */
function withoutSheetEntry(xml: string, index: number, count: number): string {
  const sheets = splitElement(xml, "sheets")?.children.filter((c) => c.name === "sheet");
  const entry = sheets?.[index];
  if (!sheets || sheets.length !== count || !entry)
    throw new UnsupportedPackage("工作簿的工作表列表无法读取");
  const last = count - 2; // the last index once the sheet is gone
  const splices: Splice[] = [{ start: entry.start, end: entry.end, text: "" }];
  for (const view of splitElement(xml, "bookViews")?.children ?? []) {
    if (view.name !== "workbookView") continue;
    // Both attributes sit in one start tag: shifted one after the other on its text.
    let text = view.text;
    for (const name of ["activeTab", "firstSheet"]) {
      const s = shifted({ ...view, text }, name, index, last);
      if (s) text = s.text;
    }
    if (text !== view.text) splices.push({ start: view.start, end: view.end, text });
  }
  for (const name of splitElement(xml, "definedNames")?.children ?? []) {
    if (name.name !== "definedName") continue;
    const local = attr(name.text, "localSheetId");
    if (local !== undefined && Number(local) === index)
      splices.push({ start: name.start, end: name.end, text: "" });
    else {
      const s = shifted(name, "localSheetId", index, Number.MAX_SAFE_INTEGER);
      if (s) splices.push(s);
    }
  }
  return spliced(xml, splices);
}

/**
 * Removes one sheet of the workbook (Kehou's own: the caller has checked that it is): its part
 * and the parts only it used (see clearSheetParts), their content types, the workbook's
 * relationship to it and its `<sheet>` with what counts sheets by position (see
 * withoutSheetEntry). The last sheet is never removed, as a workbook needs one (§18.2.20):
 * false then, and nothing changes; false too when there is no sheet of that name. Its cells
 * leave the calculation chain (see removeSheetCalcCells) and, where the extended properties
 * list the sheets truly, its name leaves them (see removeSheetTitle).
 */
export function removeSheet(pkg: OpcPackage, name: string): boolean {
  const entries = sheetEntries(pkg);
  const index = entries.findIndex((s) => s.name === name);
  const part = entries[index]?.part;
  if (index < 0 || entries.length < 2) return false;
  const wb = workbookPart(pkg);
  const xml = withoutSheetEntry(pkg.text(wb) ?? "", index, entries.length);
  const key = part && partNameKey(part);
  // A part another <sheet> lists too stays, with its relationship.
  const own = key && !entries.some((s, i) => i !== index && s.part && partNameKey(s.part) === key);
  const removed = own ? clearSheetParts(pkg, name) : new Set<string>();
  // Read before the relationship goes: which of the sheets the extended properties count.
  const rels = readRelationships(pkg, wb);
  const worksheets = entries
    .filter((s) => rels.some((r) => r.type === REL.worksheet && r.part && samePart(r.part, s.part)))
    .map((s) => s.name);
  if (own) {
    for (const r of rels)
      if (r.type === REL.worksheet && r.part && partNameKey(r.part) === key)
        removeRelationship(pkg, wb, r.id);
    const stored = pkg.storedName(key) ?? part!;
    pkg.remove(stored);
    removed.add(stored);
  }
  for (const p of removeSheetCalcCells(pkg, wb, entries[index].sheetId)) removed.add(p);
  removeSheetTitle(pkg, worksheets, name);
  pkg.set(wb, xml);
  pruneOverrides(pkg, removed);
  return true;
}
