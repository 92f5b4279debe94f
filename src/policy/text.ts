/**
 * Whether NFKC leaves a text as it is: ASCII and the CJK unified ideographs (U+4E00–U+9FFF)
 * have no decomposition and compose with nothing, so a cell of only these needs no
 * normalising. Compared code unit by code unit (a regular expression per cell costs more).
 */
function nfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/**
 * Normalises what people type into cells: full-width digits, letters, colons and spaces
 * become half-width (NFKC), and surrounding whitespace goes.
 * @example normalizeText("１７：３０ ") //=> "17:30"
 */
export function normalizeText(text: string): string {
  // Most cells (学号, 姓名, 17:30) are already normal: NFKC is a per-cell cost otherwise.
  if (nfkcStable(text)) return text.trim();
  return normalizeFully(text);
}

/** The plain path: NFKC, the ideographic space as a space, trimmed. */
export function normalizeFully(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\u3000/g, " ")
    .trim();
}
