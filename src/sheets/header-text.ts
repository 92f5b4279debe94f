/** A header as compared: full-width folded, no spaces, no bracketed notes, no 是否 prefix. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[(（【[].*?[)）】\]]/g, "")
    .replace(/[\s*:：]/g, "")
    .replace(/^是否/, "")
    .toLowerCase();
}
