import { repackage } from "./repackage";

const TRANSITIONAL = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

/** The Strict names Excel writes for "Strict Open XML Spreadsheet" (ISO/IEC 29500-1 Strict). */
export const STRICT = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  r: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  a: "http://purl.oclc.org/ooxml/drawingml/main",
  c: "http://purl.oclc.org/ooxml/drawingml/chart",
  xdr: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
};

/**
 * A transitional package as Excel saves it as Strict OOXML: every namespace and relationship
 * type under purl.oclc.org, and the workbook marked conformance="strict".
 */
export function strictOf(bytes: Uint8Array): Uint8Array {
  return repackage(bytes, (parts) => {
    for (const [name, data] of parts) {
      if (typeof data !== "string") continue;
      let xml = data;
      for (const key of Object.keys(TRANSITIONAL) as (keyof typeof TRANSITIONAL)[])
        xml = xml.split(TRANSITIONAL[key]).join(STRICT[key]);
      xml = xml
        .split("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
        .join("http://purl.oclc.org/ooxml/officeDocument/extendedProperties")
        .split(`${STRICT.r}/extended-properties`)
        .join(`${STRICT.r}/extendedProperties`)
        .replace(/<workbook\b/, '<workbook conformance="strict"');
      parts.set(name, xml);
    }
  });
}

/**
 * A package whose SpreadsheetML parts (`which`: every .xml part under xl/ unless said) write
 * every element with the prefix `x:` (`<x:workbook xmlns:x=…><x:sheets>…`), as some
 * generators do; LibreOffice and Excel read it.
 */
export function prefixedOf(
  bytes: Uint8Array,
  which: (part: string) => boolean = () => true
): Uint8Array {
  return repackage(bytes, (parts) => {
    for (const [name, data] of parts) {
      if (typeof data !== "string" || !/^xl\/[^_].*\.xml$/.test(name) || !which(name)) continue;
      if (!data.includes(`xmlns="${TRANSITIONAL.main}"`)) continue;
      const xml = data
        .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2")
        .replace(`xmlns="${TRANSITIONAL.main}"`, `xmlns:x="${TRANSITIONAL.main}"`);
      parts.set(name, xml);
    }
  });
}

/**
 * A workbook neither the writer nor exceljs can write: its workbook part prefixed, and also
 * declaring another default namespace below its root (removing the prefix would move that
 * element into SpreadsheetML's namespace).
 */
export const unwritableOf = (school: Uint8Array): Uint8Array =>
  repackage(prefixedOf(school), (parts) => {
    const wb = parts.get("xl/workbook.xml") as string;
    parts.set(
      "xl/workbook.xml",
      wb.replace("</x:workbook>", '<ext xmlns="urn:other"/></x:workbook>')
    );
  });
