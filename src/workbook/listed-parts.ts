import type { WorkbookIndex } from "./cells/sheet-list";

/**
 * The sheets that workbook.xml lists but whose part is missing from the package, as
 * "name (path)". A reader that skipped them would drop a roster or attendance sheet without a
 * word (and with it hardship waivers), so a workbook with any is refused instead. A package
 * without its workbook relationships is left to the reader (it finds no sheets).
 *
 * @example missingSheetParts(index, has) //=> ["「学生名册」（缺少 xl/worksheets/sheet2.xml）"]
 */
export function missingSheetParts(
  index: WorkbookIndex | undefined,
  hasRelationships: boolean,
  has: (path: string) => boolean
): string[] {
  if (!index || !hasRelationships) return [];
  const missing: string[] = [];
  for (const { name, path } of index.sheets) {
    if (!path) missing.push(`「${name}」（没有对应的部件）`);
    else if (!has(path)) missing.push(`「${name}」（缺少 ${path}）`);
  }
  return missing;
}
