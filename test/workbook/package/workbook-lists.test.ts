import type { PagePlan } from "../../../src/jobs/sheet-layout";
import { setPrintArea } from "../../../src/workbook/package/print-xml";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { writeSheet } from "../../../src/workbook/package/sheet-parts";
import { sheetEntries } from "../../../src/workbook/package/workbook-index";
import { miniPackage, worksheet } from "../../support/mini-package";
import { workbookList } from "../../../src/workbook/package/workbook-lists";
import { UnsupportedPackage } from "../../../src/workbook/package/xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The part with a marker where a new `<sheet>` goes. */
const placed = (xml: string, name: "sheets" | "definedNames" = "sheets") => {
  const { xml: out, at } = workbookList(xml, name);
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
    expect(() =>
      workbookList(`<x:workbook xmlns:x="m"><x:sheets/></x:workbook>`, "sheets")
    ).toThrow(UnsupportedPackage);
    expect(() => workbookList(`<workbook/>`, "sheets")).toThrow(UnsupportedPackage);
  });
});

describe("the workbook's <definedNames> list, for a print area", () => {
  it("is the list there, whatever comes before it", () => {
    expect(
      placed(
        `<workbook><sheets/><definedNames><definedName name="x"/></definedNames></workbook>`,
        "definedNames"
      )
    ).toBe(`<workbook><sheets/><definedNames><definedName name="x"/>|</definedNames></workbook>`);
  });

  it("goes after the sheets and the external references when missing, not into a comment", () => {
    const xml =
      `<workbook><!-- </sheets> --><sheets><sheet name="a"/></sheets>` +
      `<externalReferences><externalReference r:id="rId9"/></externalReferences><calcPr/></workbook>`;
    expect(placed(xml, "definedNames")).toBe(
      `<workbook><!-- </sheets> --><sheets><sheet name="a"/></sheets>` +
        `<externalReferences><externalReference r:id="rId9"/></externalReferences>` +
        `<definedNames>|</definedNames><calcPr/></workbook>`
    );
  });
});

describe("a print area set in a workbook with external references and no names", () => {
  it("is listed after the references, where Excel reads a workbook without repairing it", () => {
    const pkg = OpcPackage.read(miniPackage(worksheet("<sheetData/>")));
    pkg.set(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="考勤" sheetId="1" r:id="rId1"/></sheets>` +
        `<externalReferences><externalReference r:id="rId9"/></externalReferences><calcPr/></workbook>`
    );
    const page: PagePlan = {
      orientation: "portrait",
      area: { row: 0, col: 0, rows: 2, cols: 3 },
      breaksBefore: [],
      columns: [],
      framedRows: [],
      edges: new Map(),
      emphasis: [],
    };
    setPrintArea(pkg, "考勤", page);
    expect(pkg.text("xl/workbook.xml")).toContain(
      `</externalReferences><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">`
    );
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
