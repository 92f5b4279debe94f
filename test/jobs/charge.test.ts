import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { breachSchool } from "../support/breach-school";
import { gridsToXlsx } from "../support/generate-school";
import { messySchool } from "../support/messy-school";

async function charge(buffer: Uint8Array, month?: string) {
  const wb = await XlsxWorkbook.fromBuffer(buffer);
  const result = await chargeJob(wb, { month });
  return { wb, result, json: chargeJson(result) };
}

describe("charge job on a hand-made school workbook", () => {
  let json: ReturnType<typeof chargeJson>;
  let out: Uint8Array;
  beforeAll(async () => {
    const r = await charge(await messySchool());
    json = r.json;
    out = await r.wb.toBuffer();
  });
  const student = (id: string) => json.students.find((s) => s.id === id)!;
  const findingAt = (cell: string, rule?: string) =>
    json.findings.filter((f) => f.cell === cell && (!rule || f.rule === rule));

  it("finds the school, the month from the title and the charging mode", () => {
    expect([json.school, json.month, json.mode]).toEqual(["绥芬河市第九学校", "2021-05", "actual"]);
  });

  it("charges √, minutes, sign-outs, ranges, durations and full-width digits at 4 yuan an hour", () => {
    expect(student("G2301001")).toMatchObject({
      days: 6,
      minutes: 720,
      billableMinutes: 720,
      gross: "48.00",
      payable: "48.00",
    });
  });

  it("waives a hardship student whole, the government paying half", () => {
    expect(student("G2301002")).toMatchObject({
      gross: "48.00",
      waived: "48.00",
      payable: "0.00",
      governmentShare: "24.00",
      schoolShare: "24.00",
    });
  });

  it("drops a day under 30 minutes, counts 90分钟 and 1小时30分, a Sunday, and an Excel sign-out time", () => {
    expect(student("G2301003")).toMatchObject({
      minutes: 449,
      billableMinutes: 420,
      gross: "28.00",
    });
  });

  it("caps a junior sign-out at the pilot's 18:00 and flags it", () => {
    expect(student("G2301004")).toMatchObject({ billableMinutes: 285, gross: "19.00" });
    expect(findingAt("E7", "SIGNOUT_PAST_WINDOW")).toHaveLength(1);
  });

  it("drops days before the agreement with a finding at each cell", () => {
    expect(student("G2301005")).toMatchObject({ days: 3, billableMinutes: 270, gross: "18.00" });
    for (const cell of ["C8", "D8", "E8"])
      expect(findingAt(cell, "CHARGE_BEFORE_AGREEMENT")).toHaveLength(1);
  });

  it("times 高中 sign-outs up to 20:30, flags later self-study, and does not bill a √ without an end time", () => {
    expect(student("G2301006")).toMatchObject({ billableMinutes: 630, gross: "42.00" });
    expect(findingAt("E9", "SIGNOUT_PAST_WINDOW")).toHaveLength(1);
    expect(findingAt("G9", "SESSION_LENGTH_UNKNOWN")).toHaveLength(1);
  });

  it("drops days after a withdrawal", () => {
    expect(student("G2301007")).toMatchObject({ days: 5, gross: "40.00" });
    expect(findingAt("I10", "CHARGE_AFTER_WITHDRAWAL")).toHaveLength(1);
  });

  it("makes every unreadable cell a finding with its address", () => {
    expect(findingAt("H6", "ATTENDANCE_CELL_UNREADABLE")[0].message).toContain("「abc」");
    expect(findingAt("J3", "DATE_HEADER_UNREADABLE")[0].message).toContain("5月32日");
    expect(findingAt("A11", "ATTENDANCE_STUDENT_UNKNOWN")[0].message).toContain("G9999999");
  });

  it("flags service on a Sunday but not on the Saturday make-up school day", () => {
    expect(findingAt("F3", "DAY_NOT_SCHOOL_DAY")).toHaveLength(1);
    expect(findingAt("E3", "DAY_NOT_SCHOOL_DAY")).toHaveLength(0);
  });

  it("adds up to the school totals exactly", () => {
    expect(json.totals).toEqual({
      students: 7,
      minutes: 720 + 720 + 449 + 285 + 270 + 630 + 600,
      billableMinutes: 720 + 720 + 420 + 285 + 270 + 630 + 600,
      gross: "243.00",
      waived: "48.00",
      payable: "195.00",
      governmentShare: "24.00",
      schoolShare: "24.00",
    });
    expect(json.classes.find((c) => c.class === "三年级(2)班")).toMatchObject({
      students: 2,
      gross: "68.00",
    });
  });

  it("writes an Excel table with ¥ formats, a frozen header and SUM totals, readable back", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("收费表 2021-05")!;
    expect(ws).toBeDefined();
    expect(
      ws.getTables().length + Object.keys((ws as unknown as { tables: object }).tables ?? {}).length
    ).toBeGreaterThan(0);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    const header = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(1);
    const payableCol = header.indexOf("应缴金额") + 1;
    expect(ws.getCell(4, payableCol).numFmt).toBe('"¥"#,##0.00');
    let totalRow = 0;
    ws.eachRow((row, n) => row.getCell(1).value === "学校合计" && (totalRow = n));
    const total = ws.getCell(totalRow, payableCol).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^SUM\([A-Z]+4:[A-Z]+10\)$/);
    expect(total.result).toBe(195);
    expect(wb.getWorksheet("收费问题清单")).toBeDefined();
  });

  it("replaces its own sheets on a re-run, gives the same figures, and never touches the user's", async () => {
    const again = await charge(out);
    expect(again.json.totals).toEqual(json.totals);
    const names = (await again.wb.readSheets()).map((s) => s.name);
    expect(names).toEqual(["参数", "学生信息", "5月考勤", "收费表 2021-05", "收费问题清单"]);
  });

  it("keeps a user's own sheet that happens to be called 收费问题清单", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await messySchool()) as unknown as ArrayBuffer);
    wb.addWorksheet("收费问题清单").getCell("A1").value = "我自己的问题记录";
    const r = await charge(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.result.sheetNames).toEqual(["收费表 2021-05", "收费问题清单 (2)"]);
    const grids = await r.wb.readSheets();
    expect(grids.find((g) => g.name === "收费问题清单")!.values[0][0]).toBe("我自己的问题记录");
  });

  it("says the month is missing when it cannot be found, which month the workbook holds, and charges nothing", async () => {
    const r = await charge(await messySchool(), "2021-06");
    expect(r.json.students).toHaveLength(0);
    const missing = r.json.findings.find((f) => f.rule === "ATTENDANCE_OTHER_MONTH");
    expect(missing?.message).toBe(
      "所选月份是 2021-06，但工作簿中的考勤表是 2021-05（5月考勤）：2021-06 没有考勤，本次未计费"
    );
    // The add-in and the page have no --month: the finding never advises it.
    expect(missing?.message).not.toContain("--month");
  });
});

describe("a session's recorded end (SPEC §4, §三(二) 服务时间以有老师在班在场服务为准)", () => {
  it("caps time past the end the activities sheet records, with a finding at the cell", async () => {
    const clean = chargeJson(
      await chargeJob(await XlsxWorkbook.fromBuffer(await gridsToXlsx(breachSchool())), {
        write: false,
      })
    );
    const early = chargeJson(
      await chargeJob(
        await XlsxWorkbook.fromBuffer(await gridsToXlsx(breachSchool(["sessionEndsEarly"]))),
        { write: false }
      )
    );
    const s1 = (j: typeof clean) => j.students.find((s) => s.id === "S1")!;
    expect(s1(clean).billableMinutes).toBe(360);
    expect(s1(early).billableMinutes).toBe(330); // 5/10: 120 minutes recorded, the session ended at 17:00
    expect(early.findings.find((f) => f.rule === "SIGNOUT_PAST_SESSION")).toMatchObject({
      sheet: "5月考勤",
      cell: "E2",
    });
  });
});
