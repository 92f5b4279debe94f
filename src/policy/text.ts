/**
 * Normalises what people type into cells: full-width digits, letters, colons and spaces
 * become half-width (NFKC), and surrounding whitespace goes.
 * @example normalizeText("１７：３０ ") //=> "17:30"
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\u3000/g, " ")
    .trim();
}
