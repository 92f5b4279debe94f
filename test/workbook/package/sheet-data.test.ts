import { strFromU8, unzipSync } from "fflate";
import type { CellMark } from "../../../src/jobs/workbook-port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { miniPackage, worksheet } from "../../support/mini-package";
import { blankCellStyle } from "../../../src/workbook/package/blank-cell-style";
import { placeCells, restoreRows, type CellMaker } from "../../../src/workbook/package/sheet-data";

const data = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const put = (cells: Record<string, string>): Map<string, CellMaker> =>
  new Map(Object.entries(cells).map(([ref, text]) => [ref, () => text]));

describe("placing cells in sheetData", () => {
  it("replaces a cell's element and leaves every other byte", () => {
    const xml = data(`<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c> <c r="C2"/></row>`);
    const { xml: out, placed } = placeCells(xml, put({ A2: `<c r="A2"><v>1</v></c>` }));
    expect(out).toBe(data(`<row r="2" spans="1:3"><c r="A2"><v>1</v></c> <c r="C2"/></row>`));
    expect(placed.get("A2")).toEqual({ before: `<c r="A2" t="s"><v>0</v></c>` });
  });

  it("inserts a cell with no element in column order, after AA comes AB", () => {
    const xml = data(`<row r="1"><c r="A1"/><c r="C1"/><c r="AA1"/></row>`);
    const { xml: out } = placeCells(xml, put({ B1: "<B/>", AB1: "<AB/>", D1: "<D/>" }));
    expect(out).toBe(data(`<row r="1"><c r="A1"/><B/><c r="C1"/><D/><c r="AA1"/><AB/></row>`));
  });

  it("makes a missing row in row order, and opens a self-closed one", () => {
    const xml = data(
      `<row r="1"><c r="A1"/></row><row r="3" s="2" customFormat="1"/><row r="9"></row>`
    );
    const { xml: out, placed } = placeCells(
      xml,
      put({ B3: "<B3/>", A5: "<A5/>", C5: "<C5/>", A12: "<A12/>" })
    );
    expect(out).toBe(
      data(
        `<row r="1"><c r="A1"/></row><row r="3" s="2" customFormat="1"><B3/></row>` +
          `<row r="5"><A5/><C5/></row><row r="9"></row><row r="12"><A12/></row>`
      )
    );
    expect(placed.get("B3")).toEqual({ row: `<row r="3" s="2" customFormat="1"/>` });
    expect(placed.get("A5")).toEqual({ row: "" });
    expect(placed.get("C5")).toEqual({});
  });

  it("counts rows and cells written without r from the one before", () => {
    const xml = data(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c/></row>`);
    const { xml: out } = placeCells(xml, put({ B1: "<B1/>", C2: "<C2/>" }));
    expect(out).toBe(data(`<row><c><v>1</v></c><B1/></row><row><c/><C2/></row>`));
  });

  it("opens an empty sheetData only when asked", () => {
    const xml = `<worksheet><sheetData/><pageMargins/></worksheet>`;
    expect(placeCells(xml, put({ A1: "<A1/>" })).xml).toBe(xml);
    expect(placeCells(xml, put({ B2: "<B2/>" }), true).xml).toBe(
      `<worksheet><sheetData><row r="2"><B2/></row></sheetData><pageMargins/></worksheet>`
    );
  });

  it("gets the rows back byte for byte once what was put in is taken out", () => {
    const xml = data(`<row r="1"><c r="A1"/></row><row r="3" ht="20"/>`);
    const { xml: marked, placed } = placeCells(xml, put({ B3: '<c r="B3"/>', D7: '<c r="D7"/>' }));
    const unplaced = placeCells(marked, put({ B3: "", D7: "" })).xml;
    const rows = new Map([
      [3, placed.get("B3")!.row!],
      [7, placed.get("D7")!.row!],
    ]);
    expect(restoreRows(unplaced, rows)).toBe(xml);
    // a row someone has typed into since stays
    expect(restoreRows(marked, rows)).toBe(marked);
  });
});

describe("the format of a never-typed cell", () => {
  const xml = `<worksheet><cols><col min="2" max="4" width="9" style="5" customWidth="1"/></cols><sheetData/></worksheet>`;
  it("is its formatted row's, else its column's, else 0", () => {
    expect(blankCellStyle(xml, `<row r="2" s="7" customFormat="1">`, 2)).toBe(7);
    expect(blankCellStyle(xml, `<row r="2" s="7">`, 2)).toBe(5);
    expect(blankCellStyle(xml, undefined, 3)).toBe(5);
    expect(blankCellStyle(xml, undefined, 4)).toBe(0);
  });
});

describe("placing cells in sheetData as any XML writer wrote it", () => {
  it("finds rows and cells written in single quotes, with spaces around = and references, a > in a value and a comment between them", () => {
    const xml = data(
      `<!-- <row r="2"><c r="B2"/></row> --><row r = '2' note='a>b'><c r='&#65;2' s = '1'><v>5</v></c>` +
        `<c r="C2"/></row>`
    );
    const { xml: out, placed } = placeCells(xml, put({ B2: "<B2/>", A2: "<A2/>" }));
    expect(out).toBe(
      data(
        `<!-- <row r="2"><c r="B2"/></row> --><row r = '2' note='a>b'><A2/><B2/><c r="C2"/></row>`
      )
    );
    expect(placed.get("A2")).toEqual({ before: `<c r='&#65;2' s = '1'><v>5</v></c>` });
  });

  it("gives a row back its old text when it holds no cells again, whatever its quotes", () => {
    const xml = data(`<row r='4' spans = "1:2"><c r='B4'/></row>`);
    const { xml: placed } = placeCells(xml, put({ B4: "" }));
    expect(restoreRows(placed, new Map([[4, `<row r='4'/>`]]))).toBe(data(`<row r='4'/>`));
  });
});

describe("a cell whose r is written in lower case or with $", () => {
  it("is found in the column the cell reader reads it in, not placed again beside it", () => {
    const xml = data(`<row r="2"><c r="a2"/><c r="$B$2" s="1"><v>5</v></c><c r="d2"/></row>`);
    const { xml: out, placed } = placeCells(xml, put({ B2: "<B2/>", C2: "<C2/>" }));
    expect(out).toBe(data(`<row r="2"><c r="a2"/><B2/><C2/><c r="d2"/></row>`));
    expect(placed.get("B2")).toEqual({ before: `<c r="$B$2" s="1"><v>5</v></c>` });
  });

  it("is highlighted as one cell, keeps its value, and is unmarked byte for byte on a re-run", async () => {
    const sheet = worksheet(
      `<sheetData><row r="1"><c r="a1" t="inlineStr"><is><t>学号</t></is></c></row>` +
        `<row r="2"><c r="b2"><v>3</v></c></row></sheetData>`
    );
    const mark: CellMark = { sheet: "考勤", cell: "B2", severity: "error", note: "B2 有问题" };
    const part = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    const marked = await XlsxWorkbook.fromBuffer(miniPackage(sheet));
    await marked.readSheets();
    await marked.markCells([mark]);
    const once = await marked.toBuffer();
    expect(part(once).match(/<c r="[bB]2"/g)).toEqual([`<c r="b2"`]);
    expect(part(once)).toMatch(/<c r="b2" s="\d+"><v>3<\/v><\/c>/);
    const again = await XlsxWorkbook.fromBuffer(once);
    expect((await again.readSheets())[0].values[1]).toEqual([null, 3]);
    await again.markCells([]);
    expect(part(await again.toBuffer())).toBe(sheet);
  });
});
