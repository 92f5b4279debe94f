import { writeCells, writtenSheet } from "../../../src/workbook/package/cell-writes";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { addRelationship } from "../../../src/workbook/package/relationships";
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

describe("a formula the settings form types over", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const chainOf = (cells: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}">${cells}</calcChain>`;
  const withChain = (cells: string) => {
    const pkg = OpcPackage.read(miniPackage(settings, { "xl/calcChain.xml": chainOf(cells) }));
    addRelationship(pkg, "xl/workbook.xml", {
      id: "rId9",
      type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
      target: "calcChain.xml",
    });
    return pkg;
  };

  it("leaves the calculation chain, an entry after it keeping its sheet (Excel repairs it otherwise)", () => {
    // B2 holds =B1; C2 inherits its sheet (i) from B2's entry, A1 is of another sheet.
    const pkg = withChain('<c r="A1" i="2"/><c r="B2" i="1" l="1"/><c r="C2"/>');
    writeCells(pkg, [{ sheet: "考勤", cells: [{ row: 1, col: 1, value: 0.1 }] }]);
    expect(pkg.text("xl/calcChain.xml")).toBe(chainOf('<c r="A1" i="2"/><c r="C2" i="1" l="1"/>'));
  });

  it("takes the chain out, with its relationship, when no entry is left", () => {
    const pkg = withChain('<c r="B2" i="1"/>');
    writeCells(pkg, [{ sheet: "考勤", cells: [{ row: 1, col: 1, value: 0.1 }] }]);
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    expect(pkg.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });

  it("keeps the chain as it was when no formula was typed over", () => {
    const pkg = withChain('<c r="B2" i="1"/>');
    const before = pkg.text("xl/calcChain.xml");
    writeCells(pkg, [{ sheet: "考勤", cells: [{ row: 0, col: 1, value: "学校" }] }]);
    expect(pkg.text("xl/calcChain.xml")).toBe(before);
  });
});
