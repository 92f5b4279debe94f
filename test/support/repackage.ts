import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** A package's parts as text by name, to edit in a test (folder entries left out). */
export type TextParts = Map<string, string | Uint8Array>;

/**
 * The package with its parts edited by `edit` (as text; a part given bytes is stored as
 * those bytes), zipped again by fflate: a file as another program might have saved it.
 */
export function repackage(bytes: Uint8Array, edit: (parts: TextParts) => void): Uint8Array {
  const parts: TextParts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (!name.endsWith("/")) parts.set(name, strFromU8(data));
  edit(parts);
  return zipSync(
    Object.fromEntries(
      [...parts].map(([n, d]) => [n, typeof d === "string" ? strToU8(d) : d] as const)
    )
  );
}

/** A part's text (it must be there and be text). */
export function partText(parts: TextParts, name: string): string {
  const t = parts.get(name);
  if (typeof t !== "string") throw new Error(`no text part ${name}`);
  return t;
}

/** Text as UTF-16 little-endian with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
}

/** Text as UTF-16 big-endian without a byte order mark, its declaration saying UTF-16. */
export function utf16beDeclared(text: string): Uint8Array {
  const le = Buffer.from(text.replace(/encoding="UTF-8"/, 'encoding="UTF-16"'), "utf16le");
  return new Uint8Array(le.swap16());
}
