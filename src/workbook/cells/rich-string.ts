import type { XmlScanner } from "./xml-scanner";
import { xstring } from "../package/xml-decode";

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string), the
 * scanner at its open tag: its `<t>`, or its rich-text runs' `<t>` joined. Phonetic runs
 * (`<rPh>`, the furigana above the text) are not the cell's text and are left out, as Excel
 * leaves them out of the value. Null for an item with no text element at all.
 */
export function readStringItem(s: XmlScanner): string | null {
  if (!s.opens || s.empty) return null;
  const depth = s.depth;
  let text: string | null = null;
  while (s.next()) {
    if (s.closes) {
      if (s.depth === depth) return text;
      continue;
    }
    const child = s.depth === depth + 1;
    if (child && s.is("r")) {
      text ??= "";
      continue; // its <t> is read one level down
    }
    if (s.is("t") && (child || s.depth === depth + 2)) {
      text = (text ?? "") + xstring(s.text());
      s.skip();
      continue;
    }
    s.skip(); // rPh, rPr, phoneticPr and anything else
  }
  return text;
}
