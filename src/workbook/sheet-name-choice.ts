/**
 * The name to write an output sheet under: its own name when free or when the sheet there
 * is Kehou's (it is replaced); otherwise "name (2)", "name (3)" … so a user's sheet that
 * happens to have the name is never touched.
 */
export function chooseSheetName(
  desired: string,
  existing: ReadonlyMap<string, { owned: boolean }>
): string {
  const taken = (name: string) =>
    [...existing].some(([n, s]) => !s.owned && n.toLowerCase() === name.toLowerCase());
  if (!taken(desired)) return desired;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = desired.slice(0, 31 - suffix.length) + suffix;
    if (!taken(name)) return name;
  }
}

/**
 * A table name not in use anywhere in the workbook (Excel requires table names unique per
 * workbook, case-insensitive): the desired one, else "name_2", "name_3" …
 */
export function chooseTableName(desired: string, inUse: ReadonlyMap<string, unknown>): string {
  if (!inUse.has(desired.toLowerCase())) return desired;
  for (let i = 2; ; i++) if (!inUse.has(`${desired}_${i}`.toLowerCase())) return `${desired}_${i}`;
}
