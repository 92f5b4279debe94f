import type { OutputSheet } from "../../../src/jobs/output-sheet";
import { readWorkbookCells } from "../../../src/workbook/cells/read-cells";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { writeKehouPackage } from "../../support/written-bytes";
import { additionsOnly, partsOf, text } from "../../support/package-parts";
import { miniPackage, worksheet as miniSheet } from "../../support/mini-package";
import { handXlsx, sst, styles, worksheet } from "../../support/xlsx-parts";

const list = (rows: (string | number)[][]): OutputSheet => ({
  name: "问题清单",
  title: "问题清单（由 Kehou 生成，重新运行会替换本表）",
  columns: [
    { header: "严重程度", width: 10, format: "text" },
    { header: "行", width: 8, format: "integer" },
  ],
  rows,
});

const ROWS = [
  ["错误", 1],
  ["错误", 2],
  ["警告", 3],
  ["警告", 4],
  ["只说一次", 5],
];

/** A school whose table holds a plain 学号, a bold 错误 (rich text) and a plain 警告. */
const school = () =>
  handXlsx({
    sheets: [
      {
        name: "名册",
        xml: worksheet(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
        ),
      },
    ],
    sharedStrings: sst(["<t>学号</t>", "<r><rPr><b/></rPr><t>错误</t></r>", "<t>警告</t>"]),
    styles: styles([0]),
  });

const cells = (bytes: Uint8Array) =>
  Object.fromEntries(readWorkbookCells(OpcPackage.read(bytes)).map((g) => [g.name, g.values]));

describe("Kehou's repeated texts in the school's shared strings", () => {
  it("appends them after the school's items, reusing a plain one and never a rich one", () => {
    const before = school();
    const after = writeKehouPackage(before, { sheets: [list(ROWS)] });
    const table = text(partsOf(after).get("xl/sharedStrings.xml")!);
    expect(
      additionsOnly(partsOf(before).get("xl/sharedStrings.xml")!, strToBytes(table))
    ).toBeUndefined();
    expect(table).toContain('count="7" uniqueCount="4"');
    expect(table.endsWith("<si><t>警告</t></si><si><t>错误</t></si></sst>")).toBe(true);
    const sheet = text(partsOf(after).get("xl/worksheets/sheet2.xml")!);
    expect(sheet).toMatch(/<c r="A4" s="\d+" t="s"><v>3<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A6" s="\d+" t="s"><v>2<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A8" s="\d+" t="inlineStr"><is><t>只说一次<\/t><\/is><\/c>/);
    const read = cells(after);
    expect(read["名册"]).toEqual([["学号", "错误", "警告"]]);
    expect(read["问题清单"].slice(3).map((r) => r[0])).toEqual(ROWS.map((r) => r[0]));
  });

  it("gives a workbook without shared strings a table of its own, related and typed", () => {
    const after = writeKehouPackage(
      miniPackage(miniSheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')),
      { sheets: [list(ROWS)] }
    );
    const parts = partsOf(after);
    expect(text(parts.get("xl/sharedStrings.xml")!)).toContain(
      'count="4" uniqueCount="2"><si><t>错误</t></si><si><t>警告</t></si></sst>'
    );
    expect(text(parts.get("xl/_rels/workbook.xml.rels")!)).toMatch(
      /Type="[^"]*\/relationships\/sharedStrings" Target="sharedStrings.xml"/
    );
    expect(text(parts.get("[Content_Types].xml")!)).toContain(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    );
    expect(
      cells(after)
        ["问题清单"].slice(3)
        .map((r) => r[0])
    ).toEqual(ROWS.map((r) => r[0]));
  });

  it("leaves the table alone when the sheet repeats no text", () => {
    const before = school();
    const after = writeKehouPackage(before, { sheets: [list([["只说一次", 1]])] });
    expect(partsOf(after).get("xl/sharedStrings.xml")).toEqual(
      partsOf(before).get("xl/sharedStrings.xml")
    );
  });

  it("is the same table after a re-run replaces the sheet, its counts too", () => {
    const once = writeKehouPackage(school(), { sheets: [list(ROWS)] });
    const twice = writeKehouPackage(once, { sheets: [list(ROWS)] });
    expect(text(partsOf(twice).get("xl/sharedStrings.xml")!)).toBe(
      text(partsOf(once).get("xl/sharedStrings.xml")!)
    );
    const fewer = writeKehouPackage(once, { sheets: [list(ROWS.slice(0, 2))] });
    expect(text(partsOf(fewer).get("xl/sharedStrings.xml")!)).toContain(
      'count="5" uniqueCount="4"'
    );
  });

  it("opens an empty self-closed table to append to it", () => {
    const before = handXlsx({
      sheets: [{ name: "名册", xml: worksheet("") }],
      sharedStrings:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
      styles: styles([0]),
    });
    const after = writeKehouPackage(before, { sheets: [list(ROWS)] });
    expect(text(partsOf(after).get("xl/sharedStrings.xml")!)).toContain(
      'count="4" uniqueCount="2"><si><t>错误</t></si><si><t>警告</t></si></sst>'
    );
    expect(
      cells(after)
        ["问题清单"].slice(3)
        .map((r) => r[0])
    ).toEqual(ROWS.map((r) => r[0]));
  });
});

function strToBytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
