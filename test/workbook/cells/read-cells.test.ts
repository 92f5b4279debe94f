import ExcelJS from "exceljs";
import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import type { SheetGrid } from "../../../src/sheets/grid";
import { isDateFormat, showsDay } from "../../../src/workbook/cells/builtin-formats";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { exceljs } from "../../../src/workbook/xlsx-exceljs";
import { modelGrids } from "../../support/model-grids";
import { generateSchool, gridsToXlsx } from "../../support/generate-school";

/**
 * The oracle: the reader Kehou used before its own, exceljs's model read into grids (kept in
 * src for Kehou's own sheets), on the same bytes. The cell reader must give exactly this on
 * everything exceljs writes or reads correctly.
 */
async function oracle(bytes: Uint8Array): Promise<SheetGrid[]> {
  const wb = new (exceljs().Workbook)();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return modelGrids(wb);
}

async function ours(bytes: Uint8Array): Promise<SheetGrid[]> {
  return (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
}

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");

describe("the cell reader gives exactly what exceljs's reading gave", () => {
  it.each(readdirSync(FIXTURES).filter((f) => /\.xls[xm]$/.test(f)))("on fixture %s", async (f) => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, f)));
    expect(await ours(bytes)).toEqual(await oracle(bytes));
  });

  it.each([
    [40, 1],
    [300, 7],
  ])("on a generated school of %i students (seed %i)", async (students, seed) => {
    const bytes = new Uint8Array(await gridsToXlsx(generateSchool(students, seed)));
    expect(await ours(bytes)).toEqual(await oracle(bytes));
  });

  it("on random workbooks: escapes, rich text, merges, dates, formulas with and without values, errors, booleans, hidden sheets", async () => {
    await fc.assert(
      fc.asyncProperty(workbooks, async (book) => {
        const bytes = new Uint8Array(await build(book).xlsx.writeBuffer());
        expect(await ours(bytes)).toEqual(await oracle(bytes));
      }),
      { numRuns: 60 }
    );
  }, 120_000);
});

// Text as users type it: XML's specials, spaces at the ends, new lines, CJK and emoji. Never
// `_xHHHH_` (exceljs writes it unescaped) nor control characters (exceljs writes them raw,
// which is not XML).
const text = fc
  .array(
    fc.constantFrom(
      "a",
      "Z",
      "7",
      " ",
      "<",
      ">",
      "&",
      '"',
      "'",
      "\n",
      "\r\n",
      "\t",
      "_",
      "x",
      "学",
      "号",
      "🙂",
      "&lt;",
      "]]>",
      "="
    ),
    { maxLength: 8 }
  )
  .map((parts) => parts.join(""));
/**
 * A formula's cached text: exceljs decodes entities in it twice, so none that look like one;
 * and never "" (nor 0 or FALSE below): exceljs drops a falsy cached value and reads the
 * formula as uncalculated, where Excel and the cell reader give the value (see
 * sheet-cells.test.ts).
 */
const resultText = text.map((t) => t.replace(/&/g, "+")).filter((t) => t !== "");

const NUMBER_FORMATS = [
  "General",
  "0",
  "0.00",
  "#,##0",
  "0%",
  "@",
  'yyyy"年"m"月"d"日"',
  "yyyy-mm-dd",
  "h:mm",
  "[h]:mm:ss",
  "yyyy\\-mm\\-dd",
  '0.0"元"',
  "mm-dd-yy",
  "#,##0.00_);[Red](#,##0.00)",
];
const plainFormats = NUMBER_FORMATS.filter((f) => !isDateFormat(f));

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(0.1, 1 / 3, 45054.75, 1e21, 1e-7)
);

type Cell = { value: ExcelJS.CellValue; numFmt?: string };
const withFormat = (value: ExcelJS.CellValue, formats: string[]) =>
  fc
    .option(fc.constantFrom(...formats), { nil: undefined })
    .map((numFmt): Cell => ({ value, numFmt }));

const cellValue: fc.Arbitrary<Cell> = fc.oneof(
  number.chain((n) => withFormat(n, NUMBER_FORMATS)),
  text.chain((t) => withFormat(t, plainFormats)),
  fc
    .date({
      min: new Date(Date.UTC(1900, 2, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: true,
    })
    .chain((d) => withFormat(d, ["yyyy-mm-dd", "mm-dd-yy", "h:mm", 'yyyy"年"m"月"d"日"'])),
  fc.boolean().map((value): Cell => ({ value })),
  fc
    .constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!")
    .map((error): Cell => ({ value: { error } as ExcelJS.CellErrorValue })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs): Cell => ({
    value: { richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) },
  })),
  fc.oneof(
    number
      .filter((n) => n !== 0)
      .chain((result) =>
        withFormat({ formula: "1+1", result } as ExcelJS.CellFormulaValue, NUMBER_FORMATS)
      ),
    resultText.map((result): Cell => ({
      value: { formula: 'A1&""', result } as ExcelJS.CellFormulaValue,
    })),
    fc.constant<Cell>({
      value: { formula: "TRUE()", result: true } as ExcelJS.CellFormulaValue,
    }),
    fc.constant<Cell>({
      value: { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue,
    }),
    fc.constant<Cell>({ value: { formula: "SUM(A1:A3)" } as ExcelJS.CellFormulaValue })
  ),
  text.map((t): Cell => ({ value: { text: t, hyperlink: "https://example.org/a?b=1&c=2" } }))
);

interface RandomSheet {
  cells: { row: number; col: number; cell: Cell }[];
  merges: { row: number; col: number; height: number; width: number }[];
  filled?: { col: number; rows: number; results: boolean };
  state: "visible" | "hidden" | "veryHidden";
}

const sheet: fc.Arbitrary<RandomSheet> = fc.record({
  cells: fc.array(
    fc.record({
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 1, max: 20 }),
      cell: cellValue,
    }),
    { maxLength: 40 }
  ),
  // Merged areas on a lattice of 3 × 3 blocks, so none overlap.
  merges: fc.uniqueArray(
    fc.record({
      row: fc.integer({ min: 0, max: 9 }).map((r) => r * 3 + 1),
      col: fc.integer({ min: 0, max: 6 }).map((c) => c * 3 + 1),
      height: fc.integer({ min: 1, max: 2 }),
      width: fc.integer({ min: 1, max: 2 }),
    }),
    { maxLength: 4, selector: (m) => `${m.row}:${m.col}` }
  ),
  filled: fc.option(
    fc.record({
      col: fc.integer({ min: 21, max: 25 }),
      rows: fc.integer({ min: 2, max: 5 }),
      results: fc.boolean(),
    }),
    { nil: undefined }
  ),
  state: fc.constantFrom("visible", "hidden", "veryHidden"),
});

interface RandomBook {
  sheets: RandomSheet[];
  date1904: boolean;
}

/** 1904-01-02, the first day both date systems count as 1 or more. */
const FIRST_1904_DAY = Date.UTC(1904, 0, 2);

/**
 * exceljs moves every date- or time-formatted number of a 1904 workbook by 1,462 days, a time
 * of day too; Kehou never moves a value below 1 (tested in sheet-cells.test.ts) nor a number in
 * a format showing only a time (h:mm: tested in date-1904.test.ts). So in a 1904 workbook the
 * oracle is asked only about dates from 1904-01-02 on, shown with their day: a smaller number
 * loses its date format, an earlier date moves 4 years on, a date shown as a time only is shown
 * with its day too.
 */
function asked1904(given: Cell): Cell {
  const cell =
    given.numFmt && isDateFormat(given.numFmt) && !showsDay(given.numFmt)
      ? { ...given, numFmt: `yyyy/m/d ${given.numFmt}` }
      : given;
  const v = cell.value;
  if (v instanceof Date)
    return v.getTime() < FIRST_1904_DAY
      ? { ...cell, value: new Date(v.getTime() + 1462 * 86_400_000) }
      : cell;
  const n =
    typeof v === "number"
      ? v
      : v && typeof v === "object" && "formula" in v && typeof v.result === "number"
        ? v.result
        : undefined;
  return n !== undefined && n < 1 && cell.numFmt && isDateFormat(cell.numFmt) ? { value: v } : cell;
}

const workbooks: fc.Arbitrary<RandomBook> = fc
  .record({
    sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }),
    date1904: fc.boolean(),
  })
  .map((book) =>
    book.date1904
      ? {
          ...book,
          sheets: book.sheets.map((s) => ({
            ...s,
            cells: s.cells.map((c) => ({ ...c, cell: asked1904(c.cell) })),
          })),
        }
      : book
  );

/** The random workbook written by exceljs. */
function build(book: RandomBook): ExcelJS.Workbook {
  const wb = new (exceljs().Workbook)();
  wb.properties.date1904 = book.date1904;
  book.sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(`表${i + 1}`, { state: s.state });
    for (const { row, col, cell } of s.cells) {
      const c = ws.getCell(row, col);
      c.value = cell.value;
      if (cell.numFmt) c.numFmt = cell.numFmt;
    }
    if (s.filled) {
      const { col, rows, results } = s.filled;
      const range = `${ws.getColumn(col).letter}1:${ws.getColumn(col).letter}${rows}`;
      ws.fillFormula(
        range,
        "A1*2",
        results ? Array.from({ length: rows }, (_, r) => r * 2 + 1) : undefined
      );
    }
    for (const m of s.merges)
      ws.mergeCells(m.row, m.col, m.row + m.height - 1, m.col + m.width - 1);
  });
  return wb;
}
