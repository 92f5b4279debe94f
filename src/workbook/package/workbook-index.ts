import type { OpcPackage } from "./opc-package";
import { readRelationships, resolveTarget } from "./relationships";
import { attr, UnsupportedPackage } from "./xml-text";

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

/** The workbook part's name, from the package's root relationships. */
export function workbookPart(pkg: OpcPackage): string {
  const main = readRelationships(pkg, "").find((r) => r.type === REL.officeDocument);
  if (!main) throw new UnsupportedPackage("工作簿缺少主部件（xl/workbook.xml）");
  return resolveTarget("", main.target);
}

/** The prefix the workbook part binds to the relationships namespace (usually `r`). */
export function relPrefix(xml: string): string | undefined {
  const m = new RegExp(`xmlns:([\\w.-]+)="${R_NS.replace(/[./]/g, "\\$&")}"`).exec(xml);
  return m?.[1];
}

/** Every sheet of the workbook, in tab order. */
export function sheetEntries(pkg: OpcPackage): SheetEntry[] {
  const wb = workbookPart(pkg);
  const xml = pkg.text(wb) ?? "";
  const prefix = relPrefix(xml) ?? "r";
  const rels = new Map(readRelationships(pkg, wb).map((r) => [r.id, r]));
  return [...xml.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const relId = attr(tag, `${prefix}:id`) ?? "";
    const rel = rels.get(relId);
    return {
      name: attr(tag, "name") ?? "",
      sheetId: Number(attr(tag, "sheetId")),
      relId,
      tag,
      part: rel && !rel.external ? resolveTarget(wb, rel.target) : undefined,
    };
  });
}
