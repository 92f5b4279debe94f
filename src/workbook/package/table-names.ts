import { chooseTableName } from "../sheet-name-choice";
import type { OpcPackage } from "./opc-package";
import { CONTENT_TYPE, workbookPart } from "./workbook-index";
import { attr } from "./xml-text";

/** The start tag of every table part in the package (found by its declared content type). */
function tableTags(pkg: OpcPackage): string[] {
  const types = pkg.text("[Content_Types].xml") ?? "";
  const parts = [...types.matchAll(/<Override\b[^>]*>/g)]
    .filter(([tag]) => attr(tag, "ContentType") === CONTENT_TYPE.table)
    .map(([tag]) => (attr(tag, "PartName") ?? "").replace(/^\//, ""))
    .filter((name) => pkg.has(name));
  return parts.map((name) => /<(?:[\w.-]+:)?table\b[^>]*>/.exec(pkg.text(name) ?? "")?.[0] ?? "");
}

/**
 * The smallest table id unused anywhere in the workbook (table ids are workbook-wide); the
 * smallest, so a table written again after its sheet was cleared gets its old id back.
 */
export function freeTableId(pkg: OpcPackage): number {
  const used = new Set(tableTags(pkg).map((tag) => Number(attr(tag, "id"))));
  for (let id = 1; ; id++) if (!used.has(id)) return id;
}

/**
 * A table name that clashes with no table and no defined name of the workbook: Excel keeps
 * them in one namespace, case-insensitive, and repairs a file where two meet. The desired
 * name when free, else "name_2", "name_3" … (a re-run, its own table cleared, gets it back).
 */
export function freeTableName(pkg: OpcPackage, desired: string): string {
  const inUse = new Map<string, true>();
  for (const tag of tableTags(pkg))
    for (const key of ["name", "displayName"]) {
      const name = attr(tag, key);
      if (name) inUse.set(name.toLowerCase(), true);
    }
  const workbook = pkg.text(workbookPart(pkg)) ?? "";
  for (const [tag] of workbook.matchAll(/<(?:[\w.-]+:)?definedName\b[^>]*>/g)) {
    const name = attr(tag, "name");
    if (name) inUse.set(name.toLowerCase(), true);
  }
  return chooseTableName(desired, inUse);
}
