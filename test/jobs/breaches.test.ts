import ExcelJS from "exceljs";
import { breachesJob } from "../../src/jobs/breaches/job";
import { DEFAULT_PROFILE } from "../../src/policy/profiles";
import { BREACH_RULES } from "../../src/findings/finding-rules/breaches";
import { clauseOf } from "../../src/findings/rule-clause";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { MemoryWorkbook } from "../support/memory-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { breachSchool, type Plant } from "../support/breach-school";
import { gridsToXlsx } from "../support/generate-school";

async function breaches(plants: Plant[] = []) {
  const wb = await XlsxWorkbook.fromBuffer(await gridsToXlsx(breachSchool(plants)));
  return { wb, result: await breachesJob(wb) };
}

/** Each planted breach: the rule that must fire, and where. */
const PLANTED: [
  Plant,
  keyof typeof BREACH_RULES | "DAY_NOT_SCHOOL_DAY" | "ROSTER_DATES_OUT_OF_ORDER",
  string,
  string,
][] = [
  ["endTooLate", "TIME_END_TOO_LATE", "5月考勤", "D4"],
  ["selfStudy", "TIME_SENIOR_SELF_STUDY", "5月考勤", "D5"],
  ["startEarly", "TIME_START_TOO_EARLY", "5月考勤", "C2"],
  ["lateInPrinciple", "TIME_END_TOO_LATE_IN_PRINCIPLE", "5月考勤", "E2"],
  ["sessionEndsEarly", "TIME_END_TOO_EARLY", "活动安排", "D17"],
  ["rateAbove", "FEE_RATE_ABOVE_STANDARD", "设置", "B6"],
  ["upliftAbove", "FEE_UPLIFT_ABOVE_POLICY", "设置", "B7"],
  ["beforeNotice", "FEE_BEFORE_NOTICE", "5月考勤", "C1"],
  ["hardshipCharged", "FEE_HARDSHIP_CHARGED", "名册", "L3"],
  ["chargeDiffers", "FEE_CHARGE_DIFFERS", "名册", "L2"],
  ["shortDayCharged", "FEE_SHORT_DAY_CHARGED", "名册", "L4"],
  ["saturday", "DAY_NOT_SCHOOL_DAY", "5月考勤", "F1"],
  ["exerciseShort", "CONTENT_EXERCISE_SHORT", "活动安排", "A5"],
  ["newLessons", "CONTENT_NEW_LESSONS", "活动安排", "E15"],
  ["blacklisted", "PROVIDER_BLACKLISTED", "活动安排", "H23"],
  ["notWhitelisted", "PROVIDER_NOT_WHITELISTED", "活动安排", "H23"],
  ["missingNotice", "ENROLL_SERVED_WITHOUT_STEP", "名册", "I5"],
  ["beforeAgreement", "ENROLL_SERVED_BEFORE_AGREEMENT", "5月考勤", "C5"],
  ["afterWithdrawal", "ENROLL_SERVED_AFTER_WITHDRAWAL", "5月考勤", "E3"],
  ["datesOutOfOrder", "ROSTER_DATES_OUT_OF_ORDER", "名册", "G3"],
  ["subsidy", "TEACHER_SUBSIDY_NOT_BY_HOURS", "教师课时", "C2"],
];

describe("breaches job", () => {
  it("reports nothing for a clean month", async () => {
    const { result } = await breaches();
    expect(result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    expect(result.school).toBe("清白学校");
  });

  it.each(PLANTED)(
    "plants %s: %s fires at %s!%s, and not in the clean month",
    async (plant, rule, sheet, cell) => {
      const { result } = await breaches([plant]);
      const hits = result.findings.filter((f) => f.rule === rule);
      expect(hits.map((f) => `${f.sheet}!${f.cell}`)).toContain(`${sheet}!${cell}`);
    }
  );

  it("finds a dozen planted breaches of different kinds together, each at its cell", async () => {
    // A late fee notice leaves its days uncharged (§三(五)3(1)), which moves the planted amounts.
    const dozen = PLANTED.filter(
      ([p]) => !["notWhitelisted", "rateAbove", "upliftAbove", "beforeNotice"].includes(p)
    ).slice(0, 14);
    const { result } = await breaches(dozen.map(([p]) => p));
    for (const [, rule, sheet, cell] of dozen) {
      expect(
        result.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`)
      ).toContain(`${sheet}!${cell}`);
    }
    const severities = result.findings.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)
      )
    );
  });

  it("flags a provider named as a company or training business, when no list says otherwise", async () => {
    const wb = breachSchool(["commercial"]);
    wb.splice(5, 1); // no white list: only the name check applies
    const r = await breachesJob(await XlsxWorkbook.fromBuffer(await gridsToXlsx(wb)));
    expect(r.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["PROVIDER_COMMERCIAL H23"]);
  });

  it("says when the fee notice date is missing", async () => {
    const wb = breachSchool();
    wb[0] = { ...wb[0], values: wb[0].values.filter((row) => row[0] !== "收费公示日期") };
    const r = await breachesJob(await XlsxWorkbook.fromBuffer(await gridsToXlsx(wb)));
    expect(r.findings.map((f) => f.rule)).toEqual(["FEE_NOTICE_MISSING"]);
  });

  it("writes the 问题清单 with clause and fix, and marks and unmarks cells with --highlight", async () => {
    const { wb } = await breaches(["endTooLate"]);
    await breachesJob(wb, { highlight: true });
    // Marks go into the copy's bytes (the package writer), so they are read back from them.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const marked = copy.getWorksheet("5月考勤")!.getCell("D4");
    expect(marked.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFC7CE" },
    });
    expect(JSON.stringify(marked.note)).toContain("18:45");
    const list = copy.getWorksheet("违规问题清单")!;
    expect(list.getRow(3).values).toEqual(expect.arrayContaining(["规则", "条款", "建议"]));
    // a re-run without the breach clears the mark it made
    const again = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    await again.markCells([]);
    const cleared = new ExcelJS.Workbook();
    await cleared.xlsx.load((await again.toBuffer()) as unknown as ArrayBuffer);
    const cell = cleared.getWorksheet("5月考勤")!.getCell("D4");
    expect(cell.fill?.type === "pattern" && (cell.fill as { pattern: string }).pattern).not.toBe(
      "solid"
    );
    expect(cell.note).toBeUndefined();
  });
});

describe("breaches in a pilot month charged monthly", () => {
  const pilot = (refund: number, end: string) =>
    gridsToXlsx([
      {
        name: "设置",
        values: [
          ["学校名称", "试点学校"],
          ["收费方式", "按月收取"],
          ["月份", "2021-05"],
          ["收费公示日期", "2021-04-01"],
        ],
      },
      {
        name: "名册",
        values: [
          ["学号", "姓名", "年级", "退费申请", "退费金额", "协议签订日期"],
          ["P1", "甲", "三年级", "是", refund, "2021-04-20"],
        ],
      },
      {
        name: "考勤",
        values: [
          ["学号", "姓名", "5/10", "5/11", "5/12"],
          ["P1", "甲", "√", null, null],
        ],
      },
      {
        name: "活动安排",
        values: [
          ["日期", "班级", "开始时间", "结束时间", "活动内容", "时长"],
          ["2021-05-10", "三年级1班", "15:30", "16:00", "体育锻炼", 30],
          ["2021-05-10", "三年级1班", "16:00", end, "作业辅导", 90],
        ],
      },
    ]);
  it("flags a refund that differs from the tiers, and a session that does not end at the pilot's 17:30", async () => {
    const r = await breachesJob(await XlsxWorkbook.fromBuffer(await pilot(152, "18:00")));
    expect(r.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      "FEE_REFUND_DIFFERS 名册!E2",
      "TIME_END_FIXED_PILOT 活动安排!D3",
    ]);
    expect(r.findings[0].message).toContain("按政策应为 76.00 元");
  });
  it("is quiet when the refund follows the tiers and the session ends at 17:30", async () => {
    const r = await breachesJob(await XlsxWorkbook.fromBuffer(await pilot(76, "17:30")));
    expect(r.findings).toEqual([]);
  });
});

describe("a workbook without an activities sheet", () => {
  it("is told once that the exercise and content checks were skipped", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets(sampleSchoolSheets());
    const r = await breachesJob(wb, { write: false });
    const skipped = r.findings.filter((f) => f.rule === "CONTENT_CHECKS_SKIPPED");
    expect(skipped).toHaveLength(1);
    expect(skipped[0].severity).toBe("info");
    expect(skipped[0].message).toContain("没有「活动安排」工作表");
    expect(skipped[0].message).toContain("每天体育锻炼不少于30分钟");
  });

  it("states the exercise minimum of the profile in force", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets(sampleSchoolSheets());
    const profile = {
      ...DEFAULT_PROFILE,
      checks: { ...DEFAULT_PROFILE.checks, exerciseMinutesPerDay: 45 },
    };
    const r = await breachesJob(wb, { write: false, profile });
    const skipped = r.findings.find((f) => f.rule === "CONTENT_CHECKS_SKIPPED");
    expect(skipped?.message).toContain("每天体育锻炼不少于45分钟");
  });
});

describe("the rule catalogue", () => {
  it("has a clause and a fix for every breach rule", () => {
    for (const [id, rule] of Object.entries(BREACH_RULES)) {
      expect([id, clauseOf(rule, DEFAULT_PROFILE)]).toEqual([id, expect.stringMatching(/^§/)]);
      expect(rule.fix.length).toBeGreaterThan(0);
    }
  });
  it("tests every breach rule with a planted case (or a dedicated one)", () => {
    const covered = new Set([
      ...PLANTED.map(([, rule]) => rule),
      "PROVIDER_COMMERCIAL",
      "FEE_NOTICE_MISSING",
      "FEE_REFUND_DIFFERS",
      "TIME_END_FIXED_PILOT",
      "CONTENT_CHECKS_SKIPPED",
      // test/jobs/breaches/checks/content.test.ts
      "CONTENT_CHECKS_SKIPPED_NO_EXERCISE",
      // test/jobs/management.test.ts
      "ENROLL_PRIORITY_REFUSED",
      "STAFF_NOT_POSTED",
      "RULES_NOT_APPROVED",
      "NONPROFIT_SURPLUS",
      // test/jobs/notices/profile-notices.test.ts
      "FEE_UPLIFT_NOT_ALLOWED",
    ]);
    for (const id of Object.keys(BREACH_RULES)) expect([id, covered.has(id)]).toEqual([id, true]);
  });
});
