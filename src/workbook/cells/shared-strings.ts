import { readStringItem } from "./rich-string";
import { plainTextEnd, XmlScanner } from "./xml-scanner";
import { xstring } from "../package/xml-decode";

const OPEN = "<si><t>";
const OPEN_PRESERVED = '<si><t xml:space="preserve">';
const CLOSE = "</t></si>";

/**
 * The end of the string item at `at` when it is written tight with plain text, as Excel,
 * WPS, exceljs and LibreOffice write a plain string: `<si><t>text</t></si>` (or its `<t>`
 * with `xml:space="preserve"`), no reference, CDATA, comment or carriage return in the text;
 * its text then lies from `span[0]` to `span[1]`. -1 for any other shape (rich text, phonetic
 * runs, a prefix), which the caller reads with the scanner.
 */
function tightItem(xml: string, at: number, span: number[]): number {
  let start: number;
  if (xml.startsWith(OPEN, at)) start = at + OPEN.length;
  else if (xml.startsWith(OPEN_PRESERVED, at)) start = at + OPEN_PRESERVED.length;
  else return -1;
  const end = plainTextEnd(xml, start);
  if (end < 0) return -1;
  if (!xml.startsWith(CLOSE, end)) return -1;
  span[0] = start;
  span[1] = end;
  return end + CLOSE.length;
}

/**
 * The shared string table (sharedStrings.xml), in order: a `t="s"` cell's value is the item
 * at its index. An item with no text element is null (a blank cell).
 */
export function readSharedStrings(xml: string): (string | null)[] {
  const strings: (string | null)[] = [];
  const s = new XmlScanner(xml);
  const span = [0, 0];
  for (;;) {
    // The plain item, written tight, in one step; any other shape by the scanner.
    const end = s.nextDepth === 1 ? tightItem(xml, s.position, span) : -1;
    if (end >= 0) {
      strings.push(xstring(xml.slice(span[0], span[1])));
      s.passElement(end);
      continue;
    }
    if (!s.next()) break;
    if (s.closes || s.depth !== 1) continue;
    if (s.is("si")) strings.push(readStringItem(s));
    else s.skip();
  }
  return strings;
}
