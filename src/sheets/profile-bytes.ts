/** The text of a profile file's bytes, or why its encoding is refused. */
export type ProfileText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly encoding: "utf16" | "notUtf8"; readonly line: number };

const startsWith = (bytes: Uint8Array, ...lead: number[]) => lead.every((b, i) => bytes[i] === b);

/** The line (from 1) of the first character a lenient decoding could not read. */
function badLine(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  const at = text.indexOf("\uFFFD");
  return text.slice(0, Math.max(at, 0)).split("\n").length;
}

/**
 * Decodes a profile file: UTF-8 (a BOM is dropped), or UTF-16 with its BOM (Notepad's
 * "Unicode"). Bytes that are not UTF-8 (a file saved as GBK) are refused rather than read as
 * mojibake, which would be printed into the 收费公示 and the notices; UTF-16 without a BOM
 * (NUL bytes between ASCII characters) is refused by name, since its byte order is a guess.
 */
export function profileText(bytes: Uint8Array): ProfileText {
  if (startsWith(bytes, 0xff, 0xfe))
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (startsWith(bytes, 0xfe, 0xff))
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const lead = bytes.subarray(0, 64);
  if (lead.length >= 2 && lead.includes(0)) return { ok: false, encoding: "utf16", line: 1 };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, "") };
  } catch {
    return { ok: false, encoding: "notUtf8", line: badLine(bytes) };
  }
}
