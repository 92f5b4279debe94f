import ExcelJS from "exceljs";
import { noticesJob } from "../../../src/jobs/notices/job";
import { sampleSchoolSheets } from "../../../src/jobs/sample-school";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import type { FormPrint } from "../../../src/jobs/output-sheet";
import { additionsOnly, partsOf, text } from "../../support/package-parts";

/** The demo school as a school's own file, then its notices written by the part writer. */
async function noticesCopy() {
  const school = XlsxWorkbook.empty();
  await school.writeSheets(sampleSchoolSheets());
  const source = await school.toBuffer();
  const wb = await XlsxWorkbook.fromBuffer(source);
  const result = await noticesJob(wb);
  return { source, result, copy: await wb.toBuffer() };
}

describe("the families' notices in the school's own copy (part writer)", () => {
  it("print A4 portrait, one page wide, with a page break after every third notice", async () => {
    const { source, result, copy } = await noticesCopy();
    const print = result.sheets[0].print as FormPrint;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(copy as unknown as ArrayBuffer);
    const ws = book.getWorksheet(result.sheetNames[0])!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const parts = partsOf(copy);
    const index = book.worksheets.indexOf(ws) + 1;
    const xml = text(parts.get(`xl/worksheets/sheet${index}.xml`)!);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(print.breaksAfter.map((r) => r + 1));
    expect(breaks.length).toBe(Math.ceil(result.notices.length / 3) - 1);
    // The print area is a definedName the workbook part gains, nothing of the school's moved.
    const workbook = text(parts.get("xl/workbook.xml")!);
    expect(workbook).toContain(
      `'${result.sheetNames[0]}'!$A$${print.firstRow + 1}:$D$${print.lastRow + 1}`
    );
    expect(
      additionsOnly(partsOf(source).get("xl/workbook.xml")!, parts.get("xl/workbook.xml")!)
    ).toBe(undefined);
  });

  it("keeps one print area for the sheet when the notices are made again", async () => {
    const { copy } = await noticesCopy();
    const again = await XlsxWorkbook.fromBuffer(copy);
    await noticesJob(again);
    const workbook = text(partsOf(await again.toBuffer()).get("xl/workbook.xml")!);
    expect(workbook.match(/_xlnm\.Print_Area/g)).toHaveLength(1);
  });
});
