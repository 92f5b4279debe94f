import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { OutputSheet } from "../../../src/jobs/output-sheet";
import { hasLibreOffice, libreOfficeSheets } from "../../support/libreoffice";
import { describeWhen } from "../../support/needs";
import { miniPackage, worksheet } from "../../support/mini-package";
import { writeKehouPackage } from "../../support/written-bytes";

const list: OutputSheet = {
  name: "问题清单",
  title: "问题清单（由 Kehou 生成，重新运行会替换本表）",
  columns: [
    { header: "严重程度", width: 10, format: "text" },
    { header: "说明", width: 30, format: "text" },
  ],
  rows: [
    ["错误", "无法识别考勤「坏」"],
    ["错误", "无法识别考勤「坏」"],
    ["警告", " 前后有空格 "],
    ["警告", " 前后有空格 "],
  ],
};

/** A school sheet written by exceljs, which keeps its text in shared strings. */
async function school(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("名册").addRows([
    ["学号", "姓名"],
    ["S1", "错误"],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "LibreOffice reading Kehou's texts from the shared strings",
  () => {
    jest.setTimeout(180_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-sst-lo-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const shown = (bytes: Uint8Array, name: string) => {
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      return libreOfficeSheets(file);
    };

    it("shows them beside the school's own, in a table added to", async () => {
      const sheets = shown(writeKehouPackage(await school(), { sheets: [list] }), "added");
      expect(sheets["名册"]).toEqual([
        ["学号", "姓名"],
        ["S1", "错误"],
      ]);
      expect(sheets["问题清单"].slice(3)).toEqual(list.rows);
    });

    it("shows them from a table Kehou made for a workbook without one", () => {
      const bare = miniPackage(
        worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')
      );
      const sheets = shown(writeKehouPackage(bare, { sheets: [list] }), "made");
      expect(sheets["问题清单"].slice(3)).toEqual(list.rows);
      expect(sheets["考勤"]).toEqual([["1"]]);
    });
  }
);
