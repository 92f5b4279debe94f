import ExcelJS from "exceljs";
import type { CellMark } from "../../../src/jobs/workbook-port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { hasLibreOffice, libreOfficeResaved } from "../../support/libreoffice";
import { describeWhen } from "../../support/needs";

const mark = (cell: string): CellMark => ({ sheet: "考勤", cell, severity: "error", note: "超时" });

/** A school sheet with its own looks: B2 yellow and text (@), B3 a dark grey pattern. */
async function school(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考勤");
  ws.addRows([
    ["学号", "5-10", "5-11"],
    ["S1", "19:00", "19:00"],
    ["S2", "19:00", 1],
  ]);
  ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("B2").numFmt = "@";
  ws.getCell("B3").fill = { type: "pattern", pattern: "darkGray", fgColor: { argb: "FF0070C0" } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function marked(bytes: Uint8Array, marks: readonly CellMark[]): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  await wb.readSheets();
  await wb.markCells(marks);
  return wb.toBuffer();
}

async function looks(bytes: Uint8Array, cell: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const c = wb.getWorksheet("考勤")!.getCell(cell);
  const f = c.fill as ExcelJS.FillPattern | undefined;
  return { pattern: f?.pattern, color: f?.fgColor?.argb?.slice(-6), numFmt: c.numFmt ?? "General" };
}

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "unmarking a highlighted copy that LibreOffice saved again",
  () => {
    jest.setTimeout(180_000);

    it("gives each cell its own fill and format back, never what its old style index means now", async () => {
      const original = await school();
      const resaved = libreOfficeResaved(await marked(original, [mark("B2"), mark("B3")]));
      const out = await marked(resaved, [mark("C3")]);
      expect(await looks(out, "B2")).toEqual({ pattern: "solid", color: "FFFF00", numFmt: "@" });
      expect(await looks(out, "B3")).toMatchObject({ pattern: "darkGray", color: "0070C0" });
    });
  }
);
