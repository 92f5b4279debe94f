import fc from "fast-check";
import { UnreadableWorkbook } from "../../../src/workbook/cells/read-cells";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { handXlsx, sst, styles, worksheet, type HandBook } from "../../support/xlsx-parts";

/** The grids of a hand-built workbook, read as Kehou reads a school's file. */
async function read(book: HandBook) {
  return (await XlsxWorkbook.fromBuffer(handXlsx(book))).readSheets();
}

const one = async (sheetData: string, extra: Partial<HandBook> = {}, after = "") =>
  (await read({ sheets: [{ name: "表", xml: worksheet(sheetData, after) }], ...extra }))[0];

describe("cells as Excel's range.values gives them, from XML exceljs never writes", () => {
  it("reads prefixed SpreadsheetML (<x:c>), as Excel does", async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>42</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>行内</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const grid = (
      await read({
        sheets: [{ name: "前缀", xml }],
        sharedStrings:
          '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>学号</x:t></x:si></x:sst>',
      })
    )[0];
    expect(grid.values).toEqual([["学号", 42], ["行内"]]);
  });

  it("reads pretty-printed XML the same as tight XML, and values with references in them", async () => {
    const grid = await one(
      '\n  <row r="1">\n    <c r="A1">\n      <v>1</v>\n    </c>\n    <c r="B1" t="str"><v>a&amp;b</v></c>' +
        '<c r="C1" t="e"><v >#N/A</v></c><c r="D1"><v>2</v> </c><c r="E1"><v>&#51;</v></c>\n  </row>\n'
    );
    expect(grid.values).toEqual([[1, "a&b", "#N/A", 2, 3]]);
  });

  it("places rows and cells without r after the one before (the first in A1)", async () => {
    const grid = await one(
      '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
        '<row r="3"><c><v>31</v></c></row><row><c r="B4"><v>42</v></c></row>'
    );
    expect(grid.values).toEqual([["a", 2, null, null, 5, 6], [], [31], [null, 42]]);
  });

  it("reads inline strings, rich inline strings, formula strings, booleans and errors", async () => {
    const grid = await one(
      '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve"> 三 </t></r></is></c>' +
        '<c r="B1" t="str"><f>A1&amp;"!"</f><v>张 三 !</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>' +
        '<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
    );
    expect(grid.values).toEqual([["张 三 ", "张 三 !", true, false, "#N/A", "#DIV/0!"]]);
  });

  it("leaves phonetic runs (<rPh>) out of the text, and decodes _xHHHH_ as Excel does", async () => {
    const grid = await one(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>行_x000D_内</t><rPh sb="0" eb="1"><t>ギョウ</t></rPh></is></c></row>',
      {
        sharedStrings: sst([
          '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
          "<t>a_x000D_b_x005F_x0041_</t>",
          '<r><t>甲</t></r><rPh sb="0" eb="1"><t>コウ</t></rPh><r><t>乙</t></r>',
        ]),
      }
    );
    expect(grid.values).toEqual([["東京", "a\rb_x0041_", "甲乙", "行\r内"]]);
  });

  it("decodes entities, character references, CDATA and skips comments; keeps spaces as written", async () => {
    const grid = await one(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#x4E00;&#20108;</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t><![CDATA[<x> & y]]><!-- 注释 -->z</t></is></c>' +
        '<c r="C1" t="inlineStr"><is><t xml:space="preserve">  两边  </t></is></c>' +
        '<c r="D1" t="inlineStr"><is><t>第一行\r\n第二行</t></is></c></row>'
    );
    expect(grid.values).toEqual([
      ["<a> & \"b\" 'c' 一二", "<x> & yz", "  两边  ", "第一行\n第二行"],
    ]);
  });

  it('gives ISO dates (t="d") and numbers in date formats as serials, 1904 workbooks moved to 1900\'s', async () => {
    const sheet =
      '<row r="1"><c r="A1" t="d"><v>2023-05-08T00:00:00</v></c><c r="B1" t="d"><v>2023-05-08T18:00:00Z</v></c>' +
      '<c r="C1" s="1"><v>43955</v></c><c r="D1"><v>43955</v></c><c r="E1" s="2"><v>0.75</v></c></row>';
    const extra = { styles: styles([0, 14, 164], { 164: "h:mm" }) };
    const g1900 = await one(sheet, extra);
    expect(g1900.values).toEqual([[45054, 45054.75, 43955, 43955, 0.75]]);
    expect(g1900.numberFormats).toEqual([["General", "General", "mm-dd-yy", "General", "h:mm"]]);
    // 1904: the same day reads the same (a serial 1,462 days on); numbers not shown as dates
    // stay, and so does a time of day (0.75 is 18:00 in both systems).
    const g1904 = await one(sheet, { ...extra, workbookPr: 'date1904="1"' });
    expect(g1904.values).toEqual([[45054, 45054.75, 43955 + 1462, 43955, 0.75]]);
  });

  it("reads 1E+999 as Infinity (for the money rules to catch) and exponents as numbers", async () => {
    const grid = await one(
      '<row r="1"><c r="A1"><v>1E+999</v></c><c r="B1"><v>-1.5E-3</v></c><c r="C1" t="n"><v>007</v></c></row>'
    );
    expect(grid.values).toEqual([[Infinity, -0.0015, 7]]);
  });

  it("lists formulas saved without a value as uncalculated, shared formulas' children too", async () => {
    const grid = await one(
      '<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><f t="shared" si="0"/></c></row>'
    );
    expect(grid.values).toEqual([[null, 3], [2]]);
    expect(grid.uncalculated).toEqual(["A1", "B2"]);
  });

  it('gives a formula\'s cached 0, FALSE or "" as its value, not as uncalculated', async () => {
    // exceljs dropped falsy cached values (its cell.value copies only truthy ones), so the
    // reader before flagged such formulas — a SUM that is 0 — as 值未计算.
    const grid = await one(
      '<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c>' +
        '<c r="C1" t="str"><f>""</f><v></v></c><c r="D1" t="str"><f>"x"</f><v>x</v></c></row>'
    );
    expect(grid.values).toEqual([[0, false, null, "x"]]);
    expect(grid.uncalculated).toEqual(["C1"]);
  });

  it("blanks the cells a merged area covers even when the file stores values there", async () => {
    const grid = await one(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>主</t></is></c><c r="B1"><v>9</v></c><c r="C1"><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>8</v></c><c r="B2"><f>1</f></c></row><row r="3"><c r="A3"><v>7</v></c></row>',
      {},
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>'
    );
    expect(grid.values).toEqual([["主", null, 3], [], [7]]);
    expect(grid.uncalculated).toBeUndefined();
  });

  it("gives each value cell its number format: built-in ids, custom codes, General by default", async () => {
    const grid = await one(
      '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="2"><v>2</v></c><c r="C1" s="3"><v>3</v></c>' +
        '<c r="D1" s="4"><v>4</v></c><c r="F1" s="9"><v>6</v></c><c r="G1" s="1"/></row>',
      { styles: styles([0, 4, 49, 165, 31], { 165: '0.0"元"' }) }
    );
    expect(grid.values).toEqual([[1, 2, 3, 4, null, 6]]);
    expect(grid.numberFormats).toEqual([
      ["#,##0.00", "@", '0.0"元"', "General", "General", "General"],
    ]);
  });

  it("keeps a far-corner value (XFD1048576) cheap: one long row, empty rows one shared array", async () => {
    const grid = await one(
      '<row r="2"><c r="A2"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'
    );
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[1]).toEqual([1]);
    expect(grid.values[1_048_575]).toHaveLength(16_384);
    expect(grid.values[1_048_575][16_383]).toBe(2);
    expect(new Set(grid.values.filter((r) => r.length === 0)).size).toBe(1);
    expect(Object.isFrozen(grid.values[0])).toBe(true);
  });

  it("refuses a sheet of far cells in many rows (a few KB zipped, gigabytes read) in words", async () => {
    const rows = Array.from(
      { length: 310 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`
    );
    await expect(
      XlsxWorkbook.fromBuffer(
        handXlsx({ sheets: [{ name: "远处", xml: worksheet(rows.join("")) }] })
      )
    ).rejects.toThrow(/工作表「远处」的数据.*远处的单元格过多/);
  });

  it("skips formatted but empty cells and rows, and rows written again keep the last", async () => {
    const grid = await one(
      '<row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="C1" s="1"/></row><row r="2" s="1" customFormat="1"/>' +
        '<row r="3"><c r="A3"><v>5</v></c></row><row r="3"><c r="B3"><v>6</v></c></row>',
      { styles: styles([0, 2]) }
    );
    expect(grid.values).toEqual([[null, 1], [], [null, 6]]);
  });
});

describe("a cell written tight (read in one pass) and the same cell written loosely (read by the scanner)", () => {
  /** Cells of every shape the one pass takes or hands back to the scanner. */
  const CELLS = [
    '<c r="A1" t="s"><v>1</v></c>',
    '<c r="B1" t="str"><v>12</v></c>',
    '<c r="C1" t="b"><v>1</v></c>',
    '<c r="D1" t="e"><v>#N/A</v></c>',
    '<c r="E1" s="1"><v>45000</v></c>',
    '<c r="F1" s="2"><v>1.5</v></c>',
    '<c r="G1" s="2"/>',
    "<c><v>7</v></c>",
    '<c r="J1" t="d"><v>2023-05-04</v></c>',
    '<c r="K1" s="1"><v></v></c>',
    "<c r='L1' t='s'><v>0</v></c>",
    '<c r="M1" t="s" s="0"><v>1</v></c>',
    '<c r="N1" x="a>b"><v>3</v></c>',
    '<c r="&#79;1"><v>4</v></c>',
    '<c r="P1"><v>1&#48;</v></c>',
    '<c r="Q1"><v>2\r\n</v></c>',
    '<c\tr="R1"\nt="n" ><v>-0.25</v></c>',
    '<c r="S1" t="inlineStr"><is><t>行内</t></is></c>',
    '<c r="T1"><f>1+1</f><v>2</v></c>',
    '<c r="U1"><v><![CDATA[5]]></v></c>',
    '<c r="V1"><v>007</v></c>',
    "<c/>",
    // The last item of the table (an index past it is refused: see missing-strings.test.ts).
    '<c r="X1" t="s"><v>1</v></c>',
  ];
  /** The same cell with a line break before its closing tag: the scanner's way. */
  const loosely = (c: string) => c.replace(/\/>$/, "></c>").replace(/<\/c>$/, "\n</c>");
  const extra = {
    sharedStrings: sst(["甲", "乙"]),
    styles: styles([0, 14, 4]),
  };

  it.each(CELLS)("reads %s the same value, format and place", async (cell) => {
    const tight = await one(`<row r="1"><c r="A1"><v>0</v></c>${cell}<c><v>8</v></c></row>`, extra);
    const loose = await one(
      `<row r="1"><c r="A1"><v>0</v></c>${loosely(cell)}<c><v>8</v></c></row>`,
      extra
    );
    expect(loosely(cell)).not.toBe(cell);
    expect(tight).toEqual(loose);
  });

  it("reads a row of every shape the same, tight or loose", async () => {
    const row = (cells: readonly string[]) => `<row r="2">${cells.join("")}</row>`;
    const tight = await one(row(CELLS), extra);
    const loose = await one(row(CELLS.map(loosely)), extra);
    expect(tight).toEqual(loose);
    expect(tight.values[1].length).toBeGreaterThan(20);
  });

  it("does not take <col> or a prefixed <x:c> for a tight cell", async () => {
    const grid = await one('<row r="1"><cx r="A1"><v>1</v></cx><c r="B1"><v>2</v></c></row>');
    expect(grid.values).toEqual([[null, 2]]);
  });
});

describe("a sheet part the reader cannot follow is a clear Chinese error, never a crash", () => {
  it.each([
    [
      "cut short",
      worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -40),
      /不是完整的 XML（内容在中途截断）/,
    ],
    ["mismatched", worksheet('<row r="1"><c r="A1"><v>1</c></v></row>'), /不配对/],
    ["garbage", "\u0000\u0001PK not xml", /有问题：部件不是 XML/],
    ["empty", "", /有问题：部件是空的/],
    ["past XFD", worksheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'), /超出 Excel 的范围/],
    [
      "past the last row",
      worksheet('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'),
      /行号 1048577 超出/,
    ],
  ])("%s", async (_name, xml, message) => {
    const bytes = handXlsx({ sheets: [{ name: "名册", xml }] });
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toThrow(message);
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toThrow(/工作表「名册」/);
  });

  it("says a file that is not a zip is damaged, in Chinese", async () => {
    await expect(XlsxWorkbook.fromBuffer(new Uint8Array([80, 75, 3, 4, 0, 0, 0]))).rejects.toThrow(
      /文件已损坏或不完整/
    );
  });
});

describe("damaged XML anywhere in a sheet", () => {
  const good = worksheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>甲</t></r><rPh><t>コウ</t></rPh></is></c>' +
      '<c r="C1" s="1"><f>1+1</f><v>2</v></c><c r="D1" t="e"><v>#N/A</v></c></row>' +
      '<row r="2"><c r="A2" t="str"><f>"x"</f><v>&lt;x&gt;</v></c><c r="B2"><v>1E+999</v></c></row>',
    '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'
  );
  const tokens = [
    "<",
    ">",
    "/",
    '"',
    "'",
    "&",
    "&amp;",
    "=",
    " ",
    "<c>",
    "</c>",
    "<row>",
    "</row>",
    "<v>",
    "</v>",
    "r=",
    "t=",
    "<![CDATA[",
    "<!--",
    "学",
  ];

  it("is read, or refused with a Chinese message: never another error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: good.length }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.constantFrom(...tokens), { maxLength: 4 }),
        async (at, cut, inserted) => {
          const xml = good.slice(0, at) + inserted.join("") + good.slice(at + cut);
          const bytes = handXlsx({
            sheets: [{ name: "名册", xml }],
            sharedStrings: sst(["<t>学号</t>"]),
            styles: styles([0, 14]),
          });
          try {
            await (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
          } catch (e) {
            expect(e).toBeInstanceOf(UnreadableWorkbook);
            expect((e as Error).message).toMatch(
              /工作表「名册」的数据.*请在 Excel 或 WPS 中打开并另存为 \.xlsx 后重试/
            );
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
