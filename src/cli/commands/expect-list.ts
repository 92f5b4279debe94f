import { decodeList } from "../list-text";

/** The school names of an `--expect` list: one a line, blank lines and spaces dropped. */
export function expectedSchools(bytes: Uint8Array): string[] {
  return decodeList(bytes)
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter(Boolean);
}
