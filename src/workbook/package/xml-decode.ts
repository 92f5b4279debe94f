// The one decoder of XML text and attributes, for the cell reader and the writer alike, beside
// the escaper (xml-text.ts). Not in that file: it reads attributes and elements through the
// cell reader's scanner, which decodes here (xml-text → cells/xml-scanner → xml-text would be
// an import cycle).

/** The five entities XML predefines. */
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** A code point as a string, or undefined when XML cannot carry it (the reference is kept). */
function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/**
 * Character data as an XML parser hands it on: line ends normalised to \n (XML 1.0 §2.11),
 * then the predefined entities and numeric character references decoded. A reference that is
 * none of these is kept as written (a parser would stop; Kehou reads on).
 */
export function xmlText(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const n = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return codePoint(n) ?? whole;
  });
}

/**
 * An attribute value as an XML parser hands it on: each raw tab, line end or newline is a
 * space (XML 1.0 §3.3.3), then the references decoded (so &#10; stays a newline).
 */
export function attributeText(raw: string): string {
  return xmlText(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw);
}

/**
 * An ST_Xstring as Excel reads it: `_xHHHH_` is the character U+HHHH (how SpreadsheetML
 * writes characters XML cannot hold, such as _x000D_), and `_x005F_` before such a sequence
 * keeps it literal (ECMA-376 Part 1 §22.9.2.19; [MS-OI29500] 2.1.1747).
 */
export function xstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
