import { providerKey, type ProviderLists } from "./providers";

/**
 * A line that heads a list: 白名单 or 黑名单 alone, with at most a note in brackets (白名单（2021
 * 年）). A CSV's header row 白名单,黑名单 heads no list: its rows are pairs, not names.
 */
const HEADING = /^([白黑])名单(?:[（(][^）)]*[）)])?$/;

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
    const heading = HEADING.exec(line);
    if (heading) current = heading[1] === "白" ? white : black;
    else current?.add(providerKey(line));
  }
  return { white: white.size ? white : undefined, black: black.size ? black : undefined };
}
