import { Inflate, zipSync, type Zippable } from "fflate";

/** Refuse a workbook that inflates past this (a zip bomb), counted as the bytes come. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Refuse a zip with more entries than any school workbook has. */
export const MAX_ENTRIES = 10_000;
/** Compressed bytes pushed to the inflater at a time: at most ~1,032× this comes out per push. */
const CHUNK = 16 * 1024;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const BOMB = `工作簿解压后超过 ${MB(MAX_UNCOMPRESSED_BYTES)}，可能是异常文件（压缩炸弹），已拒绝打开`;

/** Thrown inside the inflater's data handler to stop it at a limit. */
class Stop extends Error {}

/**
 * How many bytes an entry's data really inflates to, stopping as soon as it passes `limit`
 * (then limit + 1). Undefined when the data is not valid DEFLATE (the zip reader says so).
 */
function inflatedSize(data: Uint8Array, limit: number, keep?: Uint8Array[]): number | undefined {
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new Stop();
    keep?.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK)
      inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch (e) {
    if (e instanceof Stop) return limit + 1;
    return undefined;
  }
  return size;
}

/**
 * Reads a zip's central directory and inflates each entry into a byte counter (nothing kept),
 * and says why the workbook must be refused, or undefined when it may be opened: more entries
 * than any workbook has (counted in the directory itself, not taken from the end record, which
 * may lie), an entry that inflates past the size it declares, or more than 200 MB in all.
 * Inflating stops at the limit as the bytes come, whatever the archive declares.
 */
export function zipBombReason(bytes: Uint8Array): string | undefined {
  const checked = guardedZip(bytes, false);
  return typeof checked === "string" ? checked : undefined;
}

/**
 * The zip checked as `zipBombReason` does, its parts kept as they inflate: the reason it must
 * be refused, or every part by its path (undefined when it is not a zip the guard can read:
 * the caller then says it is damaged). The cell reader reads these; nothing inflates twice.
 */
export function inflatedParts(bytes: Uint8Array): string | Map<string, Uint8Array> | undefined {
  return guardedZip(bytes, true);
}

/**
 * The zip checked and inflated as `inflatedParts` does, written back stored (uncompressed),
 * for a reader that takes a zip (exceljs) and then inflates nothing again.
 */
export function storedZip(bytes: Uint8Array): string | Uint8Array | undefined {
  const parts = inflatedParts(bytes);
  return parts instanceof Map ? storedZipOf(parts) : parts;
}

/** Parts written as a stored (uncompressed) zip. */
export function storedZipOf(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of parts) zippable[name] = data;
  return zipSync(zippable, { level: 0 });
}

function guardedZip(bytes: Uint8Array, keep: false): string | undefined;
function guardedZip(bytes: Uint8Array, keep: true): string | Map<string, Uint8Array> | undefined;
function guardedZip(
  bytes: Uint8Array,
  keep: boolean
): string | Map<string, Uint8Array> | undefined {
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
  if (eocd < 0) return undefined; // not a readable zip: the zip reader says so in its own words
  const declared = u16(eocd + 10);
  const start = u32(eocd + 16);
  if (start === 0xffffffff || declared === 0xffff)
    return "工作簿使用 ZIP64 格式，超出学校工作簿的大小，已拒绝打开";

  // The real entries: every central-directory record, however many the end record claims.
  const entries: { method: number; size: number; packed: number; local: number; name: string }[] =
    [];
  const names = new TextDecoder();
  for (let at = start; at + 46 <= bytes.length && u32(at) === 0x02014b50;) {
    if (entries.length >= MAX_ENTRIES)
      return `工作簿包含超过 ${MAX_ENTRIES} 个部件，不是正常的工作簿，已拒绝打开`;
    entries.push({
      method: u16(at + 10),
      packed: u32(at + 20),
      size: u32(at + 24),
      local: u32(at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + u16(at + 28))),
    });
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  if (entries.length !== declared)
    return `工作簿目录记录了 ${declared} 个部件，实际有 ${entries.length} 个：文件异常，已拒绝打开`;
  let declaredTotal = 0;
  for (const e of entries) {
    declaredTotal += e.size;
    if (declaredTotal > MAX_UNCOMPRESSED_BYTES) return BOMB;
  }

  let total = 0;
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.local + 30 > bytes.length || u32(e.local) !== 0x04034b50) return undefined;
    const from = e.local + 30 + u16(e.local + 26) + u16(e.local + 28);
    const data = bytes.subarray(from, from + e.packed);
    // An entry may not inflate past what it declares, nor the workbook past its limit.
    const limit = Math.min(e.size, MAX_UNCOMPRESSED_BYTES - total);
    let size: number | undefined;
    const chunks: Uint8Array[] | undefined = keep ? [] : undefined;
    if (e.method === 0) ((size = data.length), chunks?.push(data));
    else if (e.method === 8) size = inflatedSize(data, limit, chunks);
    else return `工作簿使用了不支持的压缩方式（${e.method}），已拒绝打开`;
    if (size === undefined) return undefined;
    if (size > e.size)
      return `工作簿中的一个部件声明 ${e.size} 字节，解压后超过这个大小：文件异常（压缩炸弹），已拒绝打开`;
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES) return BOMB;
    if (chunks) parts.set(e.name, joined(chunks, size));
  }
  return keep ? parts : undefined;
}

function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
