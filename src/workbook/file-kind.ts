import { FILE_TEXT, type FileTextKey } from "../findings/messages/file";
import { formatMessage } from "../findings/messages/format";
import {
  firstStoredEntry,
  guardedEntries,
  MAX_UNCOMPRESSED_BYTES,
  zipBombReason,
} from "./package/zip-read";
import { elementsIfReadable } from "./package/xml-text";

/**
 * What a file is, decided by its bytes (never by its name): a package Kehou's own reader reads
 * (.xlsx, .xlsm), a workbook the other reader reads (.xls/.et as BIFF8 in a compound file,
 * LibreOffice's .ods), or a file Kehou refuses, with the Chinese sentence that names it. The
 * name is used only in that sentence, so the command line, the browser page and the pane's
 * 汇总 say the same words about the same bytes.
 */
export type FileKind =
  | { readonly kind: "xlsx" }
  | { readonly kind: "ods" }
  | { readonly kind: "biff" }
  | { readonly kind: "refused"; readonly message: string };

/** A file that is not a workbook Kehou reads, said as what it is (a complete Chinese sentence). */
export class RefusedFile extends Error {}

/**
 * A refused file's sentence from the one message table, in Chinese (the doors say files in
 * Chinese): `file` is its name as the user gave it; for `otherOffice`, `document` is the
 * table's `doc…` entry of what the file is instead.
 */
export function fileMessage(key: FileTextKey, file: string, document?: FileTextKey): string {
  const what = document && { document: formatMessage(FILE_TEXT[document]) };
  return formatMessage(FILE_TEXT[key], { file, ...what });
}

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
const refused = (key: FileTextKey, file: string, document?: FileTextKey): FileKind => ({
  kind: "refused",
  message: fileMessage(key, file, document),
});

/**
 * The file's kind by its bytes.
 *
 * @example fileKind(new TextEncoder().encode("学号,姓名\n"), "名册.xlsx")
 * //=> { kind: "refused", message: "「名册.xlsx」是 CSV 文本，不是 .xlsx 工作簿：…" }
 */
export function fileKind(bytes: Uint8Array, file: string): FileKind {
  if (bytes.length === 0) return refused("empty", file);
  if (startsWith(bytes, COMPOUND)) return compoundFileKind(bytes, file);
  if (isZip(bytes)) return zipKind(bytes, file);
  if (isLockFile(bytes, file)) return refused("lock", file);
  if (isOldBiff(bytes)) return refused("biffOld", file);
  if (startsWith(bytes, PDF)) return refused("otherOffice", file, "docPdf");
  return textKind(bytes, file);
}

/** The first bytes of a compound file (.xls, .et, .doc …), a PDF, and a zip or an empty one. */
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/**
 * Whether a file is a zip, a compound file or a PDF by its first bytes, as fileKind tells
 * them: never text to decode (a bureau's list given as a workbook is opened as one, or refused).
 */
export function hasBinarySignature(bytes: Uint8Array): boolean {
  return startsWith(bytes, COMPOUND) || isZip(bytes) || startsWith(bytes, PDF);
}

function startsWith(bytes: Uint8Array, head: readonly number[], at = 0): boolean {
  return head.every((b, i) => bytes[at + i] === b);
}

/**
 * The names of a compound file's streams and storages (MS-CFB §2.6): directory entries are
 * 128 bytes and every sector starts on a multiple of 128, so each entry is found at such an
 * offset, with its name's length (§2.6.1, including the terminator) and a stream or storage
 * type. Read from every sector rather than by following the FAT, so a truncated file still
 * names what it holds.
 */
function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = view.getUint16(at + 0x40, true);
    const type = bytes[at + 0x42];
    if (length < 4 || length > 64 || length % 2 !== 0 || type < 1 || type > 5) continue;
    if (view.getUint16(at + length - 2, true) !== 0) continue;
    let name = "";
    for (let i = 0; i < length - 2; i += 2) {
      const code = view.getUint16(at + i, true);
      // "\x05SummaryInformation": a leading control character names a property set (§2.6.1).
      if (code < 0x20 && i === 0) continue;
      name += String.fromCharCode(code);
    }
    if (/^[ -~]+$/.test(name)) names.add(name);
  }
  return names;
}

/**
 * A compound file: an Excel 97–2003 or WPS workbook (a `Workbook` stream, BIFF8; `Book` for
 * BIFF5), an OOXML package encrypted with a password (MS-OFFCRYPTO §2.3.4: `EncryptionInfo`
 * and `EncryptedPackage` streams), or another Office document.
 */
function compoundFileKind(bytes: Uint8Array, file: string): FileKind {
  if (bytes.length < 512 || !startsWith(bytes, [0xa1, 0xb1, 0x1a, 0xe1], 4))
    return refused("biffDamaged", file);
  const names = compoundFileNames(bytes);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo"))
    return refused("encrypted", file);
  if (names.has("Workbook") || names.has("Book") || names.has("WORKBOOK")) return { kind: "biff" };
  if (names.has("WordDocument")) return refused("otherOffice", file, "docWord");
  if (names.has("PowerPoint Document")) return refused("otherOffice", file, "docPowerPoint");
  // No stream named: most often a workbook cut short before its directory (the reader says so).
  return { kind: "biff" };
}

/** The small entries that say what a zip is, read when they declare less than 1 MB. */
const TELLING = new Set(["mimetype", "META-INF/manifest.xml"]);

/**
 * A zip: an ODF document (its first entry is `mimetype`, stored, ODF 1.2 Part 3 §3.3), an
 * .xlsb (`xl/workbook.bin`), another OOXML document, or a package Kehou's reader opens (which
 * says itself what is wrong with a damaged one). Read by the package layer's zip reader under
 * its limits, only the entries that tell inflated; a zip it refuses goes on to the reader
 * that opens it, which refuses it in the same words.
 */
function zipKind(bytes: Uint8Array, file: string): FileKind {
  const firstMime = storedMimetype(bytes);
  const entries = guardedEntries(
    bytes,
    true,
    undefined,
    (name, size) => TELLING.has(name) && size < 1 << 20
  );
  if (!Array.isArray(entries)) {
    if (!firstMime?.startsWith(ODS_MIME)) return { kind: "xlsx" };
    return entries === undefined ? refused("odsDamaged", file) : { kind: "ods" };
  }
  const data = (name: string) => entries.find((e) => e.name === name)?.data;
  const manifest = data("META-INF/manifest.xml");
  const inflatedMime = data("mimetype");
  const mimetype = inflatedMime ? new TextDecoder().decode(inflatedMime).trim() : firstMime;
  if (mimetype?.startsWith(ODS_MIME)) {
    // ODF 1.2 Part 3 §4.8.1: an encrypted part's manifest entry holds <manifest:encryption-data>.
    // Found as parsed, so a comment that names it does not refuse a plain one.
    const xml = manifest && new TextDecoder().decode(manifest);
    if (xml && elementsIfReadable(xml, "encryption-data").length > 0)
      return refused("encryptedOds", file);
    return { kind: "ods" };
  }
  const names = entries.map((e) => e.name);
  const has = (name: string) => names.some((n) => n.toLowerCase() === name);
  const under = (dir: string) => names.some((n) => n.toLowerCase().startsWith(dir));
  if (has("xl/workbook.bin")) return refused("xlsb", file);
  if (mimetype?.startsWith("application/vnd.oasis.opendocument."))
    return refused("otherOffice", file, "docOpenDocument");
  if (under("word/")) return refused("otherOffice", file, "docWordX");
  if (under("ppt/")) return refused("otherOffice", file, "docPowerPointX");
  if (has("[content_types].xml") || under("xl/")) return { kind: "xlsx" };
  return refused("zip", file);
}

/** The first entry's content when it is a stored `mimetype` (readable even when the zip is cut short). */
function storedMimetype(bytes: Uint8Array): string | undefined {
  const first = firstStoredEntry(bytes, 200);
  return first?.name === "mimetype" ? new TextDecoder().decode(first.data).trim() : undefined;
}

/**
 * An owner file that Excel and WPS keep beside an open workbook (`~$学校.xlsx`: the user's
 * name in a length-prefixed field padded with spaces to 54 bytes, 162 or 165 bytes in all), or
 * LibreOffice's `.~lock.学校.xlsx#` (one CSV line naming the user).
 */
function isLockFile(bytes: Uint8Array, file: string): boolean {
  const base = file.replace(/^.*[\\/]/, "");
  if (base.startsWith(".~lock.") && bytes.length < 4096) return true;
  if (base.startsWith("~$") && bytes.length < 4096) return true;
  if (bytes.length !== 162 && bytes.length !== 165) return false;
  const n = bytes[0];
  if (n < 1 || n > 53) return false;
  for (let i = n + 1; i <= 53; i++) if (bytes[i] !== 0x20) return false;
  return true;
}

/** A BIFF2–BIFF4 worksheet: a bare BOF record (0x0009, 0x0209, 0x0409), not a compound file. */
function isOldBiff(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[1] > 0x04 || bytes[0] !== 0x09) return false;
  const length = bytes[2] | (bytes[3] << 8);
  return (
    (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04) && length >= 4 && length <= 16
  );
}

/** Text: CSV (or tab-separated), a web page saved as .xls, Excel 2003 XML, or unknown. */
function textKind(bytes: Uint8Array, file: string): FileKind {
  // Excel's "Unicode text" is UTF-16 LE with a BOM; CSV is UTF-8 (or GBK, read for commas only).
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const head = new TextDecoder(utf16 ? "utf-16le" : "utf-8")
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, "");
  if (head.includes("\u0000")) {
    return /\.csv$/i.test(file) ? refused("csv", file) : refused("unknown", file);
  }
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return refused("xml2003", file);
  if (/^\s*<(!doctype html|html|table|meta)\b/i.test(head) || /<table\b/i.test(head))
    return refused("html", file);
  if (/\.csv$/i.test(file) || /^[^\n]*[,\t，][^\n]*(\r?\n|$)/.test(head))
    return refused("csv", file);
  return refused("unknown", file);
}

/**
 * Why an .xls/.et or .ods must not be read, or undefined: an .ods is checked by the zip guard
 * as an .xlsx is (entries, declared and real sizes, 200 MB inflated) before the other reader
 * inflates it; a compound file is read whole, so it may be no larger than that.
 */
export function otherFormatLimit(
  bytes: Uint8Array,
  kind: "biff" | "ods",
  file: string
): string | undefined {
  if (kind === "ods") {
    const reason = zipBombReason(bytes);
    return reason && formatMessage(FILE_TEXT.unreadable, { file, reason });
  }
  if (bytes.length > MAX_UNCOMPRESSED_BYTES)
    return formatMessage(FILE_TEXT.unreadable, {
      file,
      reason: formatMessage(FILE_TEXT.tooLarge, {
        mb: Math.round(MAX_UNCOMPRESSED_BYTES / 1024 / 1024),
      }),
    });
  return undefined;
}
