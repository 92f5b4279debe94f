import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { hasLibreOffice, libreOfficeSheets } from "../support/libreoffice";
import { messySchool } from "../support/messy-school";
import { describeWhen } from "../support/needs";

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "the charge workbook opened by LibreOffice headless",
  () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-lo-test-"));
    jest.setTimeout(180_000);

    it("recalculates formulas itself rather than trusting cached results", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("t").getCell("A1").value = { formula: "SUM(1,2)", result: 99 };
      const file = path.join(dir, "recalc.xlsx");
      await wb.xlsx.writeFile(file);
      expect(libreOfficeSheets(file).t).toEqual([["3"]]);
    });

    it("shows the same totals, class subtotals and student rows as Kehou, to the fen", async () => {
      const wb = await XlsxWorkbook.fromBuffer(await messySchool());
      const json = chargeJson(await chargeJob(wb));
      const file = path.join(dir, "charged.xlsx");
      writeFileSync(file, await wb.toBuffer());

      const sheets = libreOfficeSheets(file);
      expect(Object.keys(sheets)).toEqual(
        expect.arrayContaining(["参数", "学生信息", "5月考勤", "收费表 2021-05", "收费问题清单"])
      );
      const rows = sheets["收费表 2021-05"];
      const header = rows[2];
      const col = (name: string) => header.indexOf(name);
      const fen = (v: string) => Math.round(Number(v) * 100);
      const total = rows.find((r) => r[0] === "学校合计")!;
      for (const [name, key] of [
        ["应收金额", "gross"],
        ["减免金额", "waived"],
        ["应缴金额", "payable"],
        ["政府分担", "governmentShare"],
        ["学校分担", "schoolShare"],
      ] as const) {
        expect(fen(total[col(name)])).toBe(fen(json.totals[key]));
      }
      expect(Number(total[col("计费分钟")])).toBe(json.totals.billableMinutes);
      for (const c of json.classes) {
        const sub = rows.find((r) => r[0] === "班级小计" && r[2] === c.class)!;
        expect(fen(sub[col("应缴金额")])).toBe(fen(c.payable));
      }
      for (const s of json.students) {
        const row = rows.find((r) => r[0] === s.id)!;
        expect(fen(row[col("应缴金额")])).toBe(fen(s.payable));
      }
      const findings = sheets["收费问题清单"];
      expect(findings.some((r) => r[4] === "H6" && r[1] === "ATTENDANCE_CELL_UNREADABLE")).toBe(
        true
      );
    });
  }
);
