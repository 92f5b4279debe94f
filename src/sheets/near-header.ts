import { a1 } from "./a1";
import { finding, type Finding } from "../findings/finding";
import { cellAt, type SheetGrid } from "./grid";
import type { HeaderRow } from "./header-row";
import { HEADER_SYNONYMS, headerVariant, normalizeHeader } from "./header-synonyms";

/** Headers schools keep that are one character from a field's and mean something else. */
const NOT_NEAR = new Set(
  ["退费日期", "退款日期", "缴费日期", "签到时间", "签退时间"].map(headerVariant)
);

/** Known headers of 4+ characters (as matched), each with the word shown to the user. */
const KNOWN: readonly { readonly variant: string; readonly word: string }[] = Object.values(
  HEADER_SYNONYMS
)
  .flat()
  .map((word) => ({ variant: headerVariant(normalizeHeader(word)), word }))
  .filter((k) => k.variant.length >= 4);

/** Whether two texts differ by one character changed, added, left out, or two swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The known header an unread one is likely meant as: one character off (协议签汀日期 for
 * 协议签订日期), else undefined.
 * @example nearHeader("协义签订日期") //=> "协议签订日期"
 */
export function nearHeader(text: string): string | undefined {
  const v = headerVariant(normalizeHeader(text));
  if (v.length < 3 || NOT_NEAR.has(v)) return undefined;
  return KNOWN.find((k) => oneEditApart(v, k.variant))?.word;
}

/**
 * A finding at each header of a sheet's header row that Kehou did not read but that is one
 * character from one it reads: the column's rule was not applied, so the user is asked.
 */
export function nearHeaderFindings(grid: SheetGrid, header: HeaderRow): Finding[] {
  const out: Finding[] = [];
  for (const col of header.otherColumns) {
    const value = cellAt(grid, header.row, col);
    if (typeof value !== "string") continue;
    const expected = nearHeader(value);
    if (expected)
      out.push(
        finding(
          "HEADER_NEAR_MISS",
          { sheet: grid.name, cell: a1(header.row, col) },
          { value, expected }
        )
      );
  }
  return out;
}
