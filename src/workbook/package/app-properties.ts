import type { OpcPackage } from "./opc-package";
import { textIfDecodable } from "./part-text";
import { readRelationships } from "./relationships";
import { REL } from "./namespaces";
import {
  attr,
  elements,
  setAttr,
  spliced,
  splitElement,
  type Child,
  type Splice,
} from "./xml-text";

/** The headings Excel (English and Chinese) and WPS count worksheets and named ranges under. */
const WORKSHEETS = ["Worksheets", "工作表"];
const NAMED_RANGES = ["Named Ranges", "命名范围"];

/** A child found in an element's text, placed where it lies in the part. */
const shift = (c: Child, by: number): Child => ({ ...c, start: c.start + by, end: c.end + by });

/**
 * A property's vector (`<vt:vector size="3">`): its start tag and elements where they lie in
 * the part; undefined unless its size is the number of its elements.
 */
function vectorOf(xml: string, property: string): { open: Splice; items: Child[] } | undefined {
  const parent = splitElement(xml, property);
  const el = parent?.children.length === 1 ? parent.children[0] : undefined;
  const vector = el?.name === "vector" ? splitElement(el.text) : undefined;
  if (!el || !vector || attr(vector.tag, "size") !== String(vector.children.length))
    return undefined;
  const open = { start: el.start, end: el.start + vector.tag.length, text: vector.tag };
  return { open, items: vector.children.map((c) => shift(c, el.start)) };
}

/** An element's text as written between its tags, where it lies. */
function body(e: Child): { start: number; end: number; text: string } | undefined {
  const inner = splitElement(e.text);
  if (!inner || inner.children.length > 0) return undefined;
  const start = e.start + inner.tag.length;
  return { start, end: e.start + inner.bodyEnd, text: elements(e.text, e.name)[0]?.text ?? "" };
}

/** One heading pair: its name and count, and the two `<vt:variant>` that hold them. */
interface Heading {
  readonly name: string;
  readonly count: number;
  readonly variants: readonly [Child, Child];
  readonly countAt: { start: number; end: number };
}

/** The heading pairs (§22.2.2.13 of ECMA-376 Part 1), or undefined where they do not parse. */
function headings(vector: Child[]): Heading[] | undefined {
  if (vector.length % 2 !== 0) return undefined;
  const out: Heading[] = [];
  for (let k = 0; k < vector.length; k += 2) {
    const [a, b] = [vector[k], vector[k + 1]];
    const name = a.name === "variant" ? splitElement(a.text)?.children : undefined;
    const count = b.name === "variant" ? splitElement(b.text)?.children : undefined;
    if (name?.length !== 1 || count?.length !== 1) return undefined;
    if (name[0].name !== "lpstr" || count[0].name !== "i4") return undefined;
    const [n, c] = [body(shift(name[0], a.start)), body(shift(count[0], b.start))];
    if (!n || !c || !/^\d+$/.test(c.text)) return undefined;
    out.push({ name: n.text, count: Number(c.text), variants: [a, b], countAt: c });
  }
  return out;
}

/** Whether a named range's title names a sheet-level name of this sheet (`汇总!Print_Area`). */
const onSheet = (title: string, sheet: string) =>
  title.startsWith(`${sheet}!`) || title.startsWith(`'${sheet.replace(/'/g, "''")}'!`);

/**
 * The extended properties' text (docProps/app.xml) without the worksheet `sheet` and its
 * sheet-level names in TitlesOfParts, their headings' counts and the vectors' sizes one
 * less each (a heading left with none goes); undefined where the lists do not say what the
 * workbook held before (`worksheets`, in tab order) — a host rewrites them on save, and a
 * wrong edit is worse than none.
 */
export function withoutSheetTitle(
  xml: string,
  worksheets: readonly string[],
  sheet: string
): string | undefined {
  const pairs = vectorOf(xml, "HeadingPairs");
  const titles = vectorOf(xml, "TitlesOfParts");
  const heads = pairs && headings(pairs.items);
  if (!pairs || !titles || !heads || titles.items.some((t) => t.name !== "lpstr")) return undefined;
  if (heads.reduce((n, h) => n + h.count, 0) !== titles.items.length) return undefined;
  const names = titles.items.map((t) => body(t)?.text);
  let from = 0;
  const segments = heads.map((h) => ((from += h.count), names.slice(from - h.count, from)));
  const sheets = heads.flatMap((h, k) => (WORKSHEETS.includes(h.name) ? [k] : []));
  if (sheets.length !== 1 || !worksheets.includes(sheet)) return undefined;
  const listed = segments[sheets[0]];
  if (listed.length !== worksheets.length || listed.some((n, k) => n !== worksheets[k]))
    return undefined;
  const gone = heads.map((h, k) =>
    k === sheets[0]
      ? [worksheets.indexOf(sheet)]
      : NAMED_RANGES.includes(h.name)
        ? segments[k].flatMap((n, j) => (onSheet(n ?? "", sheet) ? [j] : []))
        : []
  );
  const splices: Splice[] = [];
  let first = 0;
  let headsLeft = heads.length;
  heads.forEach((h, k) => {
    for (const j of gone[k]) splices.push({ ...titles.items[first + j], text: "" });
    first += h.count;
    const left = h.count - gone[k].length;
    if (left === h.count) return;
    if (left > 0) splices.push({ ...h.countAt, text: String(left) });
    else (splices.push(...h.variants.map((v) => ({ ...v, text: "" }))), headsLeft--);
  });
  const size = (v: Splice, n: number) => ({ ...v, text: setAttr(v.text, "size", String(n)) });
  const removed = gone.reduce((n, g) => n + g.length, 0);
  splices.push(size(titles.open, titles.items.length - removed));
  if (headsLeft < heads.length) splices.push(size(pairs.open, headsLeft * 2));
  return spliced(xml, splices);
}

/**
 * Takes a removed worksheet out of the extended properties' lists, when they are true to the
 * workbook's `worksheets` before (see withoutSheetTitle); a part in an encoding Kehou does not
 * read stays as it is, as the run needs nothing from it.
 */
export function removeSheetTitle(
  pkg: OpcPackage,
  worksheets: readonly string[],
  sheet: string
): void {
  for (const r of readRelationships(pkg, "")) {
    if (r.type !== REL.extendedProperties || !r.part) continue;
    const xml = textIfDecodable(pkg, r.part);
    const left = xml === undefined ? undefined : withoutSheetTitle(xml, worksheets, sheet);
    if (left !== undefined && left !== xml) pkg.set(r.part, left);
  }
}
