import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";

const semesterProfile = path.join(__dirname, "..", "fixtures", "example-semester.json");
/** 2021's weekday holidays in the months used (清明, 劳动节, 端午, 中秋). */
const HOLIDAYS = new Set(["4-5", "5-3", "5-4", "5-5", "6-14", "9-20", "9-21"]);

/** The first `n` working weekdays of a 2021 month, as the attendance headers write them (3/1). */
function workdays(month: number, n: number): string[] {
  const days: string[] = [];
  for (let d = 1; days.length < n; d++) {
    const weekday = new Date(Date.UTC(2021, month - 1, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(`${month}-${d}`))
      days.push(`${month}/${d}`);
  }
  return days;
}

let dir: string;
let inbox: string;

/** One school's month: 甲 served 120 minutes (3 课时 of 40) on 18 days, 乙 on one day. */
async function schoolMonth(month: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [
    ["学校名称", "示例小学"],
    ["月份", `2021-${String(month).padStart(2, "0")}`],
  ].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级"]);
  roster.addRow(["P1", "甲", "一班", "一年级"]);
  roster.addRow(["P2", "乙", "一班", "一年级"]);
  const att = wb.addWorksheet("考勤");
  const days = workdays(month, 18);
  att.addRow(["学号", "姓名", ...days]);
  att.addRow(["P1", "甲", ...days.map(() => "120分钟")]);
  att.addRow(["P2", "乙", "120分钟", ...days.slice(1).map(() => "")]);
  writeFileSync(path.join(inbox, `${month}月.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kehou-semester-"));
  inbox = path.join(dir, "报送");
  mkdirSync(inbox);
  for (const month of [3, 4, 5, 6, 9]) await schoolMonth(month);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("consolidation over months holds each family to the semester cap", () => {
  it("lowers the 应缴 of the month that crosses 400.00 and charges nothing after, as hand-worked", async () => {
    const out = path.join(dir, "全市.xlsx");
    const r = await runCli("consolidate", inbox, "-o", out, "--policy", semesterProfile, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const payable = Object.fromEntries(
      json.schools.map((s: { month: string; payable: string }) => [s.month, s.payable])
    );
    // 甲: 18 days × 3 课时 × 2.50 = 135.00 a month; 乙: 7.50 a month, far under the cap.
    // March 135 + 7.50; April 135 + 7.50 (甲 270.00 so far); May 甲 130.00 (400 − 270), 乙 7.50;
    // June 甲 0.00, 乙 7.50; September is the autumn semester: 甲 135.00 again.
    expect(payable).toEqual({
      "2021-03": "142.50",
      "2021-04": "142.50",
      "2021-05": "137.50",
      "2021-06": "7.50",
      "2021-09": "142.50",
    });
    const capped = json.findings.filter((f: { rule: string }) => f.rule === "CITY_SEMESTER_CAP");
    expect(capped.map((f: { message: string }) => f.message)).toEqual([
      "示例小学 2021-05：1 名学生本学期应缴已达每学期上限 400.00 元，本月应缴按上限减少 5.00 元",
      "示例小学 2021-06：1 名学生本学期应缴已达每学期上限 400.00 元，本月应缴按上限减少 135.00 元",
    ]);
  });

  it("holds a one-month consolidation to the cap by the earlier months' files, as the run over months does", async () => {
    const out = path.join(dir, "六月.xlsx");
    const r = await runCli(
      "consolidate",
      inbox,
      "-o",
      out,
      "--policy",
      semesterProfile,
      "--month",
      "2021-06",
      "--json"
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    // March to May are not counted in June's figures, but 甲 was asked 400.00 by them.
    expect(json.schools.map((s: { payable: string }) => s.payable)).toEqual(["7.50"]);
    expect(
      json.findings
        .filter((f: { rule: string }) => f.rule === "CITY_SEMESTER_CAP")
        .map((f: { message: string }) => f.message)
    ).toEqual([
      "示例小学 2021-06：1 名学生本学期应缴已达每学期上限 400.00 元，本月应缴按上限减少 135.00 元",
    ]);
  });

  it("says the months of the semester it could not know, and that the cap was checked without them", async () => {
    const out = path.join(dir, "三月.xlsx");
    const r = await runCli(
      "consolidate",
      inbox,
      "-o",
      out,
      "--policy",
      semesterProfile,
      "--month",
      "2021-03",
      "--json"
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(
      json.findings
        .filter((f: { rule: string }) => f.rule === "CITY_SEMESTER_CAP_UNCHECKED")
        .map((f: { message: string }) => f.message)
    ).toEqual([
      "示例小学 2021-03：本学期 2021-02 既无该校工作簿中的收费表，也无报送文件，每学期上限 400.00 元只按已知各月核对",
    ]);
  });
});
