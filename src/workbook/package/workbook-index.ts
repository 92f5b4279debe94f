import { XmlScanner } from "../cells/xml-scanner";
import { NS, REL } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { readRelationships, resolveTarget, type Relationship } from "./relationships";
import { transitionalNamespace } from "./strict-names";
import { rootAttrs, UnsupportedPackage } from "./xml-text";

/** A sheet as the workbook part lists it, with the part that holds it. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** Hidden or very hidden (any state other than visible). */
  readonly hidden: boolean;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml` (undefined when the link is broken). */
  readonly part?: string;
}

interface WorkbookIndex {
  readonly sheets: SheetEntry[];
  /** The workbook counts dates from 1904 (`<workbookPr date1904="1"/>`, Excel for Mac's old default). */
  readonly date1904: boolean;
}

/**
 * The main part's name, as Excel, LibreOffice and WPS find it: the officeDocument relationship
 * of the package root (`_rels/.rels`), whatever the part is called; `xl/workbook.xml` only for
 * a package with no root relationships at all. Undefined when there is none.
 */
export function mainPart(pkg: OpcPackage): string | undefined {
  if (!pkg.has("_rels/.rels")) return pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
  const main = readRelationships(pkg, "").find((r) => r.type === REL.officeDocument && !r.external);
  return main && resolveTarget("", main.target);
}

/** The workbook part's name (see mainPart); the writer refuses a package without one. */
export function workbookPart(pkg: OpcPackage): string {
  const main = mainPart(pkg);
  if (!main || !pkg.has(main)) throw new UnsupportedPackage("工作簿缺少主部件（xl/workbook.xml）");
  return main;
}

/**
 * The prefix these attributes bind to the relationships namespace (its Strict twin too), if
 * they declare one.
 */
function boundPrefix(attrs: Iterable<[string, string]>): string | undefined {
  for (const [name, uri] of attrs)
    if (name.startsWith("xmlns:") && transitionalNamespace(uri) === NS.r)
      return name.slice("xmlns:".length);
  return undefined;
}

/** The prefix a part's root element binds to the relationships namespace (usually `r`). */
export function relPrefix(xml: string): string | undefined {
  return boundPrefix(rootAttrs(xml));
}

/**
 * The sheets of a workbook part (`wb`, with its relationships) in tab order, by their parsed
 * attributes, each with its part by its r:id (under the prefix the tag, `<sheets>` or the
 * root binds to the relationships namespace, else `r`); and its date system. The one reading of the sheet list, for
 * the cell reader and the writer alike: only the `<sheet>` children of the root's `<sheets>`
 * count, as Excel counts them, so a `<sheet>` elsewhere neither adds a sheet nor moves a print
 * area's localSheetId. Throws MalformedXml where the part is not XML the scanner can follow.
 */
export function readWorkbookIndex(
  xml: string,
  wb: string,
  rels: readonly Relationship[]
): WorkbookIndex {
  let prefix = "r";
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.closes) continue;
    if (s.depth === 0 || (s.depth === 1 && s.is("sheets")))
      prefix = boundPrefix(s.allAttrs()) ?? prefix;
    else if (s.depth === 1 && s.is("workbookPr")) {
      const v = s.attr("date1904");
      date1904 = v === "1" || v === "true";
    } else if (s.depth === 2 && s.is("sheet")) {
      const attrs = new Map(s.allAttrs());
      const rel = byId.get(attrs.get(`${boundPrefix(attrs) ?? prefix}:id`) ?? "");
      const state = attrs.get("state");
      sheets.push({
        name: attrs.get("name") ?? "",
        sheetId: Number(attrs.get("sheetId")),
        hidden: state !== undefined && state !== "" && state !== "visible",
        part: rel && !rel.external && rel.target ? resolveTarget(wb, rel.target) : undefined,
      });
    }
    // Into the root and its <sheets> only.
    if (s.depth > 0 && !(s.depth === 1 && s.is("sheets"))) s.skip();
  }
  return { sheets, date1904 };
}

/** Every sheet of the workbook, in tab order (see readWorkbookIndex). */
export function sheetEntries(pkg: OpcPackage): SheetEntry[] {
  const wb = workbookPart(pkg);
  return readWorkbookIndex(pkg.text(wb) ?? "", wb, readRelationships(pkg, wb)).sheets;
}
