import { formatMessage } from "../../findings/messages/format";
import { PACKAGE_TEXT } from "../../findings/messages/package";
import { crc32 } from "./crc32";
import { fflateInflate, type Inflated, type PartInflater } from "./inflate-part";

/** Refuse a workbook that inflates past this (a zip bomb), counted as the bytes come. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Refuse a zip with more entries than any school workbook has. */
export const MAX_ENTRIES = 10_000;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const TOO_MANY = `工作簿包含超过 ${MAX_ENTRIES} 个部件，不是正常的工作簿，已拒绝打开`;
const BOMB = `工作簿解压后超过 ${MB(MAX_UNCOMPRESSED_BYTES)}，可能是异常文件（压缩炸弹），已拒绝打开`;

/** One entry of a zip as stored, with its content inflated (under the limits). */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The entry's compressed bytes, a view into the archive (never copied). */
  readonly raw: Uint8Array;
  /** Its content, when inflated. */
  readonly data?: Uint8Array;
}
/**
 * The one zip reader: the central directory walked (every record, however many the end record
 * claims), each entry inflated by `inflate`, stopped at the limits whatever the archive
 * declares, and kept when `keep`. With `wanted`, only the entries it picks (by name and
 * declared size) are inflated; the others are listed, without data. Returns the entries, the
 * reason the workbook must be refused (in Chinese), or undefined when it is not a zip this
 * reader can follow (the caller says it is damaged).
 */
export function guardedEntries(
  bytes: Uint8Array,
  keep: boolean,
  inflate: PartInflater = fflateInflate,
  wanted?: (name: string, size: number) => boolean
): ZipEntry[] | string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let declared = u16(eocd + 10);
  let start = u32(eocd + 16);
  if (start === 0xffffffff || declared === 0xffff) {
    // APPNOTE 4.3.14–4.3.15: the zip64 end record, through the locator just before this one.
    const u64 = (at: number) => Number(view.getBigUint64(at, true));
    const end64 = eocd >= 20 && u32(eocd - 20) === 0x07064b50 ? u64(eocd - 12) : -1;
    if (end64 < 0) return formatMessage(PACKAGE_TEXT.zip64Unread);
    if (end64 + 56 > eocd - 20 || u32(end64) !== 0x06064b50)
      return formatMessage(PACKAGE_TEXT.directoryMissing);
    declared = u64(end64 + 32);
    start = u64(end64 + 48);
    if (declared > MAX_ENTRIES) return TOO_MANY;
  }

  const records: {
    method: number;
    crc: number;
    packed: number;
    size: number;
    local: number;
    name: string;
    nameBytes: Uint8Array;
  }[] = [];
  const names = new TextDecoder();
  for (let at = start; at + 46 <= bytes.length && u32(at) === 0x02014b50;) {
    if (records.length >= MAX_ENTRIES) return TOO_MANY;
    const nameBytes = bytes.subarray(at + 46, at + 46 + u16(at + 28));
    const record = {
      nameBytes,
      method: u16(at + 10),
      crc: u32(at + 16),
      packed: u32(at + 20),
      size: u32(at + 24),
      local: u32(at + 42),
      name: names.decode(nameBytes),
    };
    // APPNOTE 4.5.3: a size or offset of 0xFFFFFFFF is in the zip64 extra field (0x0001), in
    // the order size, compressed size, offset, each only when its header field says so.
    for (let x = at + 46 + u16(at + 28), end = x + u16(at + 30); x + 4 <= end;) {
      const length = u16(x + 2);
      if (u16(x) === 0x0001) {
        let f = x + 4;
        const next = () =>
          f + 8 <= x + 4 + length ? Number(view.getBigUint64((f += 8) - 8, true)) : -1;
        if (record.size === 0xffffffff) record.size = next();
        if (record.packed === 0xffffffff) record.packed = next();
        if (record.local === 0xffffffff) record.local = next();
        if (record.size < 0 || record.packed < 0 || record.local < 0) return undefined;
      }
      x += 4 + length;
    }
    records.push(record);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  if (records.length === 0 && declared > 0) return formatMessage(PACKAGE_TEXT.directoryMissing);
  if (records.length !== declared)
    return `工作簿目录记录了 ${declared} 个部件，实际有 ${records.length} 个：文件异常，已拒绝打开`;
  let declaredTotal = 0;
  for (const e of records) {
    declaredTotal += e.size;
    if (declaredTotal > MAX_UNCOMPRESSED_BYTES) return BOMB;
  }

  let total = 0;
  const entries: ZipEntry[] = [];
  for (const e of records) {
    if (e.local + 30 > bytes.length || u32(e.local) !== 0x04034b50) return undefined;
    const localLength = u16(e.local + 26);
    // APPNOTE 4.3.7, 4.4.17: the local header names the entry as the directory does; another
    // name is a part the directory hides (LibreOffice drops it, Python's zipfile refuses it).
    if (!sameBytes(bytes, e.local + 30, localLength, e.nameBytes)) {
      const local = names.decode(bytes.subarray(e.local + 30, e.local + 30 + localLength));
      return damaged(e.name, formatMessage(PACKAGE_TEXT.localNameDiffers, { local }));
    }
    const from = e.local + 30 + localLength + u16(e.local + 28);
    const raw = bytes.subarray(from, from + e.packed);
    if (wanted && !wanted(e.name, e.size)) {
      entries.push({ name: e.name, method: e.method, crc: e.crc, size: e.size, raw });
      continue;
    }
    // An entry may not inflate past what it declares, nor the workbook past its limit.
    const limit = Math.min(e.size, MAX_UNCOMPRESSED_BYTES - total);
    let data: Inflated;
    if (e.method === 0) data = raw;
    else if (e.method === 8) data = inflate(raw, limit, keep);
    else return `工作簿使用了不支持的压缩方式（${e.method}），已拒绝打开`;
    if (data === undefined) return undefined;
    const size = typeof data === "number" ? data : data.length;
    if (size > e.size)
      return `工作簿中的一个部件声明 ${e.size} 字节，解压后超过这个大小：文件异常（压缩炸弹），已拒绝打开`;
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES) return BOMB;
    // APPNOTE 4.4.9: the size the directory gives is the size; a shorter part is cut.
    if (size !== e.size)
      return damaged(
        e.name,
        formatMessage(PACKAGE_TEXT.sizeDiffers, { actual: String(size), declared: String(e.size) })
      );
    // APPNOTE 4.4.7: the CRC-32 of what was inflated (checked only where it is kept).
    if (typeof data !== "number" && (inflate.crc32 ?? crc32)(data) !== e.crc)
      return damaged(e.name, formatMessage(PACKAGE_TEXT.crcDiffers));
    entries.push({
      name: e.name,
      method: e.method,
      crc: e.crc,
      size: e.size,
      raw,
      data: keep && typeof data !== "number" ? data : undefined,
    });
  }
  return entries;
}

function damaged(part: string, fault: string): string {
  return formatMessage(PACKAGE_TEXT.damagedPart, { part, fault });
}

/** Whether the `length` bytes at `at` are `name`'s. */
function sameBytes(bytes: Uint8Array, at: number, length: number, name: Uint8Array): boolean {
  if (length !== name.length || at + length > bytes.length) return false;
  for (let i = 0; i < length; i++) if (bytes[at + i] !== name[i]) return false;
  return true;
}

/**
 * The first entry of a zip read from its local header alone, when it is stored (APPNOTE
 * 4.3.7) and declares no more than `max` bytes: its name and content. Readable when the
 * archive is cut short before its directory, as an ODF package's `mimetype`, first and
 * stored (ODF 1.2 Part 3 §3.3), still says what the file is.
 */
export function firstStoredEntry(
  bytes: Uint8Array,
  max: number
): { name: string; data: Uint8Array } | undefined {
  if (bytes.length < 30) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50 || view.getUint16(8, true) !== 0) return undefined;
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  if (size > max || 30 + nameLength > bytes.length) return undefined;
  const from = 30 + nameLength + view.getUint16(28, true);
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  return { name, data: bytes.subarray(from, from + size) };
}

/**
 * Why a workbook must be refused before it is opened (more entries than any workbook has, an
 * entry inflating past what it declares, more than 200 MB in all), or undefined when it may
 * be: the zip reader, run without keeping what it inflates.
 */
export function zipBombReason(bytes: Uint8Array): string | undefined {
  const checked = guardedEntries(bytes, false);
  return typeof checked === "string" ? checked : undefined;
}

/**
 * What a zip's directory says its entries hold once inflated, in bytes (what reading it may
 * take), found without inflating any; undefined where it is not a zip this reader follows or
 * must be refused.
 */
export function declaredContentBytes(bytes: Uint8Array): number | undefined {
  const listed = guardedEntries(bytes, false, fflateInflate, () => false);
  return Array.isArray(listed) ? listed.reduce((sum, e) => sum + e.size, 0) : undefined;
}

const DAMAGED =
  "文件已损坏或不完整（不是可读的 zip 压缩包）：请在 Excel 或 WPS 中重新打开并另存为 .xlsx 后再试";

/** A zip that cannot be opened, with what to tell the user (in Chinese). */
export class RefusedZip extends Error {}

/** The entries of a zip, inflated under the limits; throws RefusedZip saying why not. */
export function readZipEntries(bytes: Uint8Array, inflate?: PartInflater): ZipEntry[] {
  const entries = guardedEntries(bytes, true, inflate);
  if (typeof entries === "string") throw new RefusedZip(entries);
  if (entries === undefined) throw new RefusedZip(DAMAGED);
  return entries;
}
