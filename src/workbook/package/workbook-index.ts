import type { OpcPackage } from "./opc-package";
import { readRelationships, resolveTarget } from "./relationships";
import { transitionalNamespace } from "./strict-names";
import { elements, rootAttrs, UnsupportedPackage } from "./xml-text";

/** Relationship and content types of the parts Kehou writes. */
export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet as the workbook part lists it, with the part that holds it. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The `<sheet …/>` tag exactly as written. */
  readonly tag: string;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml` (undefined when the link is broken). */
  readonly part?: string;
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
 * The prefix a part's root element binds to the relationships namespace (usually `r`; its
 * Strict twin too).
 */
export function relPrefix(xml: string): string | undefined {
  for (const [name, uri] of rootAttrs(xml))
    if (name.startsWith("xmlns:") && transitionalNamespace(uri) === R_NS)
      return name.slice("xmlns:".length);
  return undefined;
}

/** Every sheet of the workbook, in tab order, by its parsed attributes. */
export function sheetEntries(pkg: OpcPackage): SheetEntry[] {
  const wb = workbookPart(pkg);
  const xml = pkg.text(wb) ?? "";
  const prefix = relPrefix(xml) ?? "r";
  const rels = new Map(readRelationships(pkg, wb).map((r) => [r.id, r]));
  return elements(xml, "sheet").map((e) => {
    const relId = e.attr(`${prefix}:id`) ?? "";
    const rel = rels.get(relId);
    return {
      name: e.attr("name") ?? "",
      sheetId: Number(e.attr("sheetId")),
      relId,
      tag: e.tag,
      part: rel && !rel.external ? resolveTarget(wb, rel.target) : undefined,
    };
  });
}
