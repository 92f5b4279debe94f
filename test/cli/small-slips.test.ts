import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { noticesJob } from "../../src/jobs/notices/job";
import type { SheetGrid } from "../../src/sheets/grid";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";
import { schoolIn2027, smallSchool } from "../support/slip-schools";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-slips-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

async function fileOf(grids: SheetGrid[]): Promise<string> {
  const file = path.join(dir, `school-${++files}.xlsx`);
  writeFileSync(file, await gridsToXlsx(grids));
  return file;
}

type JsonFinding = { rule: string; sheet: string; cell: string; message: string };
async function json(...args: string[]): Promise<{ findings: JsonFinding[]; err: string }> {
  const r = await runCli(...args, "--json");
  expect(r.code).toBe(0);
  return { ...JSON.parse(r.out), err: r.err };
}

describe("a year the holiday calendar does not cover (§三(二))", () => {
  it("is said by breaches as by charge, at 设置's 节假日 row", async () => {
    const file = await fileOf(
      schoolIn2027([
        ["学校名称", "二〇二七小学"],
        ["月份", "2027-03"],
        ["收费公示日期", "2027-02-15"],
        ["节假日", null],
      ])
    );
    const warning = { rule: "CALENDAR_NO_DATA", sheet: "设置", cell: "B4" };
    expect((await json("charge", file)).findings).toContainEqual(expect.objectContaining(warning));
    expect((await json("breaches", file)).findings).toContainEqual(
      expect.objectContaining(warning)
    );
  });

  it("points where the 节假日 row would be added when the settings have none", async () => {
    const file = await fileOf(
      schoolIn2027([
        ["学校名称", "二〇二七小学"],
        ["月份", "2027-03"],
        ["收费公示日期", "2027-02-15"],
      ])
    );
    expect((await json("breaches", file)).findings).toContainEqual(
      expect.objectContaining({ rule: "CALENDAR_NO_DATA", sheet: "设置", cell: "A4" })
    );
  });
});

describe("attendance rows whose id and name disagree with the roster", () => {
  it("warns at the cell that disagrees, whichever of the two paired the row", async () => {
    const file = await fileOf(
      smallSchool({
        attendance: [
          ["学号", "姓名", "2021-05-10", "2021-05-11", "2021-05-12"],
          ["A9", "甲", 60, 60, 60], // a wrong id, paired by the name
          ["A2", "丙", 60, null, 60], // the id of 乙 with another name
        ],
      })
    );
    const mismatches = (await json("charge", file)).findings.filter(
      (f) => f.rule === "ATTENDANCE_ID_NAME_MISMATCH"
    );
    expect(mismatches.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["5月考勤!A2", "5月考勤!B3"]);
    expect(mismatches[0].message).toContain("「A9 甲」按姓名对应名册中的「A1 甲」");
  });
});

describe("a number of minutes longer than a day", () => {
  it("is a finding that says so, never 'Infinity:NaN:NaN', and charges nothing that day", async () => {
    const file = await fileOf(
      smallSchool({
        attendance: [
          ["学号", "姓名", "2021-05-10", "2021-05-11", "2021-05-12"],
          ["A1", "甲", 1e308, 60, 60],
          ["A2", "乙", 1500, null, 60],
        ],
      })
    );
    const r = await json("charge", file);
    const over = r.findings.filter((f) => f.rule === "ATTENDANCE_MINUTES_OVER_DAY");
    expect(over.map((f) => f.cell)).toEqual(["C2", "C3"]);
    expect(over[0].message).toContain("超过一天");
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
    expect((r as unknown as { totals: { payable: string } }).totals.payable).toBe("12.00");
  });
});

describe("a month the workbook holds no attendance for", () => {
  it("says with --month which month the workbook holds, and the console says how to charge it", async () => {
    const file = await fileOf(smallSchool());
    const r = await json("charge", file, "--month", "2021-06");
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: "ATTENDANCE_OTHER_MONTH",
        message: expect.stringContaining("工作簿中的考勤表是 2021-05（5月考勤）"),
      })
    );
    expect(r.err).toContain("--month 2021-05");
    const text = await runCli("charge", file, "--month", "2021-06");
    expect(text.out).toContain(
      "工作簿中的考勤表是 2021-05（5月考勤）：计算该月请加 --month 2021-05"
    );
    const breaches = await json("breaches", file, "--month", "2021-06");
    expect(breaches.findings.map((f) => f.rule)).toContain("ATTENDANCE_OTHER_MONTH");
  });

  it("points at 设置's 月份 left at last month, without --month advice in the finding (the add-in and the page have none)", async () => {
    const grids = smallSchool({
      settings: [
        ["学校名称", "小毛病小学"],
        ["月份", "2021-04"],
        ["收费公示日期", "2021-04-15"],
      ],
    });
    const r = await json("charge", await fileOf(grids));
    const f = r.findings.find((x) => x.rule === "ATTENDANCE_OTHER_MONTH")!;
    expect(f).toMatchObject({ sheet: "设置", cell: "B2" });
    expect(f.message).toBe(
      "设置表的「月份」是 2021-04，但工作簿中的考勤表是 2021-05（5月考勤）：2021-04 没有考勤，本次未计费"
    );
  });
});

describe("a workbook of two months and no 月份", () => {
  it("says which month was charged without --month in the finding; the console adds it", async () => {
    const [settings, roster, may] = smallSchool({
      settings: [["学校名称", "小毛病小学"]],
    });
    const june = {
      name: "6月考勤",
      values: [
        ["学号", "姓名", "2021-06-01", "2021-06-02", "2021-06-03"],
        ["A1", "甲", 60, 60, 60],
      ],
    };
    const file = await fileOf([settings, roster, may, june]);
    const r = await json("charge", file);
    const chosen = r.findings.find((f) => f.rule === "MONTH_CHOSEN");
    expect(chosen?.message).toContain("本次按 2021-06 计算");
    expect(chosen?.message).not.toContain("--month");
    expect((await runCli("charge", file)).out).toContain("计算其他月份请加 --month YYYY-MM");
  });
});

describe("what the settings say, as the school wrote it", () => {
  it("kehou notice says a 高中上浮 above 10% was refused", async () => {
    const file = await fileOf(
      smallSchool({
        settings: [
          ["学校名称", "小毛病小学"],
          ["高中上浮", "12%"],
          ["收费公示日期", "2021-04-15"],
        ],
      })
    );
    const r = await runCli("notice", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("设置!B2");
    expect(r.out).toContain("高中上浮比例「12%」不符合规定");
    expect((await json("notice", file)).findings).toContainEqual(
      expect.objectContaining({ rule: "FEE_UPLIFT_ABOVE_POLICY", cell: "B2" })
    );
  });

  it("prints 缴费方式 on the families' notices as typed, full-width brackets kept", async () => {
    const payHow = "微信扫码缴费（学校收费码）";
    const grids = smallSchool({
      settings: [
        ["学校名称", "小毛病小学"],
        ["月份", "2021-05"],
        ["收费公示日期", "2021-04-15"],
        ["缴费方式", payHow],
      ],
    });
    const wb = await XlsxWorkbook.fromBuffer(await gridsToXlsx(grids));
    const r = await noticesJob(wb, { write: false });
    const cells = r.sheets[0].rows.flat();
    expect(cells).toContain(payHow);
  });
});
