import { inflateRawSync } from "zlib";
import type { PartInflater } from "./inflate-part";

/**
 * zlib's inflate for the zip reader in Node: native, several times fflate's speed. zlib stops
 * at `maxOutputLength` itself (ERR_BUFFER_TOO_LARGE, nodejs.org/api/zlib.html#class-options),
 * so a zip bomb is cut off at the limit as with fflate, never inflated whole.
 */
export const nodeInflate: PartInflater = (raw, limit) => {
  // An empty stream reads as an empty part, as fflate reads it.
  if (raw.length === 0) return new Uint8Array(0);
  try {
    const data = inflateRawSync(raw, { maxOutputLength: limit + 1 });
    return data.length > limit ? limit + 1 : data;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return limit + 1;
    return undefined;
  }
};
