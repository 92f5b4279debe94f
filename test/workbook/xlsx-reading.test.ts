import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chargeJob } from "../../src/jobs/charge/job";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

/** A school workbook: a roster and May 2023 attendance, 10 school days of `minutes` each. */
function school(wb: ExcelJS.Workbook, sheet: string, minutes: number | ExcelJS.CellValue) {
  const ws = wb.addWorksheet(sheet);
  const days = [8, 9, 10, 11, 12, 15, 16, 17, 18, 19].map(
    (d) => `2023-05-${String(d).padStart(2, "0")}`
  );
  ws.addRow(["学号", "姓名", ...days]);
  for (let i = 1; i <= 8; i++) ws.addRow([`S${i}`, `学生${i}`, ...days.map(() => minutes)]);
  return ws;
}

function roster(wb: ExcelJS.Workbook, hardship = false) {
  const ws = wb.addWorksheet("学生名册");
  ws.addRow(["学号", "姓名", "年级", "班级", "困难家庭"]);
  for (let i = 1; i <= 8; i++)
    ws.addRow([`S${i}`, `学生${i}`, "三年级", "三年级1班", hardship && i === 1 ? "是" : "否"]);
}

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("which sheet is the month's attendance", () => {
  it("prefers the visible sheet to a veryHidden old copy placed first, and says so", async () => {
    const wb = new ExcelJS.Workbook();
    school(wb, "旧考勤", 18).state = "veryHidden";
    roster(wb);
    school(wb, "5月考勤", 120);
    const r = await chargeJob(await XlsxWorkbook.fromBuffer(await bytes(wb)), {
      month: "2023-05",
      write: false,
    });
    expect(r.totals.billableMinutes).toBe(9600);
    const chosen = r.findings.find((f) => f.rule === "ATTENDANCE_SHEET_CHOSEN")!;
    expect(chosen.message).toMatch(/使用「5月考勤」.*旧考勤（隐藏）/);
  });
});

describe("formulas saved without a value", () => {
  it("are a finding at their cell (值未计算), never a silent blank", async () => {
    const wb = new ExcelJS.Workbook();
    roster(wb);
    const ws = school(wb, "5月考勤", 120);
    ws.getCell("C2").value = { formula: "60+60" } as ExcelJS.CellFormulaValue;
    const r = await chargeJob(await XlsxWorkbook.fromBuffer(await bytes(wb)), {
      month: "2023-05",
      write: false,
    });
    const f = r.findings.find((x) => x.rule === "FORMULA_NOT_CALCULATED")!;
    expect([f.sheet, f.cell, f.severity]).toEqual(["5月考勤", "C2", "error"]);
    expect(f.message).toMatch(/值未计算：.*请在 Excel 中打开并保存后重试/);
  });
});

describe("parts of the package", () => {
  it("refuse a workbook whose listed roster part is missing, rather than charge everyone in full", async () => {
    const wb = new ExcelJS.Workbook();
    roster(wb, true);
    school(wb, "5月考勤", 120);
    const zip = await JSZip.loadAsync(await bytes(wb));
    zip.remove("xl/worksheets/sheet1.xml");
    const broken = await zip.generateAsync({ type: "uint8array" });
    await expect(XlsxWorkbook.fromBuffer(broken)).rejects.toThrow(
      /工作簿不完整，工作表「学生名册」（缺少 xl\/worksheets\/sheet1\.xml）的数据缺失/
    );
  });

  it("read a sheet named History (LibreOffice allows it; Excel reserves it)", async () => {
    const wb = new ExcelJS.Workbook();
    roster(wb);
    school(wb, "Other", 120);
    const zip = await JSZip.loadAsync(await bytes(wb));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace('name="Other"', 'name="History"'));
    const opened = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    expect((await opened.readSheets()).map((s) => s.name)).toEqual(["学生名册", "History"]);
    const r = await chargeJob(opened, { month: "2023-05" });
    expect(r.totals.billableMinutes).toBe(9600);
    const again = await XlsxWorkbook.fromBuffer(await opened.toBuffer());
    expect((await again.readSheets()).map((s) => s.name)).toContain("History");
  });

  it("take Kehou's sheets in a workbook the part writer refuses, once exceljs has re-saved it", async () => {
    const wb = new ExcelJS.Workbook();
    roster(wb);
    school(wb, "5月考勤", 120);
    const zip = await JSZip.loadAsync(await bytes(wb));
    // No styles part, as some generators write: the writer has nowhere to add Kehou's styles.
    zip.remove("xl/styles.xml");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship [^>]*styles"[^>]*\/>/, ""));
    const opened = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    const r = await chargeJob(opened, { month: "2023-05" });
    expect(r.totals.billableMinutes).toBe(9600);
    const again = await XlsxWorkbook.fromBuffer(await opened.toBuffer());
    const sheets = await again.readSheets();
    expect(sheets.map((s) => s.name)).toEqual([
      "学生名册",
      "5月考勤",
      "收费表 2023-05",
      "收费问题清单",
    ]);
    expect(sheets[1].values[1]).toEqual(["S1", "学生1", ...Array(10).fill(120)]);
  });
});
