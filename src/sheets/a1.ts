/** The letters of the first 1,024 columns, worked out as first asked for. */
const LETTERS: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);

/**
 * The column letters of a 0-based column index.
 * @example columnLetters(27) //=> "AB"
 */
export function columnLetters(col: number): string {
  // A sheet's findings name a few columns tens of thousands of times: each one's letters once.
  if (col >= 0 && col < LETTERS.length && (col | 0) === col)
    return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a 0-based row and column.
 * @example a1(4, 2) //=> "C5"
 */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A sheet-qualified reference for formulas and links: 'My Sheet'!C5. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * 0-based row and column of an A1 address (no sheet, no $), or undefined for anything else:
 * the one reader of addresses the workbook layer parses.
 * @example rowCol("B5") //=> [4, 1]
 */
export function rowCol(ref: string): [number, number] | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

/**
 * An A1 address as Kehou writes it, from one a host or a school wrote otherwise (lower case,
 * `$` anchors: `b2`, `$B$2`), for matching only; undefined for anything that is not one cell.
 * @example canonicalA1("$b$2") //=> "B2"
 */
export function canonicalA1(ref: string): string | undefined {
  const at = rowCol(ref.replace(/\$/g, "").toUpperCase());
  return at && a1(at[0], at[1]);
}
