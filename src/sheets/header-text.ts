/** Normalised headers by their text: a run reads the same few header texts in every school. */
const normalized = new Map<string, string>();
/** Texts kept at most, so a run over many odd files stays small (the cache starts again). */
const KEPT = 4096;

/** A header as compared: full-width folded, no spaces, no bracketed notes, no 是否 prefix. */
export function normalizeHeader(text: string): string {
  let n = normalized.get(text);
  if (n === undefined) {
    if (normalized.size >= KEPT) normalized.clear();
    n = text
      .normalize("NFKC")
      .replace(/[(（【[].*?[)）】\]]/g, "")
      .replace(/[\s*:：]/g, "")
      .replace(/^是否/, "")
      .toLowerCase();
    normalized.set(text, n);
  }
  return n;
}
