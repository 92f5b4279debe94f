import type { OpcPackage } from "./opc-package";
import { attr, insertBefore, xmlEscape } from "./xml-text";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The rels part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsName(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, from the part that holds the relationship. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** A part's relationships, in order; none when it has no rels part. */
export function readRelationships(pkg: OpcPackage, part: string): Relationship[] {
  const xml = pkg.text(relsName(part)) ?? "";
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attr(tag, "Id") ?? "",
    type: attr(tag, "Type") ?? "",
    target: attr(tag, "Target") ?? "",
    external: attr(tag, "TargetMode") === "External",
  }));
}

/** An Id not used in a part's rels: `rId{n}` past every existing one. */
export function freeRelId(pkg: OpcPackage, part: string, taken: Set<string> = new Set()): string {
  const used = new Set([...readRelationships(pkg, part).map((r) => r.id), ...taken]);
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
  pkg.set(name, insertBefore(xml, ["</Relationships>"], tag));
}

/** Removes the relationship with this Id (Kehou's own, on a re-run), leaving the rest as bytes. */
export function removeRelationship(pkg: OpcPackage, part: string, id: string): void {
  const name = relsName(part);
  const xml = pkg.text(name);
  if (!xml) return;
  const next = xml.replace(/<Relationship\b[^>]*>(?:<\/Relationship>)?/g, (tag) =>
    attr(tag, "Id") === id ? "" : tag
  );
  if (next !== xml) pkg.set(name, next);
}

/** The target to write in `from`'s rels for the part `to`, relative like Excel writes it. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
