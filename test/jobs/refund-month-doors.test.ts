import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { breachesJob } from "../../src/jobs/breaches/job";
import { daysOfMonth } from "../../src/jobs/charge/compute";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { consolidateJob } from "../../src/jobs/consolidate/job";
import { validateJob } from "../../src/jobs/validate";
import { fenText } from "../../src/policy/fen";
import { schoolDayOf } from "../../src/policy/school-calendar";
import type { SheetGrid } from "../../src/sheets/grid";
import { MemoryWorkbook } from "../support/memory-workbook";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext } from "../support/office-fake";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";
import {
  lateNoticeSchool,
  MAY_2021,
  monthlyRefundMonth,
  SEPTEMBER_2021,
} from "../support/refund-month-school";

type Figures = Record<string, { gross: string; refund?: string; payable: string }>;

const byStudent = (json: ReturnType<typeof chargeJson>): Figures =>
  Object.fromEntries(
    json.students.map((s) => [s.id, { gross: s.gross, refund: s.refund, payable: s.payable }])
  );

async function viaXlsx(grids: SheetGrid[]) {
  const wb = await XlsxWorkbook.fromBuffer(await gridsToXlsx(grids));
  return chargeJson(await chargeJob(wb));
}

async function viaMemory(grids: SheetGrid[]) {
  return chargeJson(await chargeJob(new MemoryWorkbook(grids)));
}

/** The add-in's job: the Office.js adapter over the Office fake. */
async function viaOffice(grids: SheetGrid[]) {
  const ctx = new FakeContext();
  for (const g of grids)
    ctx.seed(
      g.name,
      g.values.map((r) => [...r])
    );
  return chargeJson(await chargeJob(new OfficeWorkbook(ctx as unknown as Excel.RequestContext)));
}

const schoolDays = (month: string) =>
  daysOfMonth(month)
    .filter((d) => schoolDayOf(d, { closures: [], holidays: [], makeupDays: [] }).schoolDay)
    .map((d) => Number(d.slice(8)));

/** SPEC §6 with 22 days of 120 minutes: a month is 176.00, half of it 88.00. */
const MONTHLY: Figures = {
  R1: { gross: "176.00", refund: "88.00", payable: "88.00" },
  A1: { gross: "176.00", refund: "176.00", payable: "0.00" },
  T1: { gross: "88.00", refund: "0.00", payable: "88.00" },
  W1: { gross: "176.00", refund: "88.00", payable: "88.00" },
  W2: { gross: "176.00", refund: "88.00", payable: "88.00" },
  N1: { gross: "176.00", refund: "0.00", payable: "176.00" },
  F1: { gross: "176.00", refund: "0.00", payable: "176.00" },
};

describe("the fixtures' calendars", () => {
  it("has the school days chinese-days gives", () => {
    expect(schoolDays("2021-09")).toEqual(SEPTEMBER_2021);
    expect(schoolDays("2021-05")).toEqual(MAY_2021);
  });
});

describe("a 按月收取 month with refunds, a transfer, withdrawals and a 20-minute day (SPEC §6)", () => {
  it("keeps the half refund of 11 full days and one 20-minute day: that day is not attended time", async () => {
    const json = await viaXlsx(monthlyRefundMonth());
    expect(byStudent(json).R1).toEqual(MONTHLY.R1);
  });
  it("gives the amounts of SPEC to the fen through the xlsx, memory and Office.js adapters", async () => {
    expect(byStudent(await viaXlsx(monthlyRefundMonth()))).toEqual(MONTHLY);
    expect(byStudent(await viaMemory(monthlyRefundMonth()))).toEqual(MONTHLY);
    expect(byStudent(await viaOffice(monthlyRefundMonth()))).toEqual(MONTHLY);
  });
  it("gives the same amounts through the program", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-refund-month-"));
    const file = path.join(dir, "学校.xlsx");
    writeFileSync(file, await gridsToXlsx(monthlyRefundMonth()));
    const r = await runCli("charge", file, "--json");
    expect(r.code).toBe(0);
    expect(byStudent(JSON.parse(r.out))).toEqual(MONTHLY);
  });
  it("gives the same school totals through the consolidation", async () => {
    const grids = monthlyRefundMonth();
    const city = await consolidateJob([{ file: "学校.xlsx", load: async () => grids }]);
    const [school] = city.schools;
    expect([school.gross, school.refund, school.payable].map(fenText)).toEqual([
      "1144.00",
      "440.00",
      "704.00",
    ]);
    const pane = await viaMemory(grids);
    expect([pane.totals.gross, pane.totals.refund, pane.totals.payable]).toEqual([
      "1144.00",
      "440.00",
      "704.00",
    ]);
  });
  it("warns about a student with no service all month and no withdrawal, at the attendance row", async () => {
    const json = await viaXlsx(monthlyRefundMonth());
    const hits = json.findings.filter((f) => f.rule === "CHARGE_NO_SERVICE_NO_WITHDRAWAL");
    expect(hits.map((f) => [f.cell, f.severity])).toEqual([["A7", "warning"]]);
  });
});

describe("withdrawal needs an application and approval (§三(六))", () => {
  it("warns at W2's cell, whose 退出日期 has neither, and not at W1's", async () => {
    const wb = new MemoryWorkbook(monthlyRefundMonth());
    for (const result of [await validateJob(wb), await breachesJob(wb)]) {
      const hits = result.findings.filter((f) => f.rule === "ROSTER_WITHDRAWAL_UNAPPROVED");
      expect(hits.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["名册", "H6", "warning"]]);
      expect(hits[0].message).toContain("退出申请日期和退出批准");
    }
  });
  it("warns once when a roster with withdrawal dates has neither column", async () => {
    const grids = monthlyRefundMonth();
    const roster = grids[1].values as (string | null)[][];
    grids[1] = { name: "名册", values: roster.map((r) => r.slice(0, 7)) };
    const result = await validateJob(new MemoryWorkbook(grids));
    const hits = result.findings.filter((f) => f.rule.startsWith("ROSTER_WITHDRAWAL_"));
    expect(hits.map((f) => [f.rule, f.cell])).toEqual([["ROSTER_WITHDRAWAL_NOT_RECORDED", "G1"]]);
    expect(hits[0].message).toContain("2 名学生");
  });
  it("reads 退出申请日期 and 退出批准 headers and their values", async () => {
    const grids = monthlyRefundMonth();
    (grids[1].values as (string | null)[][])[5][7] = "是";
    (grids[1].values as (string | null)[][])[5][8] = "2021-09-07";
    const result = await validateJob(new MemoryWorkbook(grids));
    expect(result.findings.filter((f) => f.rule === "ROSTER_WITHDRAWAL_UNAPPROVED")).toEqual([]);
  });
});

describe("no fee before the public notice (§三(五)3(1))", () => {
  it("charges the notice date itself and not the day before, with a finding at that cell", async () => {
    const json = await viaXlsx(lateNoticeSchool("据实收取", "2021-05-12"));
    expect(byStudent(json).P2).toMatchObject({ gross: "8.00", payable: "8.00" });
    const p2 = json.findings.filter(
      (f) => f.rule === "CHARGE_BEFORE_NOTICE" && f.studentId === "P2"
    );
    // 5/11 is the 5th date column (G), P2 the third row
    expect(p2.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["考勤", "G3", "error"]]);
  });
  it("charges a pilot month from the notice on: 14 of 19 days, in both modes", async () => {
    const actual = await viaXlsx(lateNoticeSchool("据实收取", "2021-05-12"));
    expect(byStudent(actual).P1).toMatchObject({ gross: "112.00", payable: "112.00" });
    expect(
      actual.findings.filter((f) => f.rule === "CHARGE_BEFORE_NOTICE" && f.studentId === "P1")
    ).toHaveLength(5);
    const monthly = await viaXlsx(lateNoticeSchool("按月收取", "2021-05-12"));
    expect(byStudent(monthly)).toEqual({
      P1: { gross: "112.00", refund: "0.00", payable: "112.00" },
      P2: { gross: "112.00", refund: "0.00", payable: "112.00" },
    });
    const memory = await viaMemory(lateNoticeSchool("按月收取", "2021-05-12"));
    expect(byStudent(memory)).toEqual(byStudent(monthly));
    const office = await viaOffice(lateNoticeSchool("据实收取", "2021-05-12"));
    expect(byStudent(office)).toEqual(byStudent(actual));
  });
  it("charges the whole month with one warning when the settings give no notice date", async () => {
    for (const mode of ["据实收取", "按月收取"] as const) {
      const json = await viaXlsx(lateNoticeSchool(mode));
      expect(byStudent(json).P1.gross).toBe("152.00");
      expect(json.findings.filter((f) => f.rule === "CHARGE_BEFORE_NOTICE")).toEqual([]);
      const warnings = json.findings.filter((f) => f.rule === "CHARGE_NO_NOTICE_DATE");
      expect(warnings.map((f) => [f.sheet, f.severity])).toEqual([["设置", "warning"]]);
    }
  });
  it("gives the consolidation the figures the pane's job gives", async () => {
    const grids = lateNoticeSchool("据实收取", "2021-05-12");
    const city = await consolidateJob([{ file: "学校.xlsx", load: async () => grids }]);
    const pane = await viaMemory(grids);
    expect(fenText(city.schools[0].payable)).toBe(pane.totals.payable);
    expect(pane.totals.payable).toBe("120.00");
  });
});
