import { strFromU8, unzipSync } from "fflate";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** Decodes the five XML entities an attribute may carry. */
function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/** The zip path a workbook relationship points to (relative to xl/, or absolute from the root). */
function partPath(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/**
 * The sheets that workbook.xml lists but whose part is missing from the package, as
 * "name (path)". A reader that skipped them would drop a roster or attendance sheet without a
 * word (and with it hardship waivers), so a workbook with any is refused instead. Only the
 * two index parts are inflated; a package without them is left to the workbook reader.
 *
 * @example missingSheetParts(bytes) //=> ["「学生名册」（缺少 xl/worksheets/sheet2.xml）"]
 */
export function missingSheetParts(bytes: Uint8Array): string[] {
  let names: Set<string>;
  let files: Record<string, Uint8Array>;
  try {
    names = new Set<string>();
    files = unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        return file.name === WORKBOOK || file.name === WORKBOOK_RELS;
      },
    });
  } catch {
    return []; // not a readable zip: the workbook reader says so
  }
  if (!files[WORKBOOK] || !files[WORKBOOK_RELS]) return [];
  const targets = new Map<string, string>();
  for (const tag of strFromU8(files[WORKBOOK_RELS]).match(/<(\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target && attribute(tag, "TargetMode") !== "External") targets.set(id, target);
  }
  const missing: string[] = [];
  for (const tag of strFromU8(files[WORKBOOK]).match(/<(\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name") ?? "";
    const id = attribute(tag, "r:id") ?? attribute(tag, "[\\w]+:id");
    const target = id ? targets.get(id) : undefined;
    const path = target ? partPath(target) : undefined;
    if (!path) missing.push(`「${name}」（没有对应的部件）`);
    else if (!names.has(path)) missing.push(`「${name}」（缺少 ${path}）`);
  }
  return missing;
}
