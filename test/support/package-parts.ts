import { strFromU8, unzipSync } from "fflate";

/** A package's parts by name (directory entries left out), read by fflate, not by Kehou. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const all = unzipSync(bytes);
  return new Map(Object.entries(all).filter(([name]) => !name.endsWith("/")));
}

/** The parts that list other parts, which Kehou may only add to. */
export function isIndexPart(name: string): boolean {
  return (
    name === "[Content_Types].xml" ||
    name === "xl/workbook.xml" ||
    name === "xl/_rels/workbook.xml.rels" ||
    name === "xl/styles.xml"
  );
}

/** Tags and texts of an XML part, `count` attributes left out (they follow the additions). */
function tokens(xml: string): string[] {
  return (xml.match(/<[^>]+>|[^<]+/g) ?? []).map((t) => t.replace(/\scount="\d+"/, ""));
}

/**
 * Says what is wrong if `after` is not `before` with things added: every token of `before`
 * must appear in `after`, in order (self-closing sections that gained children aside).
 */
export function additionsOnly(before: Uint8Array, after: Uint8Array): string | undefined {
  const a = tokens(strFromU8(before));
  const b = tokens(strFromU8(after));
  let j = 0;
  for (const t of a) {
    const open = t.endsWith("/>") ? t.slice(0, -2) + ">" : undefined;
    while (j < b.length && b[j] !== t && b[j] !== open) j++;
    if (j === b.length) return `missing or moved: ${t}`;
    j++;
  }
  return undefined;
}

export const text = strFromU8;
