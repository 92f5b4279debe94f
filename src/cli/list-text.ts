/** How many CJK ideographs a text holds: school names are mostly made of them. */
function ideographs(text: string): number {
  return (text.match(/[\u4e00-\u9fff\u3400-\u4dbf]/g) ?? []).length;
}

function decoded(bytes: Uint8Array, encoding: string, fatal = false): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of a list a bureau saved, whatever Notepad wrote: UTF-8 with or without BOM,
 * UTF-16 (BOM, or the zero bytes of mostly-ASCII text), or ANSI as GB18030 (GBK). Bytes that
 * are valid UTF-8 but hold no Chinese (一小 in GBK is valid UTF-8 Cyrillic) are GB18030 when
 * that reading holds Chinese.
 */
export function decodeList(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decoded(bytes.subarray(3), "utf-8")!;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), "utf-16le")!;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), "utf-16be")!;
  const pairs = Math.floor(bytes.length / 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (pairs > 0 && oddZeros > pairs / 4 && evenZeros === 0) return decoded(bytes, "utf-16le")!;
  if (pairs > 0 && evenZeros > pairs / 4 && oddZeros === 0) return decoded(bytes, "utf-16be")!;
  const utf8 = decoded(bytes, "utf-8", true);
  const gb = decoded(bytes, "gb18030")!;
  // Valid UTF-8 holding Chinese is UTF-8; valid UTF-8 without (GBK read as Cyrillic) is not.
  if (utf8 !== undefined && (ideographs(utf8) > 0 || ideographs(gb) === 0)) return utf8;
  return gb;
}
