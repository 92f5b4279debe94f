import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { writeSheet } from "../../../src/workbook/package/sheet-parts";
import { sheetEntries } from "../../../src/workbook/package/workbook-index";
import { miniPackage, worksheet } from "../../support/mini-package";
import { withSheetsList } from "../../../src/workbook/package/sheets-list";
import { UnsupportedPackage } from "../../../src/workbook/package/xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The part with a marker where a new `<sheet>` goes. */
const placed = (xml: string) => {
  const { xml: out, at } = withSheetsList(xml);
  return `${out.slice(0, at)}|${out.slice(at)}`;
};

describe("the workbook's <sheets> list, for a new sheet", () => {
  it("is the list there, a new sheet going last in it", () => {
    expect(placed(`<workbook><sheets><sheet name="a"/></sheets><calcPr/></workbook>`)).toBe(
      `<workbook><sheets><sheet name="a"/>|</sheets><calcPr/></workbook>`
    );
  });

  it("opens an empty <sheets/>, and finds it past a comment that names </sheets>", () => {
    expect(placed(`<workbook><!-- </sheets> --><sheets /><definedNames/></workbook>`)).toBe(
      `<workbook><!-- </sheets> --><sheets>|</sheets><definedNames/></workbook>`
    );
  });

  it("puts a missing list among the root's own children, never into the <extLst> of a <workbookView>", () => {
    const xml =
      `<workbook><bookViews><workbookView><extLst><ext uri="x"/></extLst></workbookView></bookViews>` +
      `<!-- <calcPr/> --><calcPr calcId="191029"/><extLst/></workbook>`;
    expect(placed(xml)).toBe(
      `<workbook><bookViews><workbookView><extLst><ext uri="x"/></extLst></workbookView></bookViews>` +
        `<!-- <calcPr/> --><sheets>|</sheets><calcPr calcId="191029"/><extLst/></workbook>`
    );
  });

  it("puts a missing list last when nothing that follows it is there", () => {
    expect(placed(`<workbook><bookViews/></workbook>`)).toBe(
      `<workbook><bookViews/><sheets>|</sheets></workbook>`
    );
  });

  it("leaves a prefixed list or a workbook of no body to be saved again whole", () => {
    expect(() => withSheetsList(`<x:workbook xmlns:x="m"><x:sheets/></x:workbook>`)).toThrow(
      UnsupportedPackage
    );
    expect(() => withSheetsList(`<workbook/>`)).toThrow(UnsupportedPackage);
  });
});

describe("a sheet written into a workbook part with no <sheets>", () => {
  it("is listed among the workbook's children, where the reader finds it", () => {
    const pkg = OpcPackage.read(miniPackage(worksheet("<sheetData/>")));
    pkg.set(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView>` +
        `<extLst><ext uri="x"/></extLst></workbookView></bookViews><calcPr/></workbook>`
    );
    writeSheet(pkg, { name: "收费表", xml: worksheet("<sheetData/>") });
    const xml = pkg.text("xl/workbook.xml")!;
    expect(xml).toContain(`</bookViews><sheets><sheet name="收费表" sheetId="1" r:id="`);
    expect(xml).toContain(`"/></sheets><calcPr/></workbook>`);
    expect(sheetEntries(pkg).map((s) => s.name)).toEqual(["收费表"]);
  });
});
