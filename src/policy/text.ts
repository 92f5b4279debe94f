/**
 * Text NFKC leaves as it is: ASCII and the CJK unified ideographs (U+4E00–U+9FFF) have no
 * decomposition and compose with nothing, so a cell of only these needs no normalising.
 */
// eslint-disable-next-line no-control-regex
const NFKC_STABLE = /^[\u0000-\u007f\u4e00-\u9fff]*$/;

/**
 * Normalises what people type into cells: full-width digits, letters, colons and spaces
 * become half-width (NFKC), and surrounding whitespace goes.
 * @example normalizeText("１７：３０ ") //=> "17:30"
 */
export function normalizeText(text: string): string {
  // Most cells (学号, 姓名, 17:30) are already normal: NFKC is a per-cell cost otherwise.
  if (NFKC_STABLE.test(text)) return text.trim();
  return normalizeFully(text);
}

/** The plain path: NFKC, the ideographic space as a space, trimmed. */
export function normalizeFully(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\u3000/g, " ")
    .trim();
}
