import { attr, splitElement } from "./xml-text";

/**
 * The format a cell with no element shows in (Excel's rule for a never-typed cell): its row's
 * when the row is formatted (customFormat), else its column's, else the default 0.
 */
export function blankCellStyle(xml: string, rowTag: string | undefined, col: number): number {
  if (rowTag && attr(rowTag, "customFormat") === "1" && attr(rowTag, "s") !== undefined)
    return Number(attr(rowTag, "s"));
  const cols = splitElement(xml, "cols", "sheetData");
  for (const { name, text: tag } of cols?.children ?? []) {
    if (name !== "col") continue;
    const [min, max] = [Number(attr(tag, "min")), Number(attr(tag, "max"))];
    if (col + 1 >= min && col + 1 <= max) return Number(attr(tag, "style") ?? 0);
  }
  return 0;
}
