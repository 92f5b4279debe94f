import { unzipSync } from "fflate";
import { crc32 } from "../../src/workbook/package/crc32";

const encoder = new TextEncoder();

/** A package's entries in order, as [name, content] (folder entries left out). */
export function entriesOf(bytes: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/"));
}

/**
 * A stored (uncompressed) zip of entries given in order, written byte by byte, so a test can
 * make what fflate's zipSync cannot: two entries of one name, or a zip64 archive. With
 * `zip64`, every local and central header gives its sizes (and the central one its offset) as
 * 0xFFFFFFFF with the real ones in a zip64 extra field (APPNOTE 4.5.3), and the end record
 * points through a zip64 locator to a zip64 end record (APPNOTE 4.3.14–4.3.15), as writers in
 * "always zip64" mode do.
 */
export function storedZip(entries: readonly [string, Uint8Array][], zip64 = false): Uint8Array {
  const chunks: Uint8Array[] = [];
  let at = 0;
  const push = (b: Uint8Array) => (chunks.push(b), (at += b.length));
  const header = (size: number) => {
    const b = new Uint8Array(size);
    return { b, v: new DataView(b.buffer) };
  };
  const extra = (fields: number[]) => {
    const { b, v } = header(4 + 8 * fields.length);
    v.setUint16(0, 0x0001, true);
    v.setUint16(2, 8 * fields.length, true);
    fields.forEach((n, i) => v.setBigUint64(4 + 8 * i, BigInt(n), true));
    return b;
  };
  const offsets: number[] = [];
  const names = entries.map(([n]) => encoder.encode(n));
  entries.forEach(([, data], i) => {
    offsets.push(at);
    const ext = zip64 ? extra([data.length, data.length]) : new Uint8Array(0);
    const { b, v } = header(30);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, zip64 ? 45 : 20, true);
    v.setUint16(6, 0x0800, true);
    v.setUint32(14, crc32(data), true);
    v.setUint32(18, zip64 ? 0xffffffff : data.length, true);
    v.setUint32(22, zip64 ? 0xffffffff : data.length, true);
    v.setUint16(26, names[i].length, true);
    v.setUint16(28, ext.length, true);
    (push(b), push(names[i]), push(ext), push(data));
  });
  const central = at;
  entries.forEach(([, data], i) => {
    const ext = zip64 ? extra([data.length, data.length, offsets[i]]) : new Uint8Array(0);
    const { b, v } = header(46);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, zip64 ? 45 : 20, true);
    v.setUint16(6, zip64 ? 45 : 20, true);
    v.setUint16(8, 0x0800, true);
    v.setUint32(16, crc32(data), true);
    v.setUint32(20, zip64 ? 0xffffffff : data.length, true);
    v.setUint32(24, zip64 ? 0xffffffff : data.length, true);
    v.setUint16(28, names[i].length, true);
    v.setUint16(30, ext.length, true);
    v.setUint32(42, zip64 ? 0xffffffff : offsets[i], true);
    (push(b), push(names[i]), push(ext));
  });
  const directory = at - central;
  if (zip64) {
    const end64 = at;
    const { b, v } = header(56);
    v.setUint32(0, 0x06064b50, true);
    v.setBigUint64(4, 44n, true);
    v.setUint16(12, 45, true);
    v.setUint16(14, 45, true);
    v.setBigUint64(24, BigInt(entries.length), true);
    v.setBigUint64(32, BigInt(entries.length), true);
    v.setBigUint64(40, BigInt(directory), true);
    v.setBigUint64(48, BigInt(central), true);
    push(b);
    const locator = header(20);
    locator.v.setUint32(0, 0x07064b50, true);
    locator.v.setBigUint64(8, BigInt(end64), true);
    locator.v.setUint32(16, 1, true);
    push(locator.b);
  }
  const { b, v } = header(22);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, zip64 ? 0xffff : entries.length, true);
  v.setUint16(10, zip64 ? 0xffff : entries.length, true);
  v.setUint32(12, zip64 ? 0xffffffff : directory, true);
  v.setUint32(16, zip64 ? 0xffffffff : central, true);
  push(b);
  const out = new Uint8Array(at);
  let o = 0;
  for (const c of chunks) (out.set(c, o), (o += c.length));
  return out;
}
