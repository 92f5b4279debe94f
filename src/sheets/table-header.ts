import { cellAt, gridWidth, type SheetGrid } from "./grid";
import { normalizeHeader } from "./header-synonyms";

/** A header row of a table that is not a student list (activities, teacher hours, providers). */
export interface TableHeader<F extends string> {
  readonly row: number;
  readonly fields: Readonly<Partial<Record<F, number>>>;
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
  const lookup = new Map<string, F>();
  for (const [field, words] of Object.entries(synonyms) as [F, readonly string[]][])
    for (const w of words) lookup.set(normalizeHeader(w), field);
  let best: TableHeader<F> | undefined;
  let bestCount = 0;
  // Only the first 20 rows are read, so only their width matters (not a scan of every row).
  const last = Math.min(grid.values.length, 20);
  const width = gridWidth({ name: grid.name, values: grid.values.slice(0, last) });
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
