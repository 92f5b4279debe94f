import { deflateSync } from "fflate";
import { crc32 } from "./crc32";

/** A part's content as a zip entry stores it: deflated (raw), with the CRC-32 of the content. */
export interface DeflatedPart {
  readonly raw: Uint8Array;
  readonly crc: number;
}

/**
 * How the writer deflates Kehou's new parts. fflate's runs everywhere (the browser page
 * too); in Node the file adapter hands the writer zlib's, which is native (`nodeDeflate`).
 */
export type PartDeflater = (data: Uint8Array, level: number) => DeflatedPart;

/** fflate's deflate and a CRC-32 of the content: the same bytes in Node and the browser. */
export const fflateDeflate: PartDeflater = (data, level) => ({
  raw: deflateSync(data, { level: level as 1 }),
  crc: crc32(data),
});
