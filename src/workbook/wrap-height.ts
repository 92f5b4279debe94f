/** Excel's default row height, in points (Calibri 11). */
export const DEFAULT_ROW_POINTS = 15;

/**
 * Width of text in column-width units (the width of a digit): about two for a Chinese
 * character, one for a Latin one. An estimate, rounded up, for row heights.
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\uffef]/.test(ch) ? 2.1 : 1.1;
  return units;
}

/**
 * Lines a text takes when it wraps in a column of a width: the row height a reader would
 * otherwise never see, since LibreOffice keeps a written file's row heights and Excel keeps
 * the default for rows it does not measure.
 * @example wrappedLines("课后服务".repeat(20), 40) //=> 5
 */
export function wrappedLines(text: string, width: number): number {
  return Math.max(1, Math.ceil(textUnits(text) / Math.max(width - 1, 1)));
}
