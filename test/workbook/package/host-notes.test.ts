import { removeHostNotes } from "../../../src/workbook/package/host-notes";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { miniPackage, worksheet } from "../../support/mini-package";

const SHEET = "xl/worksheets/sheet1.xml";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Notes as Excel saves them: runs with their fonts, attributes as it pleases, a text box each. */
const comments =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<authors><author>教务处</author><author>张老师</author></authors><commentList>` +
  `<comment ref="B2" authorId="0"><text><r><rPr><sz val="9"/></rPr><t>学校的批注</t></r></text></comment>` +
  `<comment ref = 'B3' authorId='1' shapeId="0"><text><r><rPr><b/></rPr><t>Kehou&#xFF1A;</t></r><r><t xml:space="preserve">缺签</t></r></text></comment>` +
  `<comment ref="C4" authorId="1"><text><t>Kehou：不在记录里的格</t></text></comment>` +
  `</commentList></comments>`;
const box = (row: number, col: number, id: number) =>
  `<v:shape id="_x0000_s${id}" type="#_x0000_t202"><x:ClientData ObjectType='Note'><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
const vml =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"/>${box(1, 1, 1025)}${box(2, 1, 1026)}${box(3, 2, 1027)}</xml>`;
const rels =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/>` +
  `<Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;

const school = () =>
  OpcPackage.read(
    miniPackage(worksheet(`<sheetData/><legacyDrawing r:id="rId2"/>`), {
      "xl/worksheets/_rels/sheet1.xml.rels": rels,
      "xl/comments1.xml": comments,
      "xl/drawings/vmlDrawing1.vml": vml,
    })
  );

describe("Kehou's notes a host saved in the school's notes part", () => {
  it("come out with their text boxes on the recorded cells; the school's notes stay", () => {
    const pkg = school();
    removeHostNotes(pkg, SHEET, new Set(["B2", "B3"]));
    const notes = pkg.text("xl/comments1.xml")!;
    expect(notes).toContain("学校的批注");
    expect(notes).not.toContain("缺签");
    expect(notes).toContain("不在记录里的格");
    const drawing = pkg.text("xl/drawings/vmlDrawing1.vml")!;
    expect(drawing).toContain(box(1, 1, 1025));
    expect(drawing).not.toContain("_x0000_s1026");
    expect(drawing).toContain(box(3, 2, 1027));
    expect(drawing).toContain("_x0000_t202");
  });

  it("come out when the host wrote their cell with anchors or in lower case", () => {
    const pkg = school();
    const written = comments.replace("ref = 'B3'", "ref = '$b$3'");
    pkg.set("xl/comments1.xml", written);
    removeHostNotes(pkg, SHEET, new Set(["B3"]));
    expect(pkg.text("xl/comments1.xml")).not.toContain("缺签");
    expect(pkg.text("xl/drawings/vmlDrawing1.vml")).not.toContain("_x0000_s1026");
  });

  it("leave a package alone when no recorded cell carries one", () => {
    const pkg = school();
    removeHostNotes(pkg, SHEET, new Set(["B2", "A9"]));
    expect(pkg.text("xl/comments1.xml")).toBe(comments);
    expect(pkg.text("xl/drawings/vmlDrawing1.vml")).toBe(vml);
  });
});
