import { providerKey, type ProviderLists } from "./providers";

/**
 * Reads provider lists from plain text: a line 白名单 or 黑名单 (also "# 白名单", "[黑名单]")
 * starts a list, each following non-empty line is a name.
 */
export function readProviderText(text: string): ProviderLists {
  const white = new Set<string>();
  const black = new Set<string>();
  let current: Set<string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^[#\s[]+|[\]\s:：]+$/g, "").trim();
    if (line === "") continue;
    if (/^白名单/.test(line)) current = white;
    else if (/^黑名单/.test(line)) current = black;
    else current?.add(providerKey(line));
  }
  return { white: white.size ? white : undefined, black: black.size ? black : undefined };
}
