import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeChartPlan } from "../../src/jobs/charge/charge-charts";
import { chargeSheet } from "../../src/jobs/charge/sheet";
import { noticesJob } from "../../src/jobs/notices/job";
import { frameEdges } from "../../src/jobs/form-look";
import type { FormPrint, OutputSheet } from "../../src/jobs/output-sheet";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import type { CellValue } from "../../src/sheets/grid";
import { MemoryWorkbook } from "../support/memory-workbook";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { partsOf, text } from "../support/package-parts";

/** The demo school as the school's own file. */
async function schoolFile(): Promise<Uint8Array> {
  const school = XlsxWorkbook.empty();
  await school.writeSheets(sampleSchoolSheets());
  return school.toBuffer();
}

/** A sheet's XML in a package, by sheet name. */
function sheetXml(bytes: Uint8Array, name: string): string {
  const parts = partsOf(bytes);
  const workbook = text(parts.get("xl/workbook.xml")!);
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = text(parts.get("xl/_rels/workbook.xml.rels")!);
  const target = new RegExp(`Id="${id}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1];
  return text(parts.get(`xl/${target}`)!);
}

describe("the charge sheet printed from the school's copy (part writer)", () => {
  it("is A4 landscape, fit to one page wide (fitToPage) and as tall as it takes, its header on every page", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await schoolFile());
    const result = await chargeJob(wb);
    const copy = await wb.toBuffer();
    const xml = sheetXml(copy, result.sheetNames[0]);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
    const workbook = text(partsOf(copy).get("xl/workbook.xml")!);
    expect(workbook).toContain(`'${result.sheetNames[0]}'!$3:$3`);
    expect(workbook).toContain(`'收费问题清单'!$3:$3`);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">/);
  });

  it("puts its charts below the table at column A, each after a page break and shorter than a page", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await schoolFile());
    const result = await chargeJob(wb);
    const plan = chargeChartPlan(result, result.sheetNames[0])!;
    const sheet: OutputSheet = chargeSheet(result);
    const tableEnd = 2 + sheet.rows.length + (sheet.after ?? []).length;
    expect(plan.charts.length).toBeGreaterThan(0);
    for (const chart of plan.charts) {
      expect(chart.at.col).toBe(0);
      expect(chart.at.row).toBeGreaterThan(tableEnd);
      expect(sheet.print!.breaksAfter).toContain(chart.at.row - 1);
      expect(chart.at.rows).toBeLessThanOrEqual(30);
    }
    const xml = sheetXml(await wb.toBuffer(), result.sheetNames[0]);
    for (const chart of plan.charts) expect(xml).toContain(`<brk id="${chart.at.row}" `);
  });
});

describe("tables printed from Kehou's own workbooks and through Office.js", () => {
  it("sets landscape, fit to width and the repeated header in a new workbook", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(sampleSchoolSheets());
    const result = await chargeJob(wb);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(result.sheetNames[0])!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    const workbook = text(partsOf(await wb.toBuffer()).get("xl/workbook.xml")!);
    // An apostrophe in element text may be written as it is or as &apos;: both read the same.
    expect(workbook.replace(/&apos;/g, "'")).toContain(`'${result.sheetNames[0]}'!$3:$3`);
  });

  it("sets the same page up through Office.js", async () => {
    const memory = new MemoryWorkbook();
    await memory.writeSheets(sampleSchoolSheets());
    const ctx = new FakeContext();
    for (const g of await memory.readSheets())
      ctx.seed(g.name, g.values.map((r) => [...r]) as CellValue[][]);
    const result = await chargeJob(new OfficeWorkbook(ctx as unknown as Excel.RequestContext));
    const ws = ctx.workbook.worksheets.getItem(result.sheetNames[0]);
    expect(ws.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$3",
    });
    expect(ws.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
});

describe("the families' notices as printed forms", () => {
  it("frame each notice up to its cut line and emphasise 应缴金额 in figures and in capitals", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(sampleSchoolSheets());
    const result = await noticesJob(wb);
    const sheet = result.sheets[0];
    const print = sheet.print as FormPrint;
    expect(print.frames).toHaveLength(result.notices.length);
    const cell = (r: number, c: number) => sheet.rows[r - 3]?.[c];
    for (const f of print.frames!) {
      expect(String(cell(f.firstRow, 0))).toContain("缴费通知单");
      expect(String(cell(f.lastRow + 1, 0))).toContain("沿此线剪开");
    }
    const loud = print.emphasis!.map((e) => cell(e.row, e.col));
    expect(loud.filter((_, i) => i % 2 === 1).every((v) => /[元整]/.test(String(v)))).toBe(true);
    expect(print.emphasis!.every((e) => cell(e.row, 0) === "应缴金额")).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(result.sheetNames[0])!;
    const amount = ws.getCell(print.emphasis![0].row + 1, 2);
    expect(amount.font).toMatchObject({ bold: true, size: 13 });
    expect(ws.getCell(print.frames![0].firstRow + 2, 1).border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
    });
  });

  it("draw no line through a text that runs on over the empty cells to its right", () => {
    const print: FormPrint = {
      firstRow: 0,
      lastRow: 1,
      breaksAfter: [],
      frames: [{ firstRow: 0, lastRow: 1 }],
    };
    const rows = [["通知单标题"], ["说明", "本月按实际服务时间据实收取", "", ""]];
    const edges = frameEdges(print, 4, (r) => rows[r]);
    expect(edges.get("0,1")).toEqual({ top: true, bottom: true, left: false, right: false });
    expect(edges.get("1,1")).toMatchObject({ left: true, right: false });
    expect(edges.get("1,3")).toMatchObject({ left: false, right: true });
  });
});

describe("the sheets' font", () => {
  it("names a Simplified Chinese family with the GB2312 character set in the part writer's styles", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await schoolFile());
    await chargeJob(wb);
    const styles = text(partsOf(await wb.toBuffer()).get("xl/styles.xml")!);
    expect(styles).toContain('<name val="等线"/><family val="2"/><charset val="134"/>');
  });

  it("and in Kehou's own workbooks", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(sampleSchoolSheets());
    const result = await chargeJob(wb);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    expect(book.getWorksheet(result.sheetNames[0])!.getCell("A4").font).toMatchObject({
      name: "等线",
      charset: 134,
    });
  });
});

describe("the title row of Kehou's sheets", () => {
  it("is bold 14 pt through Office.js, as the part writer writes it", async () => {
    const memory = new MemoryWorkbook();
    await memory.writeSheets(sampleSchoolSheets());
    const excel = new FakeExcel();
    for (const g of await memory.readSheets())
      excel.seed(g.name, g.values.map((r) => [...r]) as CellValue[][]);
    const result = await chargeJob(
      new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext)
    );
    const sheet = excel.sheet(result.sheetNames[0]);
    const title = [...sheet.fontSize].find(([address]) => /^A1(:|$)/.test(address));
    expect(title?.[1]).toBe(14);
    expect([...sheet.bold].some((address) => /^A1(:|$)/.test(address))).toBe(true);
  });
});
