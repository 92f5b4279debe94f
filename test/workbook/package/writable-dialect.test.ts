import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { writableDialect, writableXml } from "../../../src/workbook/package/writable-dialect";
import { UnsupportedPackage } from "../../../src/workbook/package/xml-text";
import { readZipEntries } from "../../../src/workbook/package/zip-read";
import { prefixedOf, strictOf } from "../../support/dialects";
import { messySchool } from "../../support/messy-school";
import { partsOf, text } from "../../support/package-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("a part put in the writer's dialect", () => {
  it("loses the prefix of its SpreadsheetML elements under a default namespace on the root", () => {
    const xml = `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${R}"><x:sheets><x:sheet name="a" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    expect(writableXml(xml, false, true)).toBe(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:x="${MAIN}" xmlns:r="${R}"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>`
    );
  });

  it("keeps elements of other namespaces, and a prefix bound again to SpreadsheetML below the root", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}" xmlns:mc="urn:mc"><mc:AlternateContent><x:sheetData xmlns:x="${MAIN}"/></mc:AlternateContent></x:worksheet>`;
    expect(writableXml(xml, false, false)).toBe(
      `<worksheet xmlns="${MAIN}" xmlns:x="${MAIN}" xmlns:mc="urn:mc"><mc:AlternateContent><sheetData xmlns:x="${MAIN}"/></mc:AlternateContent></worksheet>`
    );
  });

  it('takes Strict names for their transitional twins and drops conformance="strict"', () => {
    const xml = `<workbook conformance="strict" xmlns='http://purl.oclc.org/ooxml/spreadsheetml/main' xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets/></workbook>`;
    expect(writableXml(xml, false, true)).toBe(
      `<workbook xmlns='${MAIN}' xmlns:r="${R}"><sheets/></workbook>`
    );
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="s.xml"/></Relationships>`;
    expect(writableXml(rels, true, false)).toBe(rels.replace(/http:\/\/purl[^"]*\//, `${R}/`));
  });

  it("writes a mapped relationship type escaped as the writer escapes every attribute", () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='http://purl.oclc.org/ooxml/officeDocument/relationships/a&amp;b&apos;c' Target="s.xml"/></Relationships>`;
    expect(writableXml(rels, true, false)).toBe(
      rels.replace("http://purl.oclc.org/ooxml/officeDocument/relationships/", `${R}/`)
    );
  });

  it("maps a Strict namespace declared below the root and a graphic's data uri", () => {
    const xml = `<xdr:wsDr xmlns:xdr="http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing"><a:graphicData xmlns:a="http://purl.oclc.org/ooxml/drawingml/main" uri="http://purl.oclc.org/ooxml/drawingml/chart"><c:chart xmlns:c="http://purl.oclc.org/ooxml/drawingml/chart"/></a:graphicData></xdr:wsDr>`;
    expect(writableXml(xml, false, false)).toBe(
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><a:graphicData xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphicData></xdr:wsDr>`
    );
  });

  it("is refused where taking the prefix away would move an element to another namespace", () => {
    const other = `<x:workbook xmlns:x="${MAIN}"><x:sheets/><extLst xmlns="urn:other"/></x:workbook>`;
    expect(() => writableXml(other, false, true)).toThrow(UnsupportedPackage);
    const none = `<x:workbook xmlns:x="${MAIN}"><x:sheets/><fileVersion/></x:workbook>`;
    expect(() => writableXml(none, false, true)).toThrow(UnsupportedPackage);
  });

  it("is left alone when it is in that dialect already", () => {
    expect(
      writableXml(`<workbook xmlns="${MAIN}"><sheets/></workbook>`, false, true)
    ).toBeUndefined();
  });
});

describe("a package put in the writer's dialect", () => {
  it("is not copied when every part is in it already", async () => {
    expect(writableDialect(OpcPackage.read(await messySchool()))).toBeUndefined();
  });

  it("changes only the prefixed parts, the rest kept as the bytes they were", async () => {
    const prefixed = prefixedOf(await messySchool(), (p) => p === "xl/workbook.xml");
    const out = writableDialect(OpcPackage.read(prefixed))!.toBytes();
    const before = new Map(readZipEntries(prefixed).map((e) => [e.name, e.raw]));
    const changed = readZipEntries(out)
      .filter((e) => Buffer.compare(e.raw, before.get(e.name)!) !== 0)
      .map((e) => e.name);
    expect(changed).toEqual(["xl/workbook.xml"]);
    expect(text(partsOf(out).get("xl/workbook.xml")!)).toContain("<sheets>");
  });

  it("turns a Strict package into the transitional one it mirrors", async () => {
    const school = await messySchool();
    const out = partsOf(writableDialect(OpcPackage.read(strictOf(school)))!.toBytes());
    for (const [name, bytes] of out)
      expect([name, text(bytes)]).not.toContainEqual(expect.stringContaining("purl.oclc.org"));
    expect(text(out.get("xl/workbook.xml")!)).not.toContain("conformance");
    expect(text(out.get("_rels/.rels")!)).toBe(text(partsOf(school).get("_rels/.rels")!));
  });
});
