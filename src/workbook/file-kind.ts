import { unzipSync } from "fflate";
import { MAX_UNCOMPRESSED_BYTES, zipBombReason } from "./zip-guard";

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

const READS = "Kehou 读取 .xlsx、.xlsm、.xls、.et 与 .ods 工作簿";
const RESAVE = "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试";

/** The sentences, one per kind of file refused; `f` is the file's name as the user gave it. */
export const FILE_MESSAGES = {
  empty: (f: string) => `「${f}」是空文件，不是工作簿`,
  csv: (f: string) =>
    `「${f}」是 CSV 文本，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试`,
  lock: (f: string) =>
    `「${f}」是 Excel 或 WPS 打开工作簿时留下的锁定文件（LibreOffice 的以 .~lock 开头），不是工作簿：请选择它旁边文件名不带 ~$ 或 .~lock 的工作簿本身（它正被打开时，请先关闭）`,
  xlsb: (f: string) =>
    `「${f}」是 Excel 二进制工作簿（.xlsb），Kehou 不读取这种格式：请在 Excel 中「另存为」Excel 工作簿（.xlsx）再试`,
  encrypted: (f: string) =>
    `「${f}」设有打开密码（已加密），Kehou 无法读取：请在 Excel 中打开，于「文件 → 信息 → 保护工作簿 → 用密码进行加密」删除密码并保存（WPS：「文件 → 文档加密 → 密码加密」清除打开密码），再试`,
  encryptedOds: (f: string) =>
    `「${f}」设有打开密码（已加密），Kehou 无法读取：请在 LibreOffice 中打开，「文件 → 另存为」时取消勾选「使用密码保存」，再试`,
  biffOld: (f: string) =>
    `「${f}」是 Excel 2.x–4.0 的旧版工作表（BIFF2–4），Kehou 不读取这种格式：${RESAVE}`,
  biffDamaged: (f: string) =>
    `「${f}」是 .xls/.et 格式的文件，但已损坏或不完整：请在 Excel 或 WPS 中重新打开并另存为 .xlsx 后再试`,
  odsDamaged: (f: string) =>
    `「${f}」是 LibreOffice 工作簿（.ods），但文件已损坏或不完整：请在 LibreOffice 中重新打开并另存后再试`,
  otherOffice: (f: string, what: string) => `「${f}」是${what}，不是工作簿：${READS}`,
  html: (f: string) => `「${f}」是网页（HTML）格式的表格，不是工作簿：${RESAVE}`,
  xml2003: (f: string) => `「${f}」是 Excel 2003 XML 表格，Kehou 不读取这种格式：${RESAVE}`,
  zip: (f: string) => `「${f}」是 zip 压缩包，不是工作簿：请解压后选择其中的工作簿`,
  unknown: (f: string) => `「${f}」不是工作簿（无法识别的文件格式）：${READS}`,
} as const;

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
const refused = (message: string): FileKind => ({ kind: "refused", message });

/**
 * The file's kind by its bytes.
 *
 * @example fileKind(new TextEncoder().encode("学号,姓名\n"), "名册.xlsx")
 * //=> { kind: "refused", message: "「名册.xlsx」是 CSV 文本，不是 .xlsx 工作簿：…" }
 */
export function fileKind(bytes: Uint8Array, file: string): FileKind {
  if (bytes.length === 0) return refused(FILE_MESSAGES.empty(file));
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return compoundFileKind(bytes, file);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return zipKind(bytes, file);
  if (isLockFile(bytes, file)) return refused(FILE_MESSAGES.lock(file));
  if (isOldBiff(bytes)) return refused(FILE_MESSAGES.biffOld(file));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return refused(FILE_MESSAGES.otherOffice(file, " PDF 文件"));
  return textKind(bytes, file);
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
    return refused(FILE_MESSAGES.biffDamaged(file));
  const names = compoundFileNames(bytes);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo"))
    return refused(FILE_MESSAGES.encrypted(file));
  if (names.has("Workbook") || names.has("Book") || names.has("WORKBOOK")) return { kind: "biff" };
  if (names.has("WordDocument"))
    return refused(FILE_MESSAGES.otherOffice(file, " Word 文档（.doc）"));
  if (names.has("PowerPoint Document"))
    return refused(FILE_MESSAGES.otherOffice(file, " PowerPoint 演示文稿（.ppt）"));
  // No stream named: most often a workbook cut short before its directory (the reader says so).
  return { kind: "biff" };
}

/**
 * A zip: an ODF document (its first entry is `mimetype`, stored, ODF 1.2 Part 3 §3.3), an
 * .xlsb (`xl/workbook.bin`), another OOXML document, or a package Kehou's reader opens (which
 * says itself what is wrong with a damaged one).
 */
function zipKind(bytes: Uint8Array, file: string): FileKind {
  const firstMime = storedMimetype(bytes);
  const names: string[] = [];
  let manifest: Uint8Array | undefined;
  let mimetype: string | undefined = firstMime;
  try {
    const inflated = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return (
          (f.name === "META-INF/manifest.xml" || f.name === "mimetype") && f.originalSize < 1 << 20
        );
      },
    });
    manifest = inflated["META-INF/manifest.xml"];
    if (inflated.mimetype) mimetype = new TextDecoder().decode(inflated.mimetype).trim();
  } catch {
    if (firstMime?.startsWith(ODS_MIME)) return refused(FILE_MESSAGES.odsDamaged(file));
    return { kind: "xlsx" };
  }
  if (mimetype?.startsWith(ODS_MIME)) {
    // ODF 1.2 Part 3 §4.8.1: an encrypted part's manifest entry holds <manifest:encryption-data>.
    if (manifest && /<manifest:encryption-data\b/.test(new TextDecoder().decode(manifest)))
      return refused(FILE_MESSAGES.encryptedOds(file));
    return { kind: "ods" };
  }
  const has = (name: string) => names.some((n) => n.toLowerCase() === name);
  const under = (dir: string) => names.some((n) => n.toLowerCase().startsWith(dir));
  if (has("xl/workbook.bin")) return refused(FILE_MESSAGES.xlsb(file));
  if (mimetype?.startsWith("application/vnd.oasis.opendocument."))
    return refused(FILE_MESSAGES.otherOffice(file, "其他 OpenDocument 文档（不是表格）"));
  if (under("word/")) return refused(FILE_MESSAGES.otherOffice(file, " Word 文档（.docx）"));
  if (under("ppt/"))
    return refused(FILE_MESSAGES.otherOffice(file, " PowerPoint 演示文稿（.pptx）"));
  if (has("[content_types].xml") || under("xl/")) return { kind: "xlsx" };
  return refused(FILE_MESSAGES.zip(file));
}

/** The first entry's content when it is a stored `mimetype` (readable even when the zip is cut short). */
function storedMimetype(bytes: Uint8Array): string | undefined {
  if (bytes.length < 38) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extra = view.getUint16(28, true);
  const decoder = new TextDecoder();
  if (method !== 0 || nameLength !== 8 || size > 200) return undefined;
  if (decoder.decode(bytes.subarray(30, 38)) !== "mimetype") return undefined;
  const from = 38 + extra;
  return decoder.decode(bytes.subarray(from, from + size)).trim();
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
    return /\.csv$/i.test(file)
      ? refused(FILE_MESSAGES.csv(file))
      : refused(FILE_MESSAGES.unknown(file));
  }
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head))
    return refused(FILE_MESSAGES.xml2003(file));
  if (/^\s*<(!doctype html|html|table|meta)\b/i.test(head) || /<table\b/i.test(head))
    return refused(FILE_MESSAGES.html(file));
  if (/\.csv$/i.test(file) || /^[^\n]*[,\t，][^\n]*(\r?\n|$)/.test(head))
    return refused(FILE_MESSAGES.csv(file));
  return refused(FILE_MESSAGES.unknown(file));
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
    return reason && `无法读取「${file}」：${reason}`;
  }
  if (bytes.length > MAX_UNCOMPRESSED_BYTES)
    return `无法读取「${file}」：工作簿超过 ${Math.round(MAX_UNCOMPRESSED_BYTES / 1024 / 1024)} MB，已拒绝打开`;
  return undefined;
}
