/** Columns a text takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch
      )
        ? 2
        : 1;
  return width;
}

/** Pads a text on the right to a display width. */
export function padDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads a text on the left to a display width. */
export function padDisplayStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * Wraps a text to lines of at most `width` display columns, the later ones indented; breaks
 * at spaces in Latin text and anywhere between CJK characters.
 *
 * @example wrapDisplay("kehou charge FILE [-o OUT.xlsx]", 20, 4) //=> ["kehou charge FILE", "    [-o OUT.xlsx]"]
 */
export function wrapDisplay(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = "";
  const tokens = text.match(/[\x21-\x7e]+|\s+|./gu) ?? [];
  for (const token of tokens) {
    const room = width - (lines.length > 0 ? indent : 0);
    if (displayWidth(line + token) > room && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(token) ? "" : token;
    } else line += token;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.map((l, i) => (i === 0 ? l : " ".repeat(indent) + l));
}
