import { analyseSchool } from "../../../src/jobs/breaches/analyse";
import { chargeJob } from "../../../src/jobs/charge/job";
import { computeCharges } from "../../../src/jobs/charge/compute";
import { withSemesterCap } from "../../../src/jobs/charge/semester-cap";
import { readSchoolWorkbook } from "../../../src/jobs/school-workbook";
import type { CellValue, SheetGrid } from "../../../src/sheets/grid";
import { noticesJob } from "../../../src/jobs/notices/job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { loadSemesterProfile, semesterSchoolXlsx } from "../../support/semester-school";

const profile = loadSemesterProfile();

/** A school keeping March to May in one workbook: 甲 120 minutes (3 课时) on 18 days a month. */
async function school(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await semesterSchoolXlsx([3, 4, 5]));
}

describe("the charge of a month under a semester cap, from the workbook's earlier charge sheets", () => {
  it("lowers the month that crosses 400.00 to what remains, as hand-worked", async () => {
    const wb = await school();
    const march = await chargeJob(wb, { month: "2021-03", profile });
    // 18 days × 3 课时 × 2.50 = 135.00; 乙 one day, 7.50
    expect(march.lines.map((l) => [l.id, l.payable])).toEqual([
      ["P1", 13500],
      ["P2", 750],
    ]);
    // April: 甲 has 135.00 of the semester; 135.00 more stays under 400.00.
    const april = await chargeJob(wb, { month: "2021-04", profile });
    expect(april.lines.find((l) => l.id === "P1")!.payable).toBe(13500);
    // May: 400.00 − 270.00 = 130.00 left of a 135.00 month; 乙's 7.50 is untouched.
    const may = await chargeJob(wb, { month: "2021-05", profile });
    expect(may.lines.map((l) => [l.id, l.gross, l.payable])).toEqual([
      ["P1", 13500, 13000],
      ["P2", 750, 750],
    ]);
    expect(may.totals.payable).toBe(13750);
    expect(may.findings.map((f) => f.message)).toContain(
      "甲 本学期此前应缴 270.00 元，本月应缴按每学期上限 400.00 元减少 5.00 元，为 130.00 元"
    );
  });

  it("asks the same capped 应缴 in the family's notice and checks it so in breaches", async () => {
    const wb = await school();
    await chargeJob(wb, { month: "2021-03", profile });
    await chargeJob(wb, { month: "2021-04", profile });
    const notices = await noticesJob(wb, { month: "2021-05", profile, write: false });
    const jia = notices.notices.find((n) => n.line.id === "P1")!;
    expect(jia.line.payable).toBe(13000);
    const analysis = analyseSchool(await wb.readSheets(), { month: "2021-05", profile });
    expect(analysis.charges.totals.payable).toBe(13750);
  });

  it("says which earlier months of the semester it had no charge sheet for", async () => {
    const wb = await school();
    const may = await chargeJob(wb, { month: "2021-05", profile, write: false });
    expect(may.findings).toContainEqual(
      expect.objectContaining({
        rule: "CHARGE_SEMESTER_CAP_UNCHECKED",
        message: expect.stringContaining("2021-02、2021-03、2021-04"),
      })
    );
    expect(may.lines.find((l) => l.id === "P1")!.payable).toBe(13500);
  });

  it("says an earlier month's 应缴 that is text or negative at its cell, and never counts it as 0 or less", async () => {
    const wb = await school();
    await chargeJob(wb, { month: "2021-03", profile });
    await chargeJob(wb, { month: "2021-04", profile });
    const cells: string[] = [];
    /** A month's charge sheet with 甲's 应缴金额 overwritten, its cell kept in `cells`. */
    const spoiled = (grid: SheetGrid, value: CellValue): SheetGrid => {
      const head = grid.values.findIndex((r) => r.includes("应缴金额"));
      const col = grid.values[head].indexOf("应缴金额");
      const row = grid.values.findIndex((r) => r[0] === "P1");
      cells.push(`${grid.name}!${String.fromCharCode(65 + col)}${row + 1}`);
      const values = grid.values.map((r, i) =>
        i === row ? r.map((v, j) => (j === col ? value : v)) : r
      );
      return { ...grid, values };
    };
    const grids = (await wb.readSheets()).map((g) =>
      g.name === "收费表 2021-03"
        ? spoiled(g, "abc")
        : g.name === "收费表 2021-04"
          ? spoiled(g, -100)
          : g
    );
    const may = withSemesterCap(
      computeCharges(readSchoolWorkbook(grids, "2021-05", profile)),
      grids
    );
    const bad = may.findings.filter((f) => f.rule === "CHARGE_SEMESTER_CAP_EARLIER_UNREADABLE");
    expect(bad.map((f) => `${f.sheet}!${f.cell}`)).toEqual(cells.reverse());
    expect(bad[1].message).toBe(
      "甲 的应缴金额「abc」不是 0 或以上的金额：本学期上限 400.00 元未计入 2021-03 这一月，只按其他各月核对"
    );
    // Neither month is counted, and a negative never widens what remains: 135.00 stays 135.00.
    expect(may.lines.find((l) => l.id === "P1")!.payable).toBe(13500);
  });

  it("says where the cap's reduction went: on the family's notice and at the row's 应缴金额", async () => {
    const wb = await school();
    await chargeJob(wb, { month: "2021-03", profile });
    await chargeJob(wb, { month: "2021-04", profile });
    const notices = await noticesJob(wb, { month: "2021-05", profile, write: false });
    const jia = notices.notices.find((n) => n.line.id === "P1")!;
    expect(jia.reason).toContain("按每学期上限 400.00 元减少 5.00 元");
    expect(notices.notices.find((n) => n.line.id === "P2")!.reason).not.toContain("上限");
    const may = await chargeJob(wb, { month: "2021-05", profile });
    const capped = may.findings.find((f) => f.rule === "CHARGE_SEMESTER_CAP")!;
    const grid = (await wb.readSheets()).find((g) => g.name === "收费表 2021-05")!;
    const row = grid.values.findIndex((r) => r[0] === "P1");
    const col = grid.values.find((r) => r.includes("应缴金额"))!.indexOf("应缴金额");
    expect(capped.cell).toBe(`${String.fromCharCode(65 + col)}${row + 1}`);
    expect(grid.values[row][col]).toBe(130);
  });
});

describe("the earlier charge sheets under a semester cap, read once per school", () => {
  it("gives the analysis the earlier months it capped the month with, for the city's figures", async () => {
    const wb = await school();
    await chargeJob(wb, { month: "2021-03", profile });
    await chargeJob(wb, { month: "2021-04", profile });
    const grids = await wb.readSheets();
    const analysis = analyseSchool(grids, { month: "2021-05", profile });
    expect([...analysis.earlier!.months.keys()]).toEqual(["2021-04", "2021-03"]);
    expect(analysis.earlier!.months.get("2021-03")!.get("P1")).toBe(13500);
    expect(analysis.earlier!.missing).toEqual(["2021-02"]);
    // Capped with that reading: the same month as the charge sheet's own reading gives.
    const alone = withSemesterCap(
      computeCharges(readSchoolWorkbook(grids, "2021-05", profile)),
      grids
    );
    expect(analysis.charges.lines).toEqual(alone.lines);
  });

  it("reads none without a cap", async () => {
    const grids = await (await school()).readSheets();
    expect(analyseSchool(grids, { month: "2021-05" }).earlier).toBeUndefined();
  });
});
