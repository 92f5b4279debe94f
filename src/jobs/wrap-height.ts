/** Excel's default row height, in points (Calibri 11). */
export const DEFAULT_ROW_POINTS = 15;

/**
 * How a renderer lays text out in a column, in pixels at 96 DPI: the width of the digit a
 * column width counts (the Normal style's font, Calibri 11 in the workbooks Kehou writes;
 * ECMA-376 §18.3.1.13), the cell's inner margins, and the em of a font size.
 */
export interface TextMetrics {
  readonly digitPx: number;
  readonly paddingPx: number;
  readonly emPx: (points: number) => number;
}

/**
 * Excel and WPS at 96 DPI: Calibri's digit is 7 px and a width includes 5 px of padding;
 * fonts are drawn at whole pixels (11 pt is 15 px). The default: a school's sheet is printed
 * from Excel or WPS, and a row estimated short would hide its last line.
 */
export const EXCEL_METRICS: TextMetrics = {
  digitPx: 7,
  paddingPx: 5,
  emPx: (points) => Math.ceil((points * 96) / 72),
};

/**
 * LibreOffice as Kehou's `--pdf` runs it (its profile draws Calibri as Noto Sans Mono CJK SC,
 * whose digit is half an em, and 等线 as Noto Sans CJK SC): the digit 5.5 pt at 11 pt, about
 * 6 px of cell margins, fonts at their exact size. Its column holds 39 CJK characters where
 * Excel's holds 37, so heights estimated for Excel leave it blank lines.
 */
export const LIBREOFFICE_METRICS: TextMetrics = {
  digitPx: (5.5 * 96) / 72,
  paddingPx: 6,
  emPx: (points) => (points * 96) / 72,
};

/**
 * Characters drawn a full em wide by 等线 and the CJK faces standing in for it: CJK
 * ideographs, kana and hangul, full-width forms and punctuation, and the GB 2312 symbols
 * (§ → □ × ÷ …).
 */
const FULL_WIDTH =
  /[\u00a7\u00b0\u00b1\u00d7\u00f7\u2010-\u2027\u2030-\u2033\u2190-\u21ff\u2200-\u22ff\u2460-\u24ff\u2500-\u27bf\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Latin letters, digits and signs by width, in em: Noto Sans CJK SC's, measured in
 * LibreOffice's PDFs (digits 0.555, parentheses 0.336, colon and stop 0.281, hyphen 0.345,
 * a, e 0.56, m 0.93), which 等线's are near.
 */
const LATIN_EM: readonly [RegExp, number][] = [
  [/\s/u, 0.23],
  [/[.,:;'!|il]/u, 0.29],
  [/[()[\]{}\-`j]/u, 0.35],
  [/[%@mwMWQGOD&]/u, 0.93],
];

/** A character's width in em: full for CJK, about half for most Latin. */
function charEm(ch: string): number {
  if (FULL_WIDTH.test(ch)) return 1;
  for (const [set, em] of LATIN_EM) if (set.test(ch)) return em;
  return 0.57;
}

/** Closing punctuation a line may not start with: the character before it goes down with it. */
const NO_LINE_START = /[，。、；：？！）》」』】〕〉”’…,.;:?!)\]}%]/u;

/**
 * The pieces a line breaks between: one CJK character (with the closing punctuation after
 * it, which may not start a line), a Latin word, or a space.
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const [piece] of text.matchAll(
    /\s|[\u2e80-\uffef\u00a7\u00d7\u00f7\u2190-\u21ff\u25a0-\u25ff]|[^\s\u2e80-\uffef\u00a7\u00d7\u00f7\u2190-\u21ff\u25a0-\u25ff]+/gu
  )) {
    const last = out.length - 1;
    if (last >= 0 && NO_LINE_START.test(piece[0]) && !/\s/u.test(out[last])) out[last] += piece;
    else out.push(piece);
  }
  return out;
}

/**
 * Lines a text takes when it wraps in a column of a width, at a font size: the row height a
 * reader would otherwise never see, since LibreOffice keeps a written file's row heights and
 * Excel keeps the default for rows it does not measure. Filled line by line as the renderer
 * does: CJK characters a full em, Latin about half (measured), words and a character with the closing
 * punctuation after it kept whole, the text's own line breaks kept.
 * @example wrappedLines("课后服务".repeat(20), 40) //=> 5
 */
export function wrappedLines(
  text: string,
  width: number,
  { points = 11, metrics = EXCEL_METRICS }: { points?: number; metrics?: TextMetrics } = {}
): number {
  const em = metrics.emPx(points);
  const room = Math.max(width * metrics.digitPx - metrics.paddingPx, em);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/u)) {
    let used = 0;
    lines++;
    for (const piece of pieces(paragraph)) {
      let px = 0;
      for (const ch of piece) px += charEm(ch) * em;
      if (/^\s$/u.test(piece)) {
        // A space at a line's end takes no room on the next.
        used = Math.min(used + px, room);
        continue;
      }
      if (used > 0 && used + px > room + 0.01) {
        lines++;
        used = 0;
      }
      // A word longer than the column breaks where it must.
      while (px > room + 0.01) {
        lines++;
        px -= room;
      }
      used += px;
    }
  }
  return Math.max(1, lines);
}
