import { formatMessage } from "../../findings/messages/format";
import { PACKAGE_TEXT } from "../../findings/messages/package";

/**
 * An XML part that is in an encoding Kehou does not read, with what to tell the user (in
 * Chinese). OPC allows UTF-8 and UTF-16 only (ECMA-376 Part 2, §8.1.4), so this is a file no
 * spreadsheet program wrote, never a damaged one.
 */
export class PartEncodingError extends Error {}

const UTF8 = new TextDecoder("utf-8");
const UTF16LE = new TextDecoder("utf-16le");
const UTF16BE = new TextDecoder("utf-16be");

/** The encoding an XML declaration names (read as ASCII from the first bytes), lower case. */
function declaredEncoding(bytes: Uint8Array, step: number, offset: number): string | undefined {
  let head = "";
  for (let i = offset; i < Math.min(bytes.length, 200 * step); i += step) {
    const c = bytes[i];
    head += String.fromCharCode(c);
    if (c === 0x3e) break; // the declaration's closing >
  }
  if (!head.startsWith("<?xml")) return undefined;
  return /\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1].toLowerCase();
}

/** What to do with a file Kehou cannot read: Excel or WPS re-saves it as a plain .xlsx. */
export const RESAVE = "请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试";

/**
 * A part's text, decoded as an XML parser decodes it (XML 1.0 Appendix F): by its byte order
 * mark, else by the bytes `<?` start with and the declared encoding; UTF-8 when nothing is
 * said. A declared encoding other than UTF-8 or UTF-16 is refused, naming the part.
 */
export function partText(bytes: Uint8Array, part: string): string {
  const [a, b, c, d] = bytes;
  // UTF-32 (XML 1.0 Appendix F: 00 00 FE FF, FF FE 00 00, or "<" as 00 00 00 3C, 3C 00 00 00)
  // before UTF-16, whose mark FF FE it starts with: ECMA-376 Part 2 §8.1.4 allows no UTF-32.
  const utf32 =
    (a === 0 && b === 0 && ((c === 0xfe && d === 0xff) || (c === 0 && d === 0x3c))) ||
    (((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)) && c === 0 && d === 0);
  if (utf32) throw encodingError(part, "UTF-32");
  if (a === 0xef && b === 0xbb && c === 0xbf) return UTF8.decode(bytes);
  if (a === 0xff && b === 0xfe) return UTF16LE.decode(bytes);
  if (a === 0xfe && b === 0xff) return UTF16BE.decode(bytes);
  // No mark: "<?" as UTF-16 without one (00 3C 00 3F big-endian, 3C 00 3F 00 little-endian).
  if (a === 0x00 && b === 0x3c) return checked(UTF16BE, declaredEncoding(bytes, 2, 1), bytes, part);
  if (a === 0x3c && b === 0x00) return checked(UTF16LE, declaredEncoding(bytes, 2, 0), bytes, part);
  return checked(UTF8, declaredEncoding(bytes, 1, 0), bytes, part);
}

function checked(
  decoder: TextDecoder,
  declared: string | undefined,
  bytes: Uint8Array,
  part: string
): string {
  const utf16 = decoder !== UTF8;
  const fits =
    declared === undefined ||
    (utf16 ? /^utf-?16(le|be)?$/.test(declared) : declared === "utf-8" || declared === "utf8");
  if (!fits) throw encodingError(part, declared);
  return decoder.decode(bytes);
}

const encodingError = (part: string, encoding: string) =>
  new PartEncodingError(formatMessage(PACKAGE_TEXT.partEncoding, { part, encoding }));

/**
 * A part's text, or undefined where it is in an encoding Kehou does not read (see partText):
 * for a part the run can do without, which then stays the bytes it was.
 */
export function textIfDecodable(
  pkg: { text(name: string): string | undefined },
  part: string
): string | undefined {
  try {
    return pkg.text(part);
  } catch (e) {
    if (e instanceof PartEncodingError) return undefined;
    throw e;
  }
}

/**
 * Text to store as a part: UTF-8, so an XML declaration that named UTF-16 (a part Kehou read
 * in UTF-16 and changed) now says UTF-8.
 */
export function utf8Declared(xml: string): string {
  if (!xml.startsWith("<?xml")) return xml;
  const end = xml.indexOf("?>");
  const declaration = xml.slice(0, end);
  const fixed = declaration.replace(/(\sencoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
  return fixed === declaration ? xml : fixed + xml.slice(end);
}
