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
    name === "xl/styles.xml" ||
    name === "xl/sharedStrings.xml"
  );
}

/** Tags and texts of an XML part, counts left out (they follow the additions). */
function tokens(xml: string): string[] {
  return (xml.match(/<[^>]+>|[^<]+/g) ?? []).map((t) =>
    t.replace(/\scount="\d+"/, "").replace(/\suniqueCount="\d+"/, "")
  );
}

/**
 * Says what is wrong if `after` is not `before` with things added: every token of `before`
 * must appear in `after`, in order (self-closing sections that gained children aside).
 */
export function additionsOnly(before: Uint8Array, after: Uint8Array): string | undefined {
  const added = addedTokens(strFromU8(before), strFromU8(after));
  return typeof added === "string" ? added : undefined;
}

/**
 * The tokens `after` has beyond `before` when it is `before` with things added (as
 * `additionsOnly` walks them), or what is wrong when it is not.
 */
export function addedTokens(before: string, after: string): string[] | string {
  const a = tokens(before);
  const b = tokens(after);
  const added: string[] = [];
  let j = 0;
  for (const t of a) {
    const open = t.endsWith("/>") ? t.slice(0, -2) + ">" : undefined;
    while (j < b.length && b[j] !== t && b[j] !== open) added.push(b[j++]);
    if (j === b.length) return `missing or moved: ${t}`;
    j++;
  }
  return [...added, ...b.slice(j)];
}

export const text = strFromU8;

/**
 * Names used twice in a package's one namespace of table and defined names (Excel compares
 * them case-insensitively and repairs a file where two meet): table `name`s and `displayName`s
 * (each table's two may be the same) and the workbook's defined names (which may repeat one
 * another in different scopes, but not a table's).
 */
export function nameClashes(parts: Map<string, Uint8Array>): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  const use = (name: string, owner: string) => {
    const key = name.toLowerCase();
    const had = seen.get(key);
    if (had !== undefined && had !== owner) clashes.push(name);
    seen.set(key, owner);
  };
  for (const [part, bytes] of parts) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(part)) continue;
    const tag = /<table\b[^>]*>/.exec(strFromU8(bytes))?.[0] ?? "";
    for (const key of ["name", "displayName"]) {
      const v = new RegExp(`\\s${key}="([^"]*)"`).exec(tag)?.[1];
      if (v) use(v, part);
    }
  }
  const workbook = strFromU8(parts.get("xl/workbook.xml") ?? new Uint8Array());
  for (const [tag] of workbook.matchAll(/<definedName\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (name) use(name, "definedNames");
  }
  return clashes;
}
