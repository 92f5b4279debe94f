import { unlessMalformed, XmlScanner } from "../cells/xml-scanner";
import { NS } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { PartEncodingError, partText } from "./part-text";
import { isStrictName, transitionalNamespace, transitionalRelType } from "./strict-names";
import { mainPart } from "./workbook-index";
import { attrCut, attrEscape, spliced, UnsupportedPackage, type Splice } from "./xml-text";

const STRICT_MARK = "http://purl.oclc.org/ooxml/";

/**
 * One XML part in the dialect the writer edits: Strict names as their transitional twins
 * (namespace declarations, a graphic's data uri, relationship types in a rels part), the main part's
 * conformance="strict" dropped, and SpreadsheetML elements written with a prefix
 * (`<x:sheets>`) written with none under a default namespace on the root, which is the same
 * XML to any namespace-aware reader (Namespaces in XML 1.0, §6). Undefined when nothing
 * changes. Throws UnsupportedPackage where taking the prefix away could change what an element
 * means (the default namespace or the prefix bound below the root to another namespace, an
 * unprefixed element outside SpreadsheetML).
 */
export function writableXml(xml: string, rels: boolean, main: boolean): string | undefined {
  const s = new XmlScanner(xml);
  const splices: Splice[] = [];
  let prefix: string | undefined;
  /** The root declares SpreadsheetML its default namespace too (unprefixed elements are in it). */
  let defaultMain = false;
  let rootSeen = false;
  while (s.next()) {
    const qnameFrom = s.tagStart + (s.closes ? 2 : 1);
    const qname = xml.slice(qnameFrom, s.attrsFrom);
    const colon = qname.indexOf(":");
    if (!s.closes) {
      const attrs = s.allAttrs();
      const root = !rootSeen;
      rootSeen = true;
      let defaultNs: string | undefined;
      for (const [name, value] of attrs) {
        const isNs = name === "xmlns" || name.startsWith("xmlns:");
        const isType = rels && name === "Type" && s.is("Relationship");
        // DrawingML names the namespace of a graphic's content in an attribute (§20.1.2.2.17).
        const isUri = name === "uri" && s.is("graphicData");
        const twin =
          isNs || isUri
            ? transitionalNamespace(value)
            : isType
              ? transitionalRelType(value)
              : value;
        if (name === "xmlns") defaultNs = twin;
        if (root && colon > 0 && name === `xmlns:${qname.slice(0, colon)}` && twin === NS.main)
          prefix = qname.slice(0, colon);
        else if (
          !root &&
          prefix !== undefined &&
          twin !== NS.main &&
          (name === "xmlns" || name === `xmlns:${prefix}`)
        )
          throw new UnsupportedPackage("工作簿的部件在下层重新声明了命名空间");
        if (twin !== value) {
          const span = s.attrSpan(name)!;
          splices.push({
            start: span.valueStart,
            end: span.valueEnd,
            text: attrEscape(twin, xml[span.valueStart - 1]),
          });
        }
        if (main && root && name === "conformance" && value === "strict")
          splices.push(attrCut(s, name)!);
      }
      if (root && prefix !== undefined) {
        if (defaultNs !== undefined && defaultNs !== NS.main)
          throw new UnsupportedPackage("工作簿的部件另有默认命名空间");
        defaultMain = defaultNs === NS.main;
        if (defaultNs === undefined)
          splices.push({ start: s.attrsFrom, end: s.attrsFrom, text: ` xmlns="${NS.main}"` });
      }
    }
    if (prefix === undefined) continue;
    if (colon < 0 && !defaultMain)
      throw new UnsupportedPackage("工作簿的部件混用了带前缀和不带前缀的元素");
    if (colon > 0 && qname.slice(0, colon) === prefix)
      splices.push({ start: qnameFrom, end: qnameFrom + colon + 1, text: "" });
  }
  if (splices.length === 0) return undefined;
  // An insertion before a cut at the same place (the root's new xmlns, a dropped attribute).
  splices.sort((a, b) => a.start - b.start || a.end - b.end);
  return spliced(xml, splices);
}

/** The first bytes of a part, enough for its root element's start tag. */
const HEAD_BYTES = 8192;

/**
 * Whether a part's root start tag says it needs `writableXml`: a Strict namespace declared,
 * or a prefix bound to SpreadsheetML on a prefixed root. Read from the part's first bytes
 * only, so a package in the writer's dialect costs a glance per part.
 */
function rootNeeds(bytes: Uint8Array, name: string): boolean {
  let head: string;
  try {
    head = partText(bytes.subarray(0, HEAD_BYTES), name);
  } catch (e) {
    if (e instanceof PartEncodingError) return false;
    throw e;
  }
  const s = new XmlScanner(head);
  return unlessMalformed(() => {
    if (!s.next() || !s.opens) return false;
    const qname = head.slice(s.tagStart + 1, s.attrsFrom);
    const colon = qname.indexOf(":");
    return s
      .allAttrs()
      .some(
        ([n, v]) =>
          (n.startsWith("xmlns") && isStrictName(v)) ||
          (colon > 0 && n === `xmlns:${qname.slice(0, colon)}` && v === NS.main)
      );
  }, false);
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * The package in the dialect the part writer edits (see writableXml), as a copy; undefined
 * when it is in that dialect already. A Strict package becomes the transitional one it
 * mirrors (which Excel, WPS and LibreOffice all open); parts with nothing to change keep
 * their bytes. Parts that are not XML (images, VBA), parts Kehou cannot decode and parts that
 * are not XML it can follow (old VML) are left as they are. Throws UnsupportedPackage, in
 * Chinese, where a part cannot be put in that dialect without changing what it says.
 */
export function writableDialect(pkg: OpcPackage): OpcPackage | undefined {
  const names = pkg.names().filter(isXmlPart);
  if (!names.some((n) => rootNeeds(pkg.bytes(n)!, n))) return undefined;
  const main = mainPart(pkg);
  let out: OpcPackage | undefined;
  for (const name of names) {
    let xml: string | undefined;
    try {
      xml = pkg.text(name);
    } catch (e) {
      if (e instanceof PartEncodingError) continue;
      throw e;
    }
    // A Strict name may be declared below the root (a chart's <c:chart xmlns:c=…> in a drawing).
    if (xml === undefined || !(xml.includes(STRICT_MARK) || rootNeeds(pkg.bytes(name)!, name)))
      continue;
    const text = xml;
    const now = unlessMalformed(
      () => writableXml(text, /\.rels$/i.test(name), name === main),
      undefined
    );
    if (now === undefined) continue;
    out ??= pkg.copy();
    out.set(name, now);
  }
  return out;
}
