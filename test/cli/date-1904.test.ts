import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { serial1900 } from "../../src/workbook/excel-serial";
import { runCli } from "../support/run-cli";

/** An Excel time of day or duration: a fraction of a day, the same in either date system. */
const t = (h: number, m: number) => (h * 60 + m) / 1440;

/**
 * One school month whose dates are Excel dates and whose attendance is typed as times: a 1:00
 * duration and a 17:30 sign-out. exceljs writes a Date as the serial of the workbook's date
 * system (1,462 days less in 1904) and a number as typed, as Excel does.
 */
async function school(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const s = wb.addWorksheet("设置");
  s.addRow(["学校名称", "一九零四小学"]);
  s.addRow(["收费公示日期", new Date(Date.UTC(2023, 3, 20))]);
  s.addRow(["月份", "2023-05"]);
  s.getCell("B2").numFmt = "yyyy-mm-dd";
  const r = wb.addWorksheet("名册");
  r.addRow(["学号", "姓名", "班级", "年级", "协议签订日期"]);
  r.addRow(["A1", "甲", "一班", "一年级", new Date(Date.UTC(2023, 3, 20))]);
  r.getCell("E2").numFmt = "yyyy-mm-dd";
  const a = wb.addWorksheet("5月考勤");
  const day = (d: number) => new Date(Date.UTC(2023, 4, d));
  a.addRow(["学号", "姓名", day(8), day(9), day(10)]);
  a.addRow(["A1", "甲", t(1, 0), t(17, 30), null]);
  for (const c of ["C1", "D1", "E1"]) a.getCell(c).numFmt = "m月d日";
  a.getCell("C2").numFmt = "[h]:mm";
  a.getCell("D2").numFmt = "h:mm";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-1904-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("1904 workbooks (Excel for Mac's old date system)", () => {
  it("moves dates by 1,462 days and never a value below 1 (a time of day, a duration)", () => {
    expect(serial1900(43955 - 1462, true)).toBe(43955);
    expect(serial1900(1, true)).toBe(1463);
    expect(serial1900(0.75, true)).toBe(0.75);
    expect(serial1900(1 / 24, true)).toBe(1 / 24);
    expect(serial1900(43955, false)).toBe(43955);
  });

  it("charges a workbook with time-typed attendance the same as its 1900 twin", async () => {
    const runs = [];
    for (const date1904 of [false, true]) {
      const file = path.join(dir, `school-${date1904 ? 1904 : 1900}.xlsx`);
      writeFileSync(file, await school(date1904));
      const r = await runCli("charge", file, "--json");
      expect(r.code).toBe(0);
      runs.push(JSON.parse(r.out));
    }
    const [y1900, y1904] = runs;
    expect(y1904.students).toEqual(y1900.students);
    expect(y1904.totals).toEqual(y1900.totals);
    // 1:00 on the 8th (60 minutes) and 15:30–17:30 on the 9th (120 minutes): 3 hours at 4.00.
    expect(y1904.totals.payable).toBe("12.00");
    expect(JSON.stringify(y1904.findings)).not.toMatch(/\d{2,}:\d{2}:\d{2}/);
  });
});
