import { readStringItem } from "./rich-string";
import { XmlScanner } from "./xml-scanner";

/**
 * The shared string table (sharedStrings.xml), in order: a `t="s"` cell's value is the item
 * at its index. An item with no text element is null (a blank cell).
 */
export function readSharedStrings(xml: string): (string | null)[] {
  const strings: (string | null)[] = [];
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.closes || s.depth !== 1) continue;
    if (s.is("si")) strings.push(readStringItem(s));
    else s.skip();
  }
  return strings;
}
