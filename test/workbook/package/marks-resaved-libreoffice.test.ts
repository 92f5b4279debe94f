import ExcelJS from "exceljs";
import { lateMark, lateSchool, markedCopy } from "../../support/marked-copy";
import { hasLibreOffice, libreOfficeResaved } from "../../support/libreoffice";
import { describeWhen } from "../../support/needs";

/** A school sheet with its own looks: B2 yellow and text (@), B3 a dark grey pattern. */
const school = () =>
  lateSchool((ws) => {
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.getCell("B2").numFmt = "@";
    ws.getCell("B3").fill = { type: "pattern", pattern: "darkGray", fgColor: { argb: "FF0070C0" } };
  });

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
      const resaved = libreOfficeResaved(
        await markedCopy(original, [lateMark("B2"), lateMark("B3")])
      );
      const out = await markedCopy(resaved, [lateMark("C3")]);
      expect(await looks(out, "B2")).toEqual({ pattern: "solid", color: "FFFF00", numFmt: "@" });
      expect(await looks(out, "B3")).toMatchObject({ pattern: "darkGray", color: "0070C0" });
    });
  }
);
