import { canonicalA1 } from "../../sheets/a1";
import type { OpcPackage } from "./opc-package";
import { textIfDecodable } from "./part-text";
import { readRelationships, removeRelationship } from "./relationships";
import { REL } from "./namespaces";
import { attr, setAttr, spliced, splitElement, type Splice } from "./xml-text";

/** Whether a boolean attribute of CT_CalcCell is set (xsd:boolean: "1" or "true"). */
const isSet = (v: string | undefined) => v === "1" || v === "true";

/**
 * Flags that start something at their entry (a dependency level, a thread: CT_CalcCell's `l`
 * and `t`, ECMA-376 Part 1 §18.6.1): an entry that goes hands its flag to the next one that
 * stays, so the entries after it keep the level and thread they were in.
 */
const STARTS = ["l", "t"];

/**
 * A calcChain part's text without the entries of the sheet with this sheetId (`only` these
 * cells of it, where given: cells written over), or undefined when none is left (CT_CalcChain
 * needs one) or the part is not XML the scanner can follow. An entry's sheet is its `i`, or
 * the one before it's when it has none, the first's default 0 (§18.6.1). So when the whole
 * sheet goes an entry without `i` after one that goes goes too; when only some cells go, an
 * entry that inherited from a cut one gets its `i` written out. The rest stays the bytes it was.
 * @example withoutSheetCells('<calcChain><c r="A1" i="2"/><c r="B1" i="1"/><c r="B2"/></calcChain>', 1)
 * //=> '<calcChain><c r="A1" i="2"/></calcChain>'
 */
export function withoutSheetCells(
  xml: string,
  sheetId: number,
  only?: ReadonlySet<string>
): string | undefined {
  const root = splitElement(xml);
  if (!root) return undefined;
  const cells = root.children.filter((c) => c.name === "c");
  const splices: Splice[] = [];
  let sheet = "0"; // the sheetId of the entry read: its `i`, or the one before's
  let kept = "0"; // the sheetId the next entry without `i` inherits once the cut ones are gone
  const carried = new Set<string>();
  let gone = 0;
  for (const entry of cells) {
    const own = attr(entry.text, "i");
    sheet = own ?? sheet;
    const ref = only && (canonicalA1(attr(entry.text, "r") ?? "") ?? "");
    if (Number(sheet) === sheetId && (!only || only.has(ref!))) {
      for (const flag of STARTS) if (isSet(attr(entry.text, flag))) carried.add(flag);
      splices.push({ start: entry.start, end: entry.end, text: "" });
      gone++;
      continue;
    }
    let text = entry.text;
    // An entry that inherited its sheet from one cut (only some cells go) says it itself.
    if (own === undefined && sheet !== kept) text = setAttr(text, "i", sheet, "r");
    for (const flag of carried)
      if (!isSet(attr(text, flag)))
        text = setAttr(text, flag, "1", attr(text, "i") === undefined ? "r" : "i");
    carried.clear();
    kept = sheet;
    if (text !== entry.text) splices.push({ start: entry.start, end: entry.end, text });
  }
  if (gone === cells.length) return undefined;
  return spliced(xml, splices);
}

/**
 * Takes a sheet's entries out of the workbook's calculation chain (a sheet removed, or one of
 * Kehou's written again): Excel repairs a file whose chain names a cell of a sheet it does not
 * have, or a cell that holds no formula now. A chain left with no entry goes
 * with its relationship, as does one that is not XML Kehou can follow (Excel rebuilds a chain
 * it lacks); one in an encoding Kehou does not read stays as it is. The parts removed are
 * returned for their content types to go too.
 */
export function removeSheetCalcCells(
  pkg: OpcPackage,
  wb: string,
  sheetId: number,
  only?: ReadonlySet<string>
): string[] {
  const removed: string[] = [];
  for (const r of readRelationships(pkg, wb)) {
    const xml = r.type === REL.calcChain && r.part ? textIfDecodable(pkg, r.part) : undefined;
    if (xml === undefined) continue;
    const left = withoutSheetCells(xml, sheetId, only);
    if (left === xml) continue;
    if (left !== undefined) pkg.set(r.part!, left);
    else {
      pkg.remove(r.part!);
      removeRelationship(pkg, wb, r.id);
      removed.push(r.part!);
    }
  }
  return removed;
}
