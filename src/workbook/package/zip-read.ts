import { inflateSync } from "fflate";
import { UnsupportedPackage } from "./xml-text";

/** One stored entry of a zip, located but not inflated. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The entry's compressed bytes, a view into the archive (never copied). */
  readonly raw: Uint8Array;
}

const decoder = new TextDecoder();

/**
 * Lists a zip's entries from its central directory, without inflating any: the package
 * writer copies the parts it does not change as these raw bytes, so they cannot change.
 * Throws on what is not a zip (or is a zip64 one, which no school workbook needs).
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("不是 zip 格式（找不到中央目录）");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff)
    throw new UnsupportedPackage("不支持 zip64 格式的工作簿");
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("zip 中央目录已损坏");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error("zip 条目已损坏");
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size: view.getUint32(at + 24, true),
      raw: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's content, inflated (stored and deflated entries; nothing else occurs in OOXML). */
export function entryData(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.raw;
  if (entry.method === 8) return inflateSync(entry.raw, { out: new Uint8Array(entry.size) });
  throw new UnsupportedPackage(`不支持的压缩方式 ${entry.method}（${entry.name}）`);
}
