import { chooseTableName } from "../sheet-name-choice";
import { partsOfType } from "./content-types";
import { CONTENT_TYPE } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { workbookPart } from "./workbook-index";
import { attr, elements, rootTag } from "./xml-text";

/** The root tag of every table part in the package (found by its declared content type). */
function tableTags(pkg: OpcPackage): string[] {
  return partsOfType(pkg, CONTENT_TYPE.table).flatMap(
    (name) => rootTag(pkg.text(name) ?? "", "table") ?? []
  );
}

/**
 * The smallest table id unused anywhere in the workbook (table ids are workbook-wide); the
 * smallest, so a table written again after its sheet was cleared gets its old id back.
 */
export function freeTableId(pkg: OpcPackage): number {
  const used = new Set(tableTags(pkg).map((t) => Number(attr(t, "id"))));
  for (let id = 1; ; id++) if (!used.has(id)) return id;
}

/**
 * A table name that clashes with no table and no defined name of the workbook: Excel keeps
 * them in one namespace, case-insensitive, and repairs a file where two meet. The desired
 * name when free, else "name_2", "name_3" … (a re-run, its own table cleared, gets it back).
 */
export function freeTableName(pkg: OpcPackage, desired: string): string {
  const tables = tableTags(pkg).flatMap((t) => [attr(t, "name"), attr(t, "displayName")]);
  const defined = elements(pkg.text(workbookPart(pkg)) ?? "", "definedName");
  const inUse = new Map<string, true>();
  for (const name of [...tables, ...defined.map((d) => d.attr("name"))])
    if (name) inUse.set(name.toLowerCase(), true);
  return chooseTableName(desired, inUse);
}
