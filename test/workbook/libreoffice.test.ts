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

    it("recalculates class subtotals that match the class name exactly (一年级*, =1+1, a?b, ~1)", async () => {
      const classes = ["一年级*", "一年级1班", "一年级2班", "=1+1", "a?b", "axb", "~1", "1"];
      const source = new ExcelJS.Workbook();
      const roster = source.addWorksheet("学生名册");
      roster.addRow(["学号", "姓名", "年级", "班级"]);
      const attendance = source.addWorksheet("5月考勤");
      attendance.addRow(["学号", "姓名", "2023-05-08", "2023-05-09", "2023-05-10"]);
      classes.forEach((className, i) => {
        roster.addRow([`S${i + 1}`, `学生${i + 1}`, "一年级", className]);
        attendance.addRow([`S${i + 1}`, `学生${i + 1}`, 30 * (i + 1), 30, 30]);
      });
      const wb = await XlsxWorkbook.fromBuffer(await source.xlsx.writeBuffer());
      const json = chargeJson(await chargeJob(wb, { month: "2023-05" }));
      const file = path.join(dir, "tricky-classes.xlsx");
      writeFileSync(file, await wb.toBuffer());

      const rows = libreOfficeSheets(file)["收费表 2023-05"];
      const col = rows[2].indexOf("应收金额");
      const subtotals = rows.filter((r) => r[0] === "班级小计");
      expect(subtotals.map((r) => r[2]).sort()).toEqual([...classes].sort());
      for (const c of json.classes) {
        const sub = subtotals.find((r) => r[2] === c.class)!;
        expect([c.class, Math.round(Number(sub[col]) * 100)]).toEqual([
          c.class,
          Math.round(Number(c.gross) * 100),
        ]);
      }
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
