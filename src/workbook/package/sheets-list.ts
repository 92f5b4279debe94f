import { opened, splitElement, UnsupportedPackage } from "./xml-text";

/**
 * The children CT_Workbook puts after <sheets> (ECMA-376 Part 1 §18.2.27), by local name: a
 * missing list goes before the first of them the workbook has.
 */
const AFTER_SHEETS = new Set([
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

/**
 * The workbook part with a <sheets> list to add to, and where in it a new `<sheet>` goes (just
 * before `</sheets>`). A workbook of no sheets may have none, or an empty `<sheets/>` (exceljs
 * writes either): the list is placed among the root's own children as parsed, never by
 * searching the text, so an `<extLst>` inside `<workbookView>` or a comment naming
 * `<calcPr>` does not draw it into the wrong element.
 */
export function withSheetsList(xml: string): { xml: string; at: number } {
  const root = splitElement(xml);
  // A root with no body (<workbook/>) has nowhere to keep sheets: the whole is saved again.
  if (!root || root.end === root.bodyEnd) throw new UnsupportedPackage("XML 中找不到 </workbook>");
  const list = root.children.find((c) => c.name === "sheets");
  // A prefixed list (<x:sheets>) is SpreadsheetML the writer does not add to.
  if (list && !list.text.startsWith("<sheets"))
    throw new UnsupportedPackage("工作簿目录使用了前缀");
  if (list) {
    const split = splitElement(list.text)!;
    if (split.end !== split.bodyEnd) return { xml, at: list.start + split.bodyEnd };
    const open = opened(split.tag);
    const at = list.start + open.length;
    return { xml: `${xml.slice(0, list.start)}${open}</sheets>${xml.slice(list.end)}`, at };
  }
  const next = root.children.find((c) => AFTER_SHEETS.has(c.name));
  const where = next?.start ?? root.bodyEnd;
  const at = where + "<sheets>".length;
  return { xml: `${xml.slice(0, where)}<sheets></sheets>${xml.slice(where)}`, at };
}
