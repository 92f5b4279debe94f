import { opened, splitElement, UnsupportedPackage } from "./xml-text";

/** CT_Workbook's children in the order the schema gives them (ECMA-376 Part 1 §18.2.27). */
const ORDER = (
  "fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups " +
  "externalReferences definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr " +
  "smartTagTypes webPublishing fileRecoveryPr webPublishObjects extLst"
).split(" ");

/**
 * The workbook part with a `<sheets>` or `<definedNames>` list to add to, and where in it a
 * new child goes (just before the list's closing tag). A list that is missing (a workbook of
 * no sheets, or of no names) is placed among the root's own children as parsed, before the
 * first the schema puts after it, never by searching the text: an `<extLst>` inside
 * `<workbookView>`, a comment naming `</sheets>` or `<calcPr>`, or `<externalReferences>`
 * (which come before the names) does not draw it into the wrong place. An empty `<sheets/>`
 * (exceljs writes one) is opened.
 */
export function workbookList(
  xml: string,
  name: "sheets" | "definedNames"
): { xml: string; at: number } {
  const root = splitElement(xml);
  // A root with no body (<workbook/>) has nowhere to keep a list: the whole is saved again.
  if (!root || root.end === root.bodyEnd) throw new UnsupportedPackage("XML 中找不到 </workbook>");
  const list = root.children.find((c) => c.name === name);
  // A prefixed list (<x:sheets>) is SpreadsheetML the writer does not add to.
  if (list && !list.text.startsWith(`<${name}`))
    throw new UnsupportedPackage("工作簿目录使用了前缀");
  if (list) {
    const split = splitElement(list.text)!;
    if (split.end !== split.bodyEnd) return { xml, at: list.start + split.bodyEnd };
    const open = opened(split.tag);
    const at = list.start + open.length;
    return { xml: `${xml.slice(0, list.start)}${open}</${name}>${xml.slice(list.end)}`, at };
  }
  const rank = ORDER.indexOf(name);
  const next = root.children.find((c) => ORDER.indexOf(c.name) > rank);
  const where = next?.start ?? root.bodyEnd;
  const at = where + name.length + 2;
  return { xml: `${xml.slice(0, where)}<${name}></${name}>${xml.slice(where)}`, at };
}
