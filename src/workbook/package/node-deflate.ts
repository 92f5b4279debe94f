import { gzipSync } from "zlib";
import type { PartDeflater } from "./deflate-part";

/** The fixed header zlib writes before a gzip member's deflate data (no name, no extra). */
const GZIP_HEADER = 10;
/** The trailer after it: CRC-32 and size, little-endian (RFC 1952 §2.3.1). */
const GZIP_TRAILER = 8;

/**
 * zlib's deflate for Kehou's new parts in Node: native, several times fflate's speed on a
 * 3,000-student sheet. Deflated as a gzip member, whose trailer carries the CRC-32 zlib
 * computed anyway, so the content is read once; the zip entry takes the raw deflate inside.
 */
export const nodeDeflate: PartDeflater = (data, level) => {
  const gz = gzipSync(data, { level });
  if (gz[0] !== 0x1f || gz[1] !== 0x8b || gz[3] !== 0) throw new Error("unexpected gzip header");
  return {
    raw: gz.subarray(GZIP_HEADER, gz.length - GZIP_TRAILER),
    crc: gz.readUInt32LE(gz.length - GZIP_TRAILER),
  };
};
