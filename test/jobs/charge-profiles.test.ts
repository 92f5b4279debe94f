import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { breachesJob } from "../../src/jobs/breaches/job";
import { noticeJob, noticesJob } from "../../src/jobs/notices/job";
import type { Profile } from "../../src/policy/profile";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { exampleProfile as profileOf } from "../support/example-profile";

/** A school of May 2021 with the given settings rows, students and attendance by day. */
async function school(
  settings: (string | number)[][],
  students: {
    id: string;
    grade: string;
    hardship?: boolean;
    refund?: boolean;
    days: (string | null)[];
  }[],
  days: string[]
): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [["学校名称", "示例学校"], ["月份", "2021-05"], ...settings].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级", "困难家庭", "退费申请"]);
  for (const st of students)
    roster.addRow([
      st.id,
      `学生${st.id}`,
      "一班",
      st.grade,
      st.hardship ? "是" : "",
      st.refund ? "是" : "",
    ]);
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
      expect.objectContaining({
        rule: "RATE_VARIANT_UNKNOWN",
        sheet: "设置",
        cell: "B3",
        message: "设置「城乡」的值「山区」不是政策文件的选项（城区、农村），本次按基本收费标准计算",
      })
    );
    expect(chargeJson(unknown).students.find((s) => s.id === "P1")).toMatchObject({
      gross: "12.00",
    });
  });

  it("says a blank or absent 城乡 row, and that the basic rates were used", async () => {
    const byArea: Profile = {
      ...keshi,
      rateVariants: {
        setting: "城乡",
        options: { 农村: { primary: 200, junior: 200, senior: 200 } },
      },
    };
    const blank = await chargeJob(
      await school(
        [
          ["城乡", ""],
          ["政策", ""],
        ],
        students,
        days
      ),
      {
        profile: byArea,
      }
    );
    expect(blank.findings).toContainEqual(
      expect.objectContaining({
        rule: "RATE_VARIANT_BLANK",
        cell: "B3",
        message: "设置「城乡」未填写，本次按政策文件的基本收费标准计算",
      })
    );
    expect(chargeJson(blank).students.find((s) => s.id === "P1")).toMatchObject({
      gross: "12.00",
    });
    const absent = await chargeJob(await school([], students, days), { profile: byArea });
    expect(absent.findings.map((f) => f.rule)).toContain("RATE_VARIANT_BLANK");
  });

  it("writes its 收费公示 from the profile: title, rate per 课时, clause labels", async () => {
    const result = await noticeJob(await school([], students, days), {
      profile: keshi,
      write: false,
    });
    const text = result.sheets[0].rows.flat().join("\n");
    expect(text).toContain("示例市中小学课后服务管理办法（整课时示例）");
    expect(text).toContain("收费标准\n每生每课时3.00元（第五条）");
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

describe("a rate that is a ceiling (at most 3 元 a 课时, the school's own 收费标准 charged)", () => {
  const keshi = profileOf("example-keshi.json");
  const ceiling: Profile = { ...keshi, rateIsCeiling: true };
  const days = ["5/10", "5/11", "5/12"];
  // 100 → 2 课时, 79 → 1, 40 → 1: 4 课时
  const students = [{ id: "P1", grade: "一年级", days: ["100分钟", "79分钟", "40分钟"] }];
  const gross = async (settings: (string | number)[][], profile: Profile) =>
    chargeJson(await chargeJob(await school(settings, students, days), { profile })).students[0]
      .gross;

  it("charges the school's own rate under the ceiling: 4 课时 × 2.00", async () => {
    expect(await gross([["收费标准", 2]], ceiling)).toBe("8.00");
    expect(await gross([["小学收费标准", "2.5元"]], ceiling)).toBe("10.00");
  });

  it("charges the ceiling where the school states none, or one above it (a breach)", async () => {
    expect(await gross([], ceiling)).toBe("12.00");
    expect(await gross([["收费标准", 3.5]], ceiling)).toBe("12.00");
    const wb = await school([["收费标准", 3.5]], students, days);
    const breaches = await breachesJob(wb, { profile: ceiling, write: false });
    expect(breaches.findings).toContainEqual(
      expect.objectContaining({ rule: "FEE_RATE_ABOVE_STANDARD", sheet: "设置", cell: "B3" })
    );
  });

  it("raises the school's own 收费标准 by a 高中上浮 the policy allows, as without a ceiling", async () => {
    // 高中 may raise 10%: 4 课时 of 45 minutes (100 → 2, 79 → 1, 45 → 1)
    const upliftCeiling: Profile = {
      ...ceiling,
      uplift: { maxPercent: 10, stages: ["senior"] },
      billing: { unit: "session", sessionMinutes: { primary: 40, junior: 45, senior: 45 } },
    };
    const senior = [{ id: "S1", grade: "高一", days: ["100分钟", "79分钟", "45分钟"] }];
    const seniorGross = async (settings: (string | number)[][]) =>
      chargeJson(
        await chargeJob(await school([["高中上浮", "10%"], ...settings], senior, days), {
          profile: upliftCeiling,
        })
      ).students[0].gross;
    // 4 × 2.00 × 1.1; the school's base rate over the ceiling is held to it, then raised
    expect(await seniorGross([["收费标准", 2]])).toBe("8.80");
    expect(await seniorGross([["收费标准", 3.5]])).toBe("13.20");
    // No 收费标准: the ceiling, raised as the policy lets 高中 raise it (3.30 a 课时)
    expect(await seniorGross([])).toBe("13.20");
    // A 高中收费标准 is the 高中 rate as charged, its uplift in it, held to 3.30
    expect(await seniorGross([["高中收费标准", 3]])).toBe("12.00");
    expect(await seniorGross([["高中收费标准", 4]])).toBe("13.20");
  });

  it("keeps a fixed rate the fee, whatever the school states (Suifenhe's reading)", async () => {
    expect(await gross([["收费标准", 2]], keshi)).toBe("12.00");
    const suifenhe = await chargeJob(await school([["收费标准", 2]], students, days));
    // 219 minutes × 4 ÷ 60, as without the row
    expect(chargeJson(suifenhe).students[0].gross).toBe("14.60");
  });

  it("reads a rate written with the profile's unit (3.5元/课时), and finds it above the ceiling", async () => {
    const wb = await school([["收费标准", "3.5元/课时"]], students, days);
    const breaches = await breachesJob(wb, { profile: ceiling, write: false });
    expect(breaches.findings).toContainEqual(
      expect.objectContaining({ rule: "FEE_RATE_ABOVE_STANDARD", cell: "B3" })
    );
  });

  it("says an unreadable 收费标准 at its cell with the form expected, in charge and breaches alike", async () => {
    const wb = await school([["收费标准", "2元/小时"]], students, days);
    const charge = await chargeJob(wb, { profile: ceiling, write: false });
    const breaches = await breachesJob(wb, { profile: ceiling, write: false });
    const said = {
      rule: "SETTING_RATE_UNREADABLE",
      severity: "warning",
      sheet: "设置",
      cell: "B3",
      message:
        "设置「收费标准」的值「2元/小时」无法识别，未按它收费，也未核对它是否高于规定的标准：收费标准应写成每课时的元数，如「3」或「3元」",
    };
    expect(charge.findings).toContainEqual(expect.objectContaining(said));
    expect(breaches.findings).toContainEqual(expect.objectContaining(said));
    // Not read, not charged: the ceiling is.
    expect(chargeJson(charge).students[0].gross).toBe("12.00");
  });

  it("posts in its 收费公示 the rate the school charges within the ceiling", async () => {
    const wb = await school([["收费标准", 2]], students, days);
    const r = await noticeJob(wb, { profile: ceiling, write: false });
    expect(r.sheets[0].rows.flat().join("\n")).toContain("收费标准\n每生每课时2.00元（");
  });

  it("writes the family notice at the rate charged", async () => {
    const wb = await school([["收费标准", 2]], students, days);
    const r = await noticesJob(wb, { profile: ceiling, write: false });
    expect(r.noticeSheets[0].rows.flat().join("\n")).toContain("2.00 元/课时");
  });
});

describe("a month without service, worded by the profile's refund rule", () => {
  const keshi = profileOf("example-keshi.json");
  const days = ["5/10", "5/11", "5/12"];
  const noService = async (profile?: Profile) => {
    const wb = await school([], [{ id: "P1", grade: "一年级", days: [null, null, null] }], days);
    const r = await chargeJob(wb, { profile, write: false });
    return r.findings.find((f) => f.rule === "CHARGE_NO_SERVICE_NO_WITHDRAWAL")!.message;
  };
  const refunding = (percent: number): Profile => ({
    ...keshi,
    refund: { over: "attendedPercent", tiers: [{ inclusive: false, percent }] },
  });

  it("says Suifenhe's whole refund under Suifenhe", async () => {
    expect(await noService()).toContain("（整月未上课的全额退费）");
  });

  it("says a city's part refund, or that it refunds nothing", async () => {
    expect(await noService(refunding(50))).toContain("（整月未上课的退50%）");
    expect(await noService(refunding(0))).toContain("（按政策整月未上课的也不退费）");
  });

  it("takes a refund by consecutive absence over the month's school days (19 in May 2021)", async () => {
    expect(await noService(keshi)).toContain("（整月未上课的全额退费）");
    const short: Profile = {
      ...keshi,
      refund: {
        over: "consecutiveAbsentDays",
        tiers: [
          { upTo: 19, inclusive: false, percent: 50 },
          { inclusive: false, percent: 100 },
        ],
      },
    };
    expect(await noService(short)).toContain("（整月未上课的全额退费）");
    const long: Profile = {
      ...short,
      refund: {
        ...short.refund,
        tiers: [
          { upTo: 19, inclusive: true, percent: 50 },
          { inclusive: false, percent: 100 },
        ],
      },
    };
    expect(await noService(long)).toContain("（整月未上课的退50%）");
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

  it("settles a prepaid month (按月收取) by the same tiers as 据实收取: half the fee under half the days", async () => {
    const students = [
      { id: "A", grade: "三年级", refund: true, days: ticks(9) },
      { id: "A2", grade: "三年级", days: ticks(9) },
      { id: "B", grade: "三年级", refund: true, days: ticks(10) },
      { id: "C", grade: "三年级", refund: true, days: ticks(0) },
      { id: "D", grade: "三年级", hardship: true, days: ticks(9) },
    ];
    const prepaid = chargeJson(
      await chargeJob(await school([["收费方式", "按月收取"]], students, may), { profile: monthly })
    );
    const actual = chargeJson(
      await chargeJob(await school([], students, may), { profile: monthly })
    );
    const by = (json: typeof prepaid, id: string) => json.students.find((s) => s.id === id)!;
    // 9 of 19 days is under half: 120.00 paid up front, 60.00 back, whether applied for or not
    // (the half fee is the fee, not a refund the family asks for).
    expect(by(prepaid, "A")).toMatchObject({ gross: "120.00", refund: "60.00", payable: "60.00" });
    expect(by(prepaid, "A2")).toMatchObject({ gross: "120.00", refund: "60.00", payable: "60.00" });
    expect(by(prepaid, "B")).toMatchObject({ gross: "120.00", refund: "0.00", payable: "120.00" });
    expect(by(prepaid, "C")).toMatchObject({ refund: "120.00", payable: "0.00" });
    expect(by(prepaid, "D")).toMatchObject({ refund: "60.00", waived: "60.00", payable: "0.00" });
    for (const id of ["A", "A2", "B", "C"])
      expect(by(prepaid, id).payable).toBe(by(actual, id).payable);
  });

  it("gives the half fee back in 按月收取 when the refund tiers alone would give nothing", async () => {
    const wholeOnly: Profile = {
      ...monthly,
      refund: {
        over: "attendedPercent",
        tiers: [
          { upTo: 0, inclusive: true, percent: 100 },
          { inclusive: false, percent: 0 },
        ],
      },
    };
    const wb = await school(
      [["收费方式", "按月收取"]],
      [{ id: "A", grade: "三年级", refund: true, days: ticks(9) }],
      may
    );
    const json = chargeJson(await chargeJob(wb, { profile: wholeOnly }));
    expect(json.students[0]).toMatchObject({ gross: "120.00", refund: "60.00", payable: "60.00" });
  });

  it("says in its 收费公示 that 按月收取 prepays the month's fee, not service days × a session", async () => {
    const wb = await school(
      [["收费方式", "按月收取"]],
      [{ id: "A", grade: "三年级", days: ticks(9) }],
      may
    );
    const result = await noticeJob(wb, { profile: monthly, write: false });
    const text = result.sheets[0].rows.flat().join("\n");
    expect(text).toContain("按月收取：每月按月收费标准预收，按出勤天数结算");
    expect(text).not.toContain("标准服务时长");
    const actual = await noticeJob(await school([], [], may), { profile: monthly, write: false });
    expect(actual.sheets[0].rows.flat().join("\n")).toContain(
      "按月收费：每月按学生当月出勤天数占当月上课日的比例收取月费"
    );
  });
});
