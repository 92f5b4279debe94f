import { strToU8, zipSync } from "fflate";
import { readWorkbookIndex } from "../../../src/workbook/package/workbook-index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { handXlsx, worksheet } from "../../support/xlsx-parts";

const cell = (v: number) => worksheet(`<row r="1"><c r="A1"><v>${v}</v></c></row>`);
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("which sheets a workbook has, from xl/workbook.xml and its relationships", () => {
  it("keeps the workbook's order and names, hidden and very hidden marked, wherever the parts are", async () => {
    const wb = await XlsxWorkbook.fromBuffer(
      handXlsx({
        sheets: [
          { name: "甲 &amp; 乙", xml: cell(1), target: "/xl/worksheets/sheet9.xml" },
          { name: "旧", xml: cell(2), state: "veryHidden", target: "../xl/data/roster.xml" },
          { name: "藏", xml: cell(3), state: "hidden", target: "./worksheets/x.xml" },
          { name: "见", xml: cell(4), state: "visible" },
        ],
      })
    );
    const grids = await wb.readSheets();
    expect(grids.map((g) => [g.name, g.hidden ?? false, g.values[0][0]])).toEqual([
      ["甲 & 乙", false, 1],
      ["旧", true, 2],
      ["藏", true, 3],
      ["见", false, 4],
    ]);
  });

  it("leaves out chart sheets and dialog sheets: they hold no cells", async () => {
    const grids = await (
      await XlsxWorkbook.fromBuffer(
        handXlsx({
          sheets: [
            { name: "数据", xml: cell(1) },
            {
              name: "图",
              xml: `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><drawing r:id="rId1" xmlns:r="${REL}"/></chartsheet>`,
              target: "chartsheets/sheet1.xml",
              type: `${REL}/chartsheet`,
            },
            {
              name: "对话框",
              xml: `<dialogsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
              target: "dialogsheets/sheet1.xml",
              type: `${REL}/dialogsheet`,
            },
          ],
        })
      )
    ).readSheets();
    expect(grids.map((g) => g.name)).toEqual(["数据"]);
  });

  it("refuses a workbook that lists a sheet whose part is missing, saying which", async () => {
    const bytes = handXlsx({ sheets: [{ name: "名册" }, { name: "考勤", xml: cell(1) }] });
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toThrow(
      "工作簿不完整，工作表「名册」（缺少 xl/worksheets/sheet1.xml）的数据缺失：请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试"
    );
  });

  it("reads relationship ids under the prefix the root binds, and a package with no workbook part as no sheets", async () => {
    const workbook = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="${REL}"><sheets><sheet name="名册" sheetId="1" rel:id="a"/></sheets></workbook>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(workbook),
      "xl/_rels/workbook.xml.rels": strToU8(rels),
      "xl/worksheets/sheet1.xml": strToU8(cell(7)),
    });
    expect((await (await XlsxWorkbook.fromBuffer(bytes)).readSheets())[0].values).toEqual([[7]]);
    const empty = zipSync({ "docProps/app.xml": strToU8("<Properties/>") });
    expect(await (await XlsxWorkbook.fromBuffer(empty)).readSheets()).toEqual([]);
  });

  it("says a damaged workbook index is damaged, in Chinese", async () => {
    const bytes = zipSync({
      "xl/workbook.xml": strToU8("<workbook><sheets><sheet name='x'"),
      "xl/_rels/workbook.xml.rels": strToU8("<Relationships/>"),
    });
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toThrow(
      /工作簿已损坏：工作簿的目录（xl\/workbook\.xml）不是完整的 XML/
    );
  });

  const rel = (id: string, target: string) => ({
    id,
    type: `${REL}/worksheet`,
    target,
    external: false,
  });
  const book = (body: string, root = "") =>
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"${root}>${body}</workbook>`;

  it("counts only the <sheet> children of <sheets>, as Excel does (the writer's print areas too)", () => {
    const xml = book(
      '<bookViews><sheet name="视图" sheetId="7" r:id="rId2"/></bookViews>' +
        '<sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets>' +
        '<extLst><ext uri="x"><sheet name="扩展" sheetId="8" r:id="rId2"/></ext></extLst>'
    );
    const index = readWorkbookIndex(xml, "xl/workbook.xml", [
      rel("rId1", "worksheets/sheet1.xml"),
      rel("rId2", "worksheets/sheet2.xml"),
    ]);
    expect(index.sheets.map((s) => [s.name, s.sheetId, s.part])).toEqual([
      ["名册", 1, "xl/worksheets/sheet1.xml"],
    ]);
  });

  it("takes r:id in the relationships namespace only, bound at the root or on the tag", () => {
    const xml = book(
      "<sheets>" +
        '<sheet name="甲" sheetId="1" r:id="rId1" o:id="rId9"/>' +
        `<sheet name="乙" sheetId="2" o:id="rId9" xmlns:q="${REL}" q:id="rId2"/>` +
        "</sheets>",
      ' xmlns:o="urn:other"'
    );
    const index = readWorkbookIndex(xml, "xl/workbook.xml", [
      rel("rId1", "worksheets/a.xml"),
      rel("rId2", "worksheets/b.xml"),
      rel("rId9", "worksheets/decoy.xml"),
    ]);
    expect(index.sheets.map((s) => [s.name, s.part])).toEqual([
      ["甲", "xl/worksheets/a.xml"],
      ["乙", "xl/worksheets/b.xml"],
    ]);
  });

  it("takes the prefix <sheets> binds when the root binds none", () => {
    const xml =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheets xmlns:p="${REL}"><sheet name="丙" sheetId="3" p:id="rId3"/></sheets></workbook>`;
    const index = readWorkbookIndex(xml, "xl/workbook.xml", [rel("rId3", "worksheets/c.xml")]);
    expect(index.sheets.map((s) => s.part)).toEqual(["xl/worksheets/c.xml"]);
  });
});
