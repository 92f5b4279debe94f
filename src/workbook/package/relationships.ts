import { NS, XML_HEAD } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { transitionalRelType } from "./strict-names";
import { appendToRoot, elements, withoutElements, xmlEscape } from "./xml-text";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The part it points to (see resolveTarget); undefined for an external link. */
  readonly part?: string;
}

const EMPTY_RELS = `${XML_HEAD}<Relationships xmlns="${NS.rels}"></Relationships>`;

/** The rels part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsName(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship's target as a part name, from the part that holds the relationship (the
 * package root is ""): absolute from the root when it starts with "/", else relative to the
 * source part's folder, "." and ".." followed, percent-escapes decoded (ECMA-376 Part 2,
 * §9.3 and Annex A). Every reader and the writer resolve targets here.
 */
export function resolveTarget(from: string, target: string): string {
  let path = target.split("#")[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray % is a literal character of the name
  }
  path = path.replace(/\\/g, "/");
  const parts = path.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/**
 * A part's relationships, in order; none when it has no rels part. A Strict OOXML type is
 * given as its transitional twin (./strict-names), so every reader knows one set of types.
 */
export function readRelationships(pkg: OpcPackage, part: string): Relationship[] {
  const xml = pkg.text(relsName(part)) ?? "";
  return elements(xml, "Relationship").map((e) => {
    const target = e.attr("Target") ?? "";
    const external = e.attr("TargetMode") === "External";
    const to = external ? undefined : resolveTarget(part, target);
    const type = transitionalRelType(e.attr("Type") ?? "");
    return { id: e.attr("Id") ?? "", type, target, external, part: to };
  });
}

/**
 * The part of the first internal relationship of this type among `rels`, if any: the one
 * choice of a workbook's styles, shared strings and theme, so the cell reader never reads one
 * part while the writer appends to another.
 */
export function relatedPart(rels: readonly Relationship[], type: string): string | undefined {
  return rels.find((r) => !r.external && r.target && r.type === type)?.part;
}

/** An Id not used in a part's rels: `rId{n}` past every existing one. */
export function freeRelId(pkg: OpcPackage, part: string): string {
  const used = new Set(readRelationships(pkg, part).map((r) => r.id));
  for (let n = used.size + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** Adds one relationship at the end of a part's rels (creating the rels part if needed). */
export function addRelationship(
  pkg: OpcPackage,
  part: string,
  rel: { id: string; type: string; target: string }
): void {
  const name = relsName(part);
  const xml = pkg.text(name) ?? EMPTY_RELS;
  const tag = `<Relationship Id="${xmlEscape(rel.id)}" Type="${xmlEscape(rel.type)}" Target="${xmlEscape(rel.target)}"/>`;
  pkg.set(name, appendToRoot(xml, tag));
}

/** Removes the relationship with this Id (Kehou's own, on a re-run), leaving the rest as bytes. */
export function removeRelationship(pkg: OpcPackage, part: string, id: string): void {
  const name = relsName(part);
  const xml = pkg.text(name);
  if (!xml) return;
  const cut = elements(xml, "Relationship").filter((e) => e.attr("Id") === id);
  if (cut.length > 0) pkg.set(name, withoutElements(xml, cut));
}

/** The target to write in `from`'s rels for the part `to`, relative like Excel writes it. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
