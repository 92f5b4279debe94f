import { NS } from "./namespaces";
import { relPrefix } from "./workbook-index";
import { splitElement } from "./xml-text";

/**
 * The worksheet's last children, in the order the schema wants them (CT_Worksheet, ECMA-376
 * Part 1 §18.3.1.99): a linked element goes before the first of those after it.
 */
const WORKSHEET_TAIL = [
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * A worksheet with a child linking a part by r:id put among the root's own children where the
 * schema wants it (not inside one: a data bar's `<cfRule>` has an `<extLst>`), in the sheet's
 * prefix (`x:` in prefixed SpreadsheetML); with the element as inserted. Undefined when the
 * sheet is not XML the scanner can follow, or already has such a child.
 */
export function withLinkedElement(
  xml: string,
  name: "drawing" | "legacyDrawing",
  relId: string
): { xml: string; element: string } | undefined {
  const root = splitElement(xml);
  if (!root || root.bodyEnd === root.end || root.children.some((c) => c.name === name))
    return undefined;
  const qualified = xml.slice(root.bodyEnd + 2, root.end - 1).trim();
  const prefix = qualified.includes(":") ? `${qualified.split(":")[0]}:` : "";
  const r = relPrefix(xml);
  const element = r
    ? `<${prefix}${name} ${r}:id="${relId}"/>`
    : `<${prefix}${name} xmlns:r="${NS.r}" r:id="${relId}"/>`;
  const later = WORKSHEET_TAIL.slice(WORKSHEET_TAIL.indexOf(name) + 1);
  const at = root.children.find((c) => later.includes(c.name))?.start ?? root.bodyEnd;
  return { xml: xml.slice(0, at) + element + xml.slice(at), element };
}
