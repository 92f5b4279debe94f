import { strFromU8 } from "fflate";

/** One entry of a zip archive as stored: its local header and data, and its central record. */
export interface RawEntry {
  readonly name: string;
  readonly local: Uint8Array;
  readonly central: Uint8Array;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const put32 = (b: Uint8Array, at: number, v: number) => {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
};

/**
 * The entries of a zip archive as stored (APPNOTE 4.3), so they can be copied without being
 * inflated and deflated again; undefined for what this reader leaves alone (zip64, several
 * disks, anything malformed), where the caller rewrites the whole archive instead.
 */
export function readEntries(zip: Uint8Array): RawEntry[] | undefined {
  let end = zip.length - 22;
  while (end >= 0 && u32(zip, end) !== 0x06054b50) end--;
  if (end < 0 || u16(zip, end + 4) !== 0) return undefined;
  const count = u16(zip, end + 10);
  const start = u32(zip, end + 16);
  if (count === 0xffff || start === 0xffffffff || start > end) return undefined;
  const records: { name: string; offset: number; central: Uint8Array }[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(zip, at) !== 0x02014b50) return undefined;
    const size = 46 + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
    const offset = u32(zip, at + 42);
    if (offset === 0xffffffff || u32(zip, at + 20) === 0xffffffff) return undefined;
    const name = strFromU8(zip.subarray(at + 46, at + 46 + u16(zip, at + 28)));
    records.push({ name, offset, central: zip.slice(at, at + size) });
    at += size;
  }
  // Each entry's stored bytes run to the next entry's (a data descriptor included).
  const starts = [...records.map((r) => r.offset), start].sort((a, b) => a - b);
  return records.map((r) => {
    const next = starts.find((s) => s > r.offset) ?? start;
    if (u32(zip, r.offset) !== 0x04034b50) throw new Error(`bad zip entry ${r.name}`);
    return { name: r.name, local: zip.subarray(r.offset, next), central: r.central };
  });
}

/** A zip archive of stored entries, in order, each central record pointed at its new place. */
export function writeEntries(entries: readonly RawEntry[]): Uint8Array {
  const localSize = entries.reduce((n, e) => n + e.local.length, 0);
  const centralSize = entries.reduce((n, e) => n + e.central.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  let at = 0;
  const offsets = entries.map((e) => {
    out.set(e.local, at);
    at += e.local.length;
    return at - e.local.length;
  });
  entries.forEach((e, i) => {
    out.set(e.central, at);
    put32(out, at + 42, offsets[i]);
    at += e.central.length;
  });
  put32(out, at, 0x06054b50);
  out[at + 8] = out[at + 10] = entries.length & 0xff;
  out[at + 9] = out[at + 11] = entries.length >>> 8;
  put32(out, at + 12, centralSize);
  put32(out, at + 16, localSize);
  return out;
}
