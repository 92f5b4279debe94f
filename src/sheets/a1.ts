/**
 * The column letters of a 0-based column index.
 * @example columnLetters(27) //=> "AB"
 */
export function columnLetters(col: number): string {
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
