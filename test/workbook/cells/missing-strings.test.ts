import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { handXlsx, worksheet } from "../../support/xlsx-parts";

const SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const table = (...items: string[]) =>
  `${SST} count="${items.length}">${items.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`;

/** The roster 名册 with `cells` in its second row, under a header of shared strings 0 and 1. */
const roster = (cells: string, sharedStrings?: string) =>
  handXlsx({
    sheets: [
      {
        name: "名册",
        xml: worksheet(
          `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2">${cells}</row>`
        ),
      },
    ],
    ...(sharedStrings !== undefined ? { sharedStrings } : {}),
  });

describe("a text cell whose shared string is not in the table is said, never read as blank", () => {
  it("reads a cell whose index is in the table, and an item with no text as blank", async () => {
    const bytes = roster(
      '<c r="A2" t="s"><v>2</v></c>',
      `${table("学号", "姓名")}`.replace("</sst>", "<si/></sst>")
    );
    const [grid] = await (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
    expect(grid.values).toEqual([["学号", "姓名"]]);
  });

  it.each([
    ["an index past the table", table("学号", "姓名"), '<c r="C2" t="s"><v>7</v></c>', "C2"],
    ["an empty sharedStrings.xml", "", '<c r="A2" t="s"><v>0</v></c>', "A1"],
    ["a table with no items", `${SST}/>`, '<c r="A2" t="s"><v>0</v></c>', "A1"],
    [
      "a cell not written tight",
      table("学号", "姓名"),
      '<c r="D2" t="s" s="0"><v> 9 </v></c>',
      "D2",
    ],
    [
      "a formula's cached index",
      table("学号", "姓名"),
      '<c r="E2" t="s"><f>A1</f><v>5</v></c>',
      "E2",
    ],
    ["an index that is no number", table("学号", "姓名"), '<c r="F2" t="s"><v>x</v></c>', "F2"],
  ])("refuses %s, naming the sheet and the cell", async (_what, sst, cells, cell) => {
    await expect(XlsxWorkbook.fromBuffer(roster(cells, sst))).rejects.toThrow(
      new RegExp(`工作表「名册」.*单元格 ${cell} 的文本.*共享字符串.*另存为 \\.xlsx`)
    );
  });

  it("refuses text cells in a package without a shared-strings part", async () => {
    await expect(XlsxWorkbook.fromBuffer(roster(""))).rejects.toThrow(/单元格 A1 的文本/);
  });
});
