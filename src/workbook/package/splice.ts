/** One edit of a part's text: the span [start, end) becomes `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The text with these edits made (spans that do not overlap, in any order); everything
 * between them stays the bytes it was.
 * @example spliced("<a><b/><c/></a>", [{ start: 3, end: 7, text: "" }]) //=> "<a><c/></a>"
 */
export function spliced(xml: string, splices: readonly Splice[]): string {
  let out = xml;
  for (const s of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
