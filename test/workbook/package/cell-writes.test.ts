import { writeCells, writtenSheet } from "../../../src/workbook/package/cell-writes";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { sheetEntries } from "../../../src/workbook/package/workbook-index";
import { additionsOnly } from "../../support/package-parts";
import { miniPackage, worksheet } from "../../support/mini-package";

const settings = worksheet(
  `<dimension ref="A1:B2"/><cols><col min="2" max="2" width="12" style="2" customWidth="1"/></cols>` +
    `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c></row>` +
    `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><f>B1</f><v>3</v></c></row></sheetData>` +
    `<pageMargins left="0.7"/>`
);

describe("cells the settings form writes", () => {
  it("replaces only the written cells: text inline, numbers as numbers, each cell's format kept", () => {
    const out = writtenSheet(settings, [
      { row: 0, col: 1, value: " 清白学校 " },
      { row: 1, col: 1, value: 0.1 },
      { row: 3, col: 0, value: "月份" },
      { row: 3, col: 1, value: "2023-05 <&>" },
    ]);
    expect(out).toBe(
      worksheet(
        `<dimension ref="A1:B4"/><cols><col min="2" max="2" width="12" style="2" customWidth="1"/></cols>` +
          `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve"> 清白学校 </t></is></c></row>` +
          `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>0.1</v></c></row>` +
          // a new cell takes its column's format, as in Excel
          `<row r="4"><c r="A4" t="inlineStr"><is><t>月份</t></is></c><c r="B4" s="2" t="inlineStr"><is><t>2023-05 &lt;&amp;&gt;</t></is></c></row></sheetData>` +
          `<pageMargins left="0.7"/>`
      )
    );
  });

  it("writes a sheet that does not exist as a new part at the end, the index parts only added to", () => {
    const pkg = OpcPackage.read(miniPackage(settings));
    const before = pkg.text("xl/workbook.xml")!;
    writeCells(pkg, [
      { sheet: "设置", cells: [{ row: 0, col: 0, value: "项目" }] },
      { sheet: "设置", cells: [{ row: 1, col: 1, value: 5 }] },
    ]);
    const entry = sheetEntries(pkg).at(-1)!;
    expect(entry.name).toBe("设置");
    expect(pkg.text(entry.part!)).toContain(
      `<dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c></row><row r="2"><c r="B2"><v>5</v></c></row></sheetData>`
    );
    const enc = new TextEncoder();
    expect(
      additionsOnly(enc.encode(before), enc.encode(pkg.text("xl/workbook.xml")!))
    ).toBeUndefined();
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe(settings);
  });
});

describe("writing cells into a sheet written in single quotes", () => {
  it("grows its one dimension in place and takes the column's format from cols", () => {
    const xml = worksheet(
      `<dimension ref = 'A1:B2'/><cols><col min='2' max = '2' style='2' note='a>b'/></cols>` +
        `<sheetData><row r='1'><c r='A1'><v>1</v></c></row></sheetData>`
    );
    const out = writtenSheet(xml, [{ row: 3, col: 1, value: 7 }]);
    expect(out.match(/<dimension/g)).toHaveLength(1);
    expect(out).toContain(`<dimension ref = 'A1:B4'/>`);
    expect(out).toContain(`<row r="4"><c r="B4" s="2"><v>7</v></c></row>`);
  });
});
