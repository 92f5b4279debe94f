import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { chargeJob } from "../../src/jobs/charge/job";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { runCli } from "../support/run-cli";
import {
  loadSemesterProfile,
  SEMESTER_PROFILE_FILE,
  semesterSchoolXlsx,
} from "../support/semester-school";

const semesterProfile = SEMESTER_PROFILE_FILE;

let dir: string;
let inbox: string;

/** One school's month as it submits it: 甲 served 120 minutes (3 课时 of 40) on 18 days, 乙 on one day. */
async function schoolMonth(month: number): Promise<void> {
  writeFileSync(path.join(inbox, `${month}月.xlsx`), await semesterSchoolXlsx([month], month));
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

describe("a school's semester-cap warning and the city's figures are one computation", () => {
  let split: string;
  beforeAll(async () => {
    // March and April submitted as files; June's workbook keeps May's 收费表 (charged there
    // without March and April: 甲 135.00), as a school that sent no May file would.
    split = path.join(dir, "分开报送");
    mkdirSync(split);
    for (const month of [3, 4])
      writeFileSync(path.join(split, `${month}月.xlsx`), await semesterSchoolXlsx([month], month));
    const june = await XlsxWorkbook.fromBuffer(await semesterSchoolXlsx([5, 6]));
    await chargeJob(june, { month: "2021-05", profile: loadSemesterProfile() });
    writeFileSync(path.join(split, "6月.xlsx"), await june.toBuffer());
  });

  it("counts the earlier months of the files and of the workbook's own 收费表 together", async () => {
    const out = path.join(dir, "六月分开.xlsx");
    const r = await runCli(
      "consolidate",
      split,
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
    // 甲: March 135.00 + April 135.00 (files) + May, which June's workbook holds and the city
    // charges itself under the cap: 130.00 = 400.00 before June.
    expect(json.schools.map((s: { payable: string }) => s.payable)).toEqual(["7.50"]);
    const said = (rule: string) =>
      json.findings
        .filter((f: { rule: string }) => f.rule === rule)
        .map((f: { message: string }) => f.message);
    expect(said("CITY_SEMESTER_CAP")).toEqual([
      "示例小学 2021-06：1 名学生本学期应缴已达每学期上限 400.00 元，本月应缴按上限减少 135.00 元",
    ]);
    // The school's own warning says the same figures, the student by a masked 学号 (P1).
    expect(said("CHARGE_SEMESTER_CAP")).toEqual([
      "** 本学期此前应缴 400.00 元，本月应缴按每学期上限 400.00 元减少 135.00 元，为 0.00 元",
    ]);
  });

  it("gives a workbook consolidated alone the figures and the warning its own charge gives", async () => {
    const alone = path.join(dir, "一本工作簿");
    mkdirSync(alone);
    const wb = await XlsxWorkbook.fromBuffer(await semesterSchoolXlsx([3, 4, 5, 6]));
    for (const month of ["2021-03", "2021-04", "2021-05"])
      await chargeJob(wb, { month, profile: loadSemesterProfile() });
    const file = path.join(alone, "六月.xlsx");
    writeFileSync(file, await wb.toBuffer());
    const own = await runCli(
      "charge",
      file,
      "--month",
      "2021-06",
      "--policy",
      semesterProfile,
      "-o",
      path.join(dir, "六月收费.xlsx"),
      "--json"
    );
    const charged = JSON.parse(own.out);
    const r = await runCli(
      "consolidate",
      alone,
      "-o",
      path.join(dir, "六月一本.xlsx"),
      "--policy",
      semesterProfile,
      "--month",
      "2021-06",
      "--json"
    );
    const json = JSON.parse(r.out);
    // 甲 March 135.00 + April 135.00 + May 130.00 = 400.00: June is 0.00, 乙 7.50.
    expect(json.schools.map((s: { payable: string }) => s.payable)).toEqual([
      charged.totals.payable,
    ]);
    expect(charged.totals.payable).toBe("7.50");
    // The same figures; the city shows the student by a masked 学号 where the charge names 甲.
    const capOf = (findings: { rule: string; message: string }[]) =>
      findings
        .filter((f) => f.rule === "CHARGE_SEMESTER_CAP")
        .map((f) => f.message.replace(/^\S+ /, ""));
    expect(capOf(json.findings)).toEqual(capOf(charged.findings));
    expect(capOf(json.findings)).toEqual([
      "本学期此前应缴 400.00 元，本月应缴按每学期上限 400.00 元减少 135.00 元，为 0.00 元",
    ]);
  });
});

describe("a cumulative school workbook (3月考勤, 4月考勤, 5月考勤 in one file)", () => {
  let folder: string;
  /** The school's workbook as kept up to the last of `months`, one attendance sheet a month. */
  async function cumulative(file: string, months: number[]): Promise<void> {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await semesterSchoolXlsx(months, months[months.length - 1]));
  }
  beforeAll(async () => {
    folder = path.join(dir, "累计");
    await cumulative(path.join(folder, "示例小学.xlsx"), [3, 4, 5]);
  });

  it("counts each month once when the same growing file is submitted every month", async () => {
    const each = path.join(dir, "每月报送");
    await cumulative(path.join(each, "3月", "示例小学.xlsx"), [3]);
    await cumulative(path.join(each, "4月", "示例小学.xlsx"), [3, 4]);
    await cumulative(path.join(each, "5月", "示例小学.xlsx"), [3, 4, 5]);
    const out = path.join(dir, "每月.xlsx");
    const r = await runCli(
      "consolidate",
      each,
      "-o",
      out,
      "--policy",
      semesterProfile,
      "--month",
      "2021-03..2021-05",
      "--json"
    );
    const json = JSON.parse(r.out);
    expect(
      json.schools.map((s: { month: string; payable: string }) => [s.month, s.payable])
    ).toEqual([
      ["2021-03", "142.50"],
      ["2021-04", "142.50"],
      ["2021-05", "137.50"],
    ]);
  });

  const consolidate = async (month: string) => {
    const out = path.join(dir, `累计-${month}.xlsx`);
    const r = await runCli(
      "consolidate",
      folder,
      "-o",
      out,
      "--policy",
      semesterProfile,
      "--month",
      month,
      "--json",
      "--force"
    );
    expect(r.code).toBe(0);
    return JSON.parse(r.out);
  };
  const rules = (json: { findings: { rule: string }[] }) => json.findings.map((f) => f.rule);
  // Only February, which no sheet holds, is unknown to the cap: March and April are read.
  const unknownMonths = (json: { findings: { rule: string; message: string }[] }) =>
    json.findings
      .filter((f) => f.rule === "CITY_SEMESTER_CAP_UNCHECKED")
      .map((f) => /本学期 (\S+) 既无/.exec(f.message)?.[1]);

  it("is read for each month of a range it holds, as three monthly files are, the cap applied", async () => {
    const json = await consolidate("2021-03..2021-05");
    const payable = Object.fromEntries(
      json.schools.map((s: { month: string; payable: string }) => [s.month, s.payable])
    );
    expect(payable).toEqual({ "2021-03": "142.50", "2021-04": "142.50", "2021-05": "137.50" });
    expect(rules(json)).not.toContain("CITY_NOT_SUBMITTED");
    expect(unknownMonths(json)).toEqual(["2021-02", "2021-02", "2021-02"]);
  });

  it("holds a one-month run to the cap by the file's own earlier months, counting only the month", async () => {
    const json = await consolidate("2021-05");
    expect(json.schools.map((s: { payable: string }) => s.payable)).toEqual(["137.50"]);
    expect(unknownMonths(json)).toEqual(["2021-02"]);
    expect(rules(json)).not.toContain("CITY_MONTH_DIFFERS");
  });

  it("says which months' sheets in the file were not read", async () => {
    const json = await consolidate("2021-04..2021-05");
    const said = json.findings.find((f: { rule: string }) => f.rule === "CITY_MONTHS_NOT_READ");
    expect(said).toBeUndefined(); // March is read toward the cap, not left unread
    const plain = path.join(dir, "无上限.xlsx");
    const r = await runCli("consolidate", folder, "-o", plain, "--month", "2021-05", "--json");
    const notRead = JSON.parse(r.out).findings.find(
      (f: { rule: string }) => f.rule === "CITY_MONTHS_NOT_READ"
    );
    expect(notRead.message).toBe(
      "「" +
        path.join(folder, "示例小学.xlsx") +
        "」中还有 2021-03、2021-04 的考勤表，不在本次汇总的月份内，未读取"
    );
  });
});
