import { Inflate } from "fflate";

/**
 * What inflating one zip entry gave: its content; or its size, when not kept or when it
 * passed the limit (then it was stopped there and the size is limit + 1); or undefined when
 * the data is not valid DEFLATE.
 */
export type Inflated = Uint8Array | number | undefined;

/**
 * How the zip reader inflates an entry, never past `limit` bytes whatever the archive says.
 * fflate's runs everywhere (the browser page too); in Node the file adapter hands the reader
 * zlib's, which is native (`nodeInflate`).
 */
export type PartInflater = ((raw: Uint8Array, limit: number, keep: boolean) => Inflated) & {
  /** The CRC-32 of a part, when the host has a faster one than the table-driven `crc32`. */
  readonly crc32?: (data: Uint8Array) => number;
};

/** Compressed bytes pushed to the inflater at a time: at most ~1,032× this comes out per push. */
const CHUNK = 16 * 1024;

/** Thrown inside the inflater's data handler to stop it at a limit. */
class Stop extends Error {}

/**
 * fflate's inflate, fed in chunks and counted as the bytes come, stopped past the limit; what
 * is not kept is only counted.
 */
export const fflateInflate: PartInflater = (raw, limit, keep) => {
  let size = 0;
  const chunks: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new Stop();
    if (keep) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < raw.length; at += CHUNK)
      inflate.push(raw.subarray(at, at + CHUNK), at + CHUNK >= raw.length);
    if (raw.length === 0) inflate.push(raw, true);
  } catch (e) {
    if (e instanceof Stop) return limit + 1;
    return undefined;
  }
  return keep ? joined(chunks, size) : size;
};

function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
