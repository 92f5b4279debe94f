import * as XLSX from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import { chargeJob } from "../../src/jobs/charge/job";
import { loadSettingsForm, saveSettingsForm } from "../../src/jobs/settings-form";
import { BrowserHost } from "../../src/taskpane/host";
import * as xlsOdsReader from "../../src/workbook/xls-ods-grids";
import * as xlsxModule from "../../src/workbook/xlsx-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { generateSchool } from "../support/generate-school";

/** A school's workbook as SheetJS writes it in `bookType` (.xls BIFF8 or .ods), widths given. */
function schoolAs(bookType: "biff8" | "ods"): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const grid of generateSchool(12, 5, "绥芬河市第五小学")) {
    const ws = XLSX.utils.aoa_to_sheet(grid.values.map((row) => [...row]));
    ws["!cols"] = [{ wch: 12 }, { wch: 9 }];
    XLSX.utils.book_append_sheet(wb, ws, grid.name);
  }
  const old = XLSX.utils.aoa_to_sheet([["旧数据"]]);
  XLSX.utils.book_append_sheet(wb, old, "旧表");
  wb.Workbook = {
    Sheets: wb.SheetNames.map((name) => ({ name, Hidden: name === "旧表" ? 1 : 0 })),
  };
  return new Uint8Array(XLSX.write(wb, { bookType, type: "buffer" }) as Buffer);
}

const reader = async () => xlsOdsReader;

describe("the .xlsx copy of a workbook read from .xls or .ods", () => {
  it.each(["biff8", "ods"] as const)(
    "holds the school's sheets as read (%s), hidden ones hidden and widths where given, plus Kehou's",
    async (bookType) => {
      const bytes = schoolAs(bookType);
      const wb = await XlsxWorkbook.open(bytes, "学校", reader);
      const read = await wb.readSheets();
      const result = await chargeJob(wb, { write: true });
      const copy = await wb.toBuffer();

      const reopened = await (await XlsxWorkbook.fromBuffer(copy)).readSheets();
      for (const grid of read) expect(reopened.find((g) => g.name === grid.name)).toEqual(grid);
      // SheetJS writes no hidden state into an .ods (LibreOffice's is read in xls-ods-grids.test).
      if (bookType === "biff8") expect(read.find((g) => g.name === "旧表")?.hidden).toBe(true);
      expect(reopened.map((g) => g.name)).toEqual(
        expect.arrayContaining(result.sheetNames as string[])
      );
      const parts = unzipSync(copy);
      const sheet1 = strFromU8(parts["xl/worksheets/sheet1.xml"]);
      // Widths where the library gives them: from BIFF, not from an .ods.
      if (bookType === "biff8") expect(sheet1).toMatch(/<col [^>]*width="1[23](\.\d+)?"/);
      const again = await chargeJob(await XlsxWorkbook.fromBuffer(copy));
      expect(again.totals).toEqual(result.totals);
    }
  );

  it("makes no copy for reading alone (consolidation reads hundreds of files)", async () => {
    const grids = generateSchool(3, 1);
    let made = 0;
    const wb = XlsxWorkbook.fromGrids(grids, async () => {
      made++;
      return new Uint8Array();
    });
    expect(await wb.readSheets()).toEqual(grids);
    await chargeJob(wb);
    expect(made).toBe(0);
  });

  it("takes the page's settings form into the copy of a picked .ods", async () => {
    const host = new BrowserHost(async () => xlsxModule, reader);
    const bytes = schoolAs("ods");
    await host.open("学校.ods", bytes.buffer.slice(0) as ArrayBuffer);
    const saved = await host.run((wb) =>
      saveSettingsForm(wb, { 学校名称: "绥芬河市第五小学（本部）" })
    );
    expect(saved.problems).toEqual([]);
    const copy = (await host.copy())!;
    expect(copy.name).toBe("学校-Kehou.xlsx");
    const { form } = await loadSettingsForm(await XlsxWorkbook.fromBuffer(copy.bytes));
    expect(form.学校名称).toBe("绥芬河市第五小学（本部）");
  });
});
