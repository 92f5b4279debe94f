import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { noticeJob } from "../../src/jobs/notices/job";
import type { Profile } from "../../src/policy/profile";
import { readProfileFile } from "../../src/sheets/profile-file";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const fixture = (name: string) => path.join(__dirname, "..", "fixtures", name);

function profileOf(name: string): Profile {
  const read = readProfileFile(readFileSync(fixture(name), "utf8"), name);
  if (!read.ok) throw new Error(read.findings.map((f) => f.message).join("\n"));
  return read.profile;
}

/** A school of May 2021 with the given settings rows, students and attendance by day. */
async function school(
  settings: (string | number)[][],
  students: { id: string; grade: string; hardship?: boolean; days: (string | null)[] }[],
  days: string[]
): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [["学校名称", "示例学校"], ["月份", "2021-05"], ...settings].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级", "困难家庭"]);
  for (const st of students)
    roster.addRow([st.id, `学生${st.id}`, "一班", st.grade, st.hardship ? "是" : ""]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", ...days]);
  for (const st of students) att.addRow([st.id, `学生${st.id}`, ...st.days]);
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe("a whole-课时 city (example-keshi.json: 3 元 a 课时 of 40 minutes in 小学, 45 in 初中)", () => {
  const keshi = profileOf("example-keshi.json");
  const days = ["5/10", "5/11", "5/12"];
  const students = [
    // 100 → 2 课时, 79 → 1, 40 → 1: 4 × 3.00 = 12.00
    { id: "P1", grade: "一年级", days: ["100分钟", "79分钟", "40分钟"] },
    // 90 → 2 课时, 89 → 1, 45 → 1: 4 × 3.00 = 12.00
    { id: "J1", grade: "七年级", days: ["90分钟", "89分钟", "45分钟"] },
    // √ is 80 minutes, 2 课时, three days: 18.00, waived; the government 60% = 10.80
    { id: "H1", grade: "二年级", hardship: true, days: ["√", "√", "√"] },
  ];

  it("charges by whole 课时 as hand-worked, a part 课时 free", async () => {
    const result = await chargeJob(await school([], students, days), { profile: keshi });
    const json = chargeJson(result);
    const by = (id: string) => json.students.find((s) => s.id === id)!;
    expect(by("P1")).toMatchObject({ gross: "12.00", payable: "12.00" });
    expect(by("J1")).toMatchObject({ gross: "12.00", payable: "12.00" });
    expect(by("H1")).toMatchObject({
      gross: "18.00",
      waived: "18.00",
      payable: "0.00",
      governmentShare: "10.80",
      schoolShare: "7.20",
    });
  });

  it("charges the same workbook by the minute under Suifenhe's 4 元 an hour", async () => {
    const json = chargeJson(await chargeJob(await school([], students, days)));
    // 219 minutes × 4 ÷ 60 = 14.60; junior days cut at the pilot's 18:00: 60 + 60 + 45 = 11.00
    expect(json.students.find((s) => s.id === "P1")).toMatchObject({ gross: "14.60" });
    expect(json.students.find((s) => s.id === "J1")).toMatchObject({ gross: "11.00" });
  });

  it("changes the charge and nothing else when a rate changes", async () => {
    const dearer: Profile = { ...keshi, rates: { ...keshi.rates, primary: 350 } };
    const json = chargeJson(await chargeJob(await school([], students, days), { profile: dearer }));
    expect(json.students.find((s) => s.id === "P1")).toMatchObject({ gross: "14.00" });
    expect(json.students.find((s) => s.id === "J1")).toMatchObject({ gross: "12.00" });
  });

  it("takes the rate table a 设置 row chooses (城乡: 农村 2.00 a 课时)", async () => {
    const byArea: Profile = {
      ...keshi,
      rateVariants: {
        setting: "城乡",
        options: {
          城区: keshi.rates,
          农村: { primary: 200, junior: 200, senior: 200 },
        },
      },
    };
    const rural = await chargeJob(await school([["城乡", "农村"]], students, days), {
      profile: byArea,
    });
    expect(chargeJson(rural).students.find((s) => s.id === "P1")).toMatchObject({
      gross: "8.00",
    });
    const unknown = await chargeJob(await school([["城乡", "山区"]], students, days), {
      profile: byArea,
    });
    expect(unknown.findings).toContainEqual(
      expect.objectContaining({ rule: "SETTING_UNREADABLE", sheet: "设置", cell: "B3" })
    );
    expect(chargeJson(unknown).students.find((s) => s.id === "P1")).toMatchObject({
      gross: "12.00",
    });
  });

  it("writes its 收费公示 from the profile: title, rate per 课时, clause labels", async () => {
    const result = await noticeJob(await school([], students, days), {
      profile: keshi,
      write: false,
    });
    const text = result.sheets[0].rows.flat().join("\n");
    expect(text).toContain("示例市中小学课后服务管理办法（整课时示例）");
    expect(text).toContain("小学、初中每生每课时3.00元；高中每生每课时3.00元（第五条）");
    expect(text).toContain("小学每课时40分钟、初中每课时45分钟");
    expect(text).toContain("免收额度的60%由示例市政府统筹解决");
    expect(text).not.toContain("绥芬河");
  });

  it("reports a 政策 row naming another profile than the one given, and applies the given", async () => {
    const wb = await school([["政策", "suifenhe-2021"]], students, days);
    const result = await chargeJob(wb, { profile: keshi });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: "POLICY_OTHER_THAN_GIVEN", sheet: "设置", cell: "B3" })
    );
    expect(chargeJson(result).students.find((s) => s.id === "P1")).toMatchObject({
      gross: "12.00",
    });
  });
});

describe("a monthly-fee city (example-monthly.json: 120 元 a month, half under half the workdays)", () => {
  const monthly = profileOf("example-monthly.json");
  // May 2021 has 19 school days (Labour Day out, Saturday the 8th in): half is 9.5.
  const may = [
    "5/6", "5/7", "5/8", "5/10", "5/11", "5/12", "5/13", "5/14", "5/17", "5/18",
    "5/19", "5/20", "5/21", "5/24", "5/25", "5/26", "5/27", "5/28", "5/31",
  ]; // prettier-ignore
  const ticks = (n: number) => may.map((_, i) => (i < n ? "√" : null));

  it("charges half the month's fee under half the school days, the whole from half on", async () => {
    const wb = await school(
      [],
      [
        { id: "A", grade: "三年级", days: ticks(9) },
        { id: "B", grade: "三年级", days: ticks(10) },
        { id: "C", grade: "三年级", days: ticks(0) },
        { id: "D", grade: "三年级", hardship: true, days: ticks(19) },
      ],
      may
    );
    const json = chargeJson(await chargeJob(wb, { profile: monthly }));
    const by = (id: string) => json.students.find((s) => s.id === id)!;
    expect(by("A")).toMatchObject({ gross: "60.00" });
    expect(by("B")).toMatchObject({ gross: "120.00" });
    expect(by("C")).toMatchObject({ gross: "0.00" });
    // The government bears the whole waiver in this city.
    expect(by("D")).toMatchObject({
      waived: "120.00",
      governmentShare: "120.00",
      schoolShare: "0.00",
    });
  });
});
