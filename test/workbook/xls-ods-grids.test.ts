import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import cptable from "@e965/xlsx/dist/cpexcel";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import type { SheetGrid } from "../../src/sheets/grid";
import { isDateFormat } from "../../src/workbook/cells/builtin-formats";
import { RefusedFile } from "../../src/workbook/file-kind";
import { readXlsOdsGrids } from "../../src/workbook/xls-ods-grids";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { convert, sampleWorkbooks, suiteDir, truncated } from "../support/other-formats";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** Kehou's own reader's grids of .xlsx bytes. */
async function ours(bytes: Uint8Array): Promise<SheetGrid[]> {
  return (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
}

/**
 * SheetJS drops a formula cell saved without a result, so the other reader cannot name it
 * (BIFF and ODF always keep a formula's result): compared without that list.
 */
const withoutUncalculated = (grids: SheetGrid[]) =>
  grids.map((g) => {
    const copy: { -readonly [K in keyof SheetGrid]: SheetGrid[K] } = { ...g };
    delete copy.uncalculated;
    return copy;
  });

/** A workbook with what a grid must carry: 1904 dates, a hidden sheet, merges, booleans, errors. */
async function edgeWorkbook(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("考勤");
  ws.mergeCells("A1:D1");
  ws.getCell("A1").value = "2023年5月考勤";
  ws.getRow(2).values = [
    "学号",
    "姓名",
    new Date(Date.UTC(2023, 4, 8)),
    new Date(Date.UTC(2023, 4, 9)),
  ];
  ws.getCell("C2").numFmt = "m月d日";
  ws.getCell("D2").numFmt = "yyyy\\-mm\\-dd";
  ws.getRow(3).values = ["S1", "张三", 0.75, true];
  ws.getCell("C3").numFmt = "h:mm";
  ws.getCell("E3").value = { error: "#N/A" };
  ws.getCell("F3").value = 4.4;
  ws.getCell("F3").numFmt = "0.00";
  ws.getCell("G3").value = 44322;
  ws.getCell("G3").numFmt = "mm-dd-yy";
  ws.getCell("H3").value = { formula: "F3*2", result: 8.8 };
  // Minutes typed into a sign-out column's time format: the same number in either date system.
  ws.getCell("I3").value = 120;
  ws.getCell("I3").numFmt = "h:mm";
  wb.addWorksheet("旧名册", { state: "hidden" }).getCell("A1").value = "隐藏";
  wb.addWorksheet("深藏", { state: "veryHidden" }).getCell("B2").value = false;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Minutes a teacher typed into day columns formatted as dates (the header row's format copied
 * down), in a 1900 workbook: numbers before 1900-03-01, where ODF's day count and Excel's differ;
 * and into columns formatted as times.
 */
async function minutesAsDates(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("5月考勤");
  ws.getRow(1).values = [1, 45, 59, 60, 61, 90, 120, 0.75];
  ws.getRow(1).eachCell((c) => (c.numFmt = "yyyy/m/d"));
  ws.getCell("H1").numFmt = "yyyy-mm-dd h:mm";
  // And in sign-out columns' time formats, which ODF keeps as durations.
  ws.getRow(2).values = [29, 29.5, 45, 59, 120];
  ws.getRow(2).eachCell((c, i) => (c.numFmt = i % 2 ? "h:mm" : "[h]:mm"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the .xls/.et/.ods reader", () => {
  it("is SheetJS Community Edition 0.20.3, pinned exactly", () => {
    expect(XLSX.version).toBe("0.20.3");
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    expect(pkg.dependencies["@e965/xlsx"]).toBe("0.20.3");
    expect(pkg.dependencies.xlsx).toBeUndefined();
  });

  describe("gives the grids Kehou's .xlsx reader gives, on the same workbook", () => {
    it.each(readdirSync(FIXTURES).filter((f) => /\.xls[xm]$/.test(f)))("fixture %s", async (f) => {
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, f)));
      expect(readXlsOdsGrids(bytes, "biff", f).grids).toEqual(
        withoutUncalculated(await ours(bytes))
      );
    });

    it("the project's sample workbooks", async () => {
      const dir = suiteDir("kehou-grids-");
      try {
        for (const file of await sampleWorkbooks(dir)) {
          const bytes = new Uint8Array(readFileSync(file));
          expect([path.basename(file), readXlsOdsGrids(bytes, "biff", file).grids]).toEqual([
            path.basename(file),
            withoutUncalculated(await ours(bytes)),
          ]);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.each([false, true])(
      "merged cells blanked, hidden sheets, booleans, errors, formats (1904 dates: %s)",
      async (date1904) => {
        const bytes = await edgeWorkbook(date1904);
        const grids = readXlsOdsGrids(bytes, "biff", "边界.xlsx").grids;
        expect(grids).toEqual(await ours(bytes));
        // The same day in either date system: 2023-05-08 is serial 45054 from 1900.
        expect(grids[0].values[1][2]).toBe(45054);
        expect(grids[0].values[2][8]).toBe(120);
        expect(grids[0].values[0]).toEqual(["2023年5月考勤"]);
        expect(grids.map((g) => [g.name, g.hidden === true])).toEqual([
          ["考勤", false],
          ["旧名册", true],
          ["深藏", true],
        ]);
      }
    );
  });

  it("reads BIFF5 text in the GBK code page", () => {
    // SheetJS writes BIFF5 text in one byte per character; the test puts GBK bytes in its place.
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["ABCDEFGH", 1]]), "Sheet");
    const biff5 = XLSX.write(wb, { bookType: "biff5", type: "buffer" }) as Buffer;
    const cfb = XLSX.CFB.read(biff5, { type: "buffer" });
    const book = XLSX.CFB.find(cfb, "Book")!;
    const stream = Buffer.from(book.content as Uint8Array);
    const at = stream.indexOf("ABCDEFGH");
    expect(at).toBeGreaterThan(0);
    Buffer.from(cptable.utils.encode(936, "学校名称") as number[]).copy(stream, at);
    // CODEPAGE (MS-XLS §2.4.52): 936, as a Chinese Excel 95 or WPS writes it.
    const codepage = stream.indexOf(Buffer.from([0x42, 0x00, 0x02, 0x00]));
    expect(codepage).toBeGreaterThan(0);
    stream.writeUInt16LE(936, codepage + 4);
    book.content = stream;
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
    expect(readXlsOdsGrids(bytes, "biff", "旧.xls").grids[0].values).toEqual([["学校名称", 1]]);
  });

  it("refuses a damaged file in words, naming it", () => {
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => readXlsOdsGrids(cfb, "biff", "坏.xls")).toThrow(
      new RefusedFile(
        "「坏.xls」是 .xls/.et 格式的文件，但已损坏或不完整：请在 Excel 或 WPS 中重新打开并另存为 .xlsx 后再试"
      )
    );
  });
});

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "the .xls and .ods LibreOffice makes of a workbook read as its .xlsx",
  () => {
    jest.setTimeout(240_000);
    const dir = suiteDir("kehou-lo-grids-");
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /**
     * Number formats compared by what the rules read of them, whether they show a date; and a
     * boolean as its number, since LibreOffice saves some booleans in an .ods as 1 and 0.
     */
    const shown = (grids: SheetGrid[]) =>
      grids.map((g) => ({
        ...g,
        values: g.values.map((row) => row.map((v) => (typeof v === "boolean" ? Number(v) : v))),
        numberFormats: g.numberFormats?.map((row) => row.map((f) => isDateFormat(f))),
      }));

    let files: string[] = [];
    let [xlsx, xls, ods]: string[][] = [[], [], []];
    beforeAll(async () => {
      files = await sampleWorkbooks(dir);
      const edge = path.join(dir, "边界.xlsx");
      writeFileSync(edge, await edgeWorkbook(true));
      files.push(edge);
      const minutes = path.join(dir, "分钟.xlsx");
      writeFileSync(minutes, await minutesAsDates());
      files.push(minutes);
      // One document, three files: LibreOffice opens each workbook once per format.
      [xlsx, xls, ods] = [
        convert(files, "xlsx", dir),
        convert(files, "xls", dir),
        convert(files, "ods", dir),
      ];
    });

    it("gives the grids Kehou's reader gives of the same document saved as .xlsx", async () => {
      for (let i = 0; i < files.length; i++) {
        const twin = shown(await ours(new Uint8Array(readFileSync(xlsx[i]))));
        for (const [file, kind] of [
          [xls[i], "biff"],
          [ods[i], "ods"],
        ] as const) {
          const read = shown(readXlsOdsGrids(new Uint8Array(readFileSync(file)), kind, file).grids);
          expect([path.basename(file), read]).toEqual([path.basename(file), twin]);
        }
      }
    });

    it("refuses each kind cut short as damaged", () => {
      expect(() => readXlsOdsGrids(truncated(xls[0]), "biff", "半截.xls")).toThrow(
        /已损坏或不完整/
      );
      expect(() => readXlsOdsGrids(truncated(ods[0]), "ods", "半截.ods")).toThrow(/已损坏或不完整/);
    });
  }
);
