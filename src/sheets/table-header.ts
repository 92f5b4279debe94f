import { cellAt, type SheetGrid } from "./grid";
import { normalizeHeader } from "./header-synonyms";

/** A header row of a table that is not a student list (activities, teacher hours, providers). */
export interface TableHeader<F extends string> {
  readonly row: number;
  readonly fields: Readonly<Partial<Record<F, number>>>;
}

/** Each table's synonyms by their normalised text, made once per table (the tables are constants). */
const lookups = new WeakMap<object, ReadonlyMap<string, string>>();
function lookupOf<F extends string>(
  synonyms: Readonly<Record<F, readonly string[]>>
): ReadonlyMap<string, F> {
  let lookup = lookups.get(synonyms) as Map<string, F> | undefined;
  if (!lookup) {
    lookup = new Map<string, F>();
    for (const [field, words] of Object.entries(synonyms) as [F, readonly string[]][])
      for (const w of words) lookup.set(normalizeHeader(w), field);
    lookups.set(synonyms, lookup);
  }
  return lookup;
}

/**
 * Finds, among a sheet's first 20 rows, the row naming the most of the fields (by their
 * synonyms), provided it names every required one.
 */
export function findTableHeader<F extends string>(
  grid: SheetGrid,
  synonyms: Readonly<Record<F, readonly string[]>>,
  required: readonly NoInfer<F>[]
): TableHeader<F> | undefined {
  const lookup = lookupOf(synonyms);
  let best: TableHeader<F> | undefined;
  let bestCount = 0;
  // Only the first 20 rows are read, so only their width matters (not a scan of every row).
  const last = Math.min(grid.values.length, 20);
  let width = 0;
  for (let row = 0; row < last; row++) width = Math.max(width, grid.values[row]?.length ?? 0);
  for (let row = 0; row < last; row++) {
    const fields: Partial<Record<F, number>> = {};
    for (let col = 0; col < width; col++) {
      const v = cellAt(grid, row, col);
      const field = typeof v === "string" ? lookup.get(normalizeHeader(v)) : undefined;
      if (field !== undefined && fields[field] === undefined) fields[field] = col;
    }
    const count = Object.keys(fields).length;
    if (required.every((f) => fields[f] !== undefined) && count > bestCount) {
      best = { row, fields };
      bestCount = count;
    }
  }
  return best;
}
