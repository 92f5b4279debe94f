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
 * A calcChain part's text without the entries of the sheet with this sheetId, or undefined
 * when none is left (CT_CalcChain needs one) or the part is not XML the scanner can follow.
 * An entry's sheet is its `i`, or the one before it's when it has none, the first's default 0
 * (§18.6.1). So an entry without `i` after one that goes is on the same sheet and goes too,
 * and one that stays still takes its `i` from one that stays: no `i` needs writing out. The
 * rest stays the bytes it was.
 * @example withoutSheetCells('<calcChain><c r="A1" i="2"/><c r="B1" i="1"/><c r="B2"/></calcChain>', 1)
 * //=> '<calcChain><c r="A1" i="2"/></calcChain>'
 */
export function withoutSheetCells(xml: string, sheetId: number): string | undefined {
  const root = splitElement(xml);
  if (!root) return undefined;
  const cells = root.children.filter((c) => c.name === "c");
  const splices: Splice[] = [];
  let sheet = "0"; // the sheetId of the entry read: its `i`, or the one before's
  const carried = new Set<string>();
  let gone = 0;
  for (const cell of cells) {
    sheet = attr(cell.text, "i") ?? sheet;
    if (Number(sheet) === sheetId) {
      for (const flag of STARTS) if (isSet(attr(cell.text, flag))) carried.add(flag);
      splices.push({ start: cell.start, end: cell.end, text: "" });
      gone++;
      continue;
    }
    let text = cell.text;
    for (const flag of carried)
      if (!isSet(attr(text, flag)))
        text = setAttr(text, flag, "1", attr(text, "i") === undefined ? "r" : "i");
    carried.clear();
    if (text !== cell.text) splices.push({ start: cell.start, end: cell.end, text });
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
export function removeSheetCalcCells(pkg: OpcPackage, wb: string, sheetId: number): string[] {
  const removed: string[] = [];
  for (const r of readRelationships(pkg, wb)) {
    const xml = r.type === REL.calcChain && r.part ? textIfDecodable(pkg, r.part) : undefined;
    if (xml === undefined) continue;
    const left = withoutSheetCells(xml, sheetId);
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
