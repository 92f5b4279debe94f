import ExcelJS from "exceljs";
import { breachesJob } from "../../../src/jobs/breaches/job";
import { noticeJob, noticesJob } from "../../../src/jobs/notices/job";
import type { OutputCell } from "../../../src/jobs/output-sheet";
import type { Profile } from "../../../src/policy/profile";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { exampleProfile as profileOf } from "../../support/example-profile";

/** A school of May 2021: settings rows, students (grade, attendance by day). */
async function school(
  settings: (string | number)[][],
  students: { id: string; grade: string; days: (string | null)[] }[],
  days: string[]
): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [["学校名称", "示例学校"], ["月份", "2021-05"], ...settings].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级", "协议签订日期"]);
  for (const st of students) roster.addRow([st.id, `学生${st.id}`, "一班", st.grade, "2021-04-01"]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", ...days]);
  for (const st of students) att.addRow([st.id, `学生${st.id}`, ...st.days]);
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

const rowsText = (rows: readonly (readonly OutputCell[])[]) =>
  rows.map((r) => r.map((c) => String((typeof c === "object" && c ? c.result : c) ?? "")));

const relabel = (p: Profile, clauses: Partial<Profile["provenance"]["clauses"]>): Profile => ({
  ...p,
  provenance: { ...p.provenance, clauses: { ...p.provenance.clauses, ...clauses } },
});

const keshi = profileOf("example-keshi.json");
const monthly = profileOf("example-monthly.json");
const semester = profileOf("example-semester.json");

const keshiDays = ["5/10", "5/11", "5/12"];
// 100 → 2 课时 of 40, 79 → 1, 40 → 1: 4 课时 × 3.00 = 12.00
const keshiStudents = [{ id: "P1", grade: "一年级", days: ["100分钟", "79分钟", "40分钟"] }];

async function notice(profile: Profile, settings: (string | number)[][] = []) {
  const wb = await school([["收费公示日期", "2021-05-01"], ...settings], keshiStudents, keshiDays);
  const r = await noticeJob(wb, { profile, write: false, letter: true });
  return { notice: rowsText(r.sheets[0].rows), letter: rowsText(r.sheets[1].rows) };
}

describe("the 收费公示 of a whole-课时 city (example-keshi.json)", () => {
  it("says its 课时, its payer and its labels, and leaves out the clauses it does not label", async () => {
    const { notice: rows } = await notice(keshi);
    expect(rows).toEqual([
      ["示例学校课后服务收费公示"],
      [
        "",
        "根据《示例市中小学课后服务管理办法（整课时示例）》（示教规〔2023〕1号），现将本校课后服务收费标准、退费办法公示如下，未经公示不得收费（第八条）。",
      ],
      ["收费标准", "每生每课时3.00元（第五条）"],
      [
        "计费办法",
        "按实际服务的整课时计费（小学每课时40分钟、初中每课时45分钟、高中每课时45分钟，不足一课时的部分不计费），每月合计后四舍五入到分（第五条）",
      ],
      ["收费方式", "据实收取：每月按学生当月实际参加课后服务的整课时收费（第五条）"],
      [
        "困难家庭减免",
        "家庭经济困难学生参加课后服务免收费，免收额度的60%由示例市政府统筹解决，其余由学校承担（第六条）",
      ],
      [
        "退费办法",
        "因故退费的，由家长向学校提出申请：连续缺课不超过4天的不退费，连续缺课不超过9天的退半费，其余的退全额（第七条）",
      ],
      [
        "转学学生",
        "根据课时按整月或半月退费、缴费：转出按退费办法办理；月中转入，剩余课时不超过半月的缴半月，超过半月的缴整月（第七条）",
      ],
      ["服务时间（自 2021-01-01 起）"],
      [
        "小学",
        "15:30开始，结束时间6月1日至9月30日原则上不晚于18:30（第三条（傍晚）），其余时间原则上不晚于17:30（第三条）",
      ],
      ["初中非毕业年级", "17:00开始，结束时间不晚于18:30（第三条）"],
      ["初中毕业年级", "17:00开始，结束时间不晚于18:30（第三条）"],
      [
        "高中",
        "17:00开始，结束时间原则上不晚于20:30；20:30后为学生自愿的晚自习，不收课后服务费（第三条）",
      ],
      // No clauses.voluntary in this profile: the sentence without brackets, no §二(四).
      ["参加原则", "学生是否参加课后服务，由学生、家长自愿选择，学校及教师不得强制或变相强制"],
      ["公示日期", "2021-05-01"],
      ["", "示例学校（盖章）"],
    ]);
  });

  it("writes the letter's fixed sentences without Suifenhe's clauses, its exercise minutes", async () => {
    const { letter } = await notice(keshi);
    const text = letter.map((r) => r.join("")).join("\n");
    expect(text).toContain("现将服务时间、服务方式、服务内容、安全保障措施和收费事项告知如下：");
    expect(text).toContain("学生、家长自愿参加，学校及教师不得强制或变相强制。");
    expect(text).toContain(
      "集中完成作业，教师作业辅导答疑；每天体育锻炼不少于60分钟；社团、兴趣小组、阅读、艺术、实验等兴趣活动和综合实践活动。不讲新课、不抢进度、不补课。"
    );
    expect(text).toContain(
      "学校把安全放在首位，落实课后服务的考勤、监管、交接等安全管理制度，做好安全预案。"
    );
    expect(text).toContain("经学校批准。");
    expect(text).not.toMatch(/§|绥芬河|门卫登记/);
  });

  it("cites a label the profile adds, in the 公示 and the letter alike", async () => {
    const labelled = relabel(keshi, {
      voluntary: "第二条",
      content: "第四条",
      safety: "第九条",
      enrollment: "第十条",
      informFamilies: "第十一条",
      supervision: "第十二条",
    });
    const { notice: rows, letter } = await notice(labelled, [["监督电话", "12345"]]);
    expect(rows).toContainEqual([
      "参加原则",
      "学生是否参加课后服务，由学生、家长自愿选择，学校及教师不得强制或变相强制（第二条）",
    ]);
    expect(rows).toContainEqual(["监督电话", "12345（第十二条）"]);
    const text = letter.map((r) => r.join("")).join("\n");
    expect(text).toContain("收费事项告知如下（第十一条）：");
    expect(text).toContain("学校及教师不得强制或变相强制（第二条）。");
    expect(text).toContain("综合实践活动（第四条）。不讲新课、不抢进度、不补课。");
    expect(text).toContain("做好安全预案（第九条）。");
    expect(text).toContain("经学校批准（第十条）。");
    expect(text).toContain("监督电话：12345（第十二条）");
  });

  it("changes the refund lines of the 公示 and the letter and nothing else when the refund label changes", async () => {
    const before = await notice(keshi);
    const after = await notice(relabel(keshi, { refund: "第十七条" }));
    const changed = (a: string[][], b: string[][]) =>
      b.flatMap((row, r) => row.flatMap((v, c) => (v === a[r][c] ? [] : [v])));
    const refund =
      "因故退费的，由家长向学校提出申请：连续缺课不超过4天的不退费，连续缺课不超过9天的退半费，其余的退全额（第十七条）";
    expect(changed(before.notice, after.notice)).toEqual([refund]);
    expect(changed(before.letter, after.letter)).toEqual([`\u3000\u3000退费办法：${refund}。`]);
  });
});

describe("the family notices of a whole-课时 city show 课时, not minutes", () => {
  it("shows the 课时 billed and the minutes of one, and why", async () => {
    const wb = await school([], keshiStudents, keshiDays);
    const r = await noticesJob(wb, { profile: keshi, write: false });
    const rows = rowsText(r.noticeSheets[0].rows);
    expect(rows).toContainEqual(["服务天数", "3 天", "计费课时", "4 课时（每课时 40 分钟）"]);
    expect(rows).toContainEqual(["收费标准", "3.00 元/课时", "应收金额", "12"]);
    expect(rows).toContainEqual(["说明", "按本月实际服务的整课时据实收取（第五条）"]);
    expect(rows.flat().join("")).not.toContain("分钟，");
  });
});

describe("a monthly-fee city (example-monthly.json: 120 元 a month, half under half the days)", () => {
  // May 2021 has 19 school days (Labour Day out, Saturday the 8th in).
  const may = [
    "5/6", "5/7", "5/8", "5/10", "5/11", "5/12", "5/13", "5/14", "5/17", "5/18",
    "5/19", "5/20", "5/21", "5/24", "5/25", "5/26", "5/27", "5/28", "5/31",
  ]; // prettier-ignore
  const ticks = (n: number) => may.map((_, i) => (i < n ? "√" : null));

  it("describes the monthly fee, its tiers and cap, the county's government, and no uplift", async () => {
    const wb = await school([["收费公示日期", "2021-05-01"]], [], may);
    const r = await noticeJob(wb, { profile: monthly, write: false });
    const rows = rowsText(r.sheets[0].rows);
    expect(rows.slice(2, 6)).toEqual([
      ["收费标准", "每生每月120.00元（二(一)）"],
      [
        "计费办法",
        "按月计费：出勤天数占当月上课日不足50%的收取半费，其余的收取全额；当天服务不足30分钟的不收费；每生每月最多收取120.00元（二(一)）",
      ],
      [
        "收费方式",
        "按月收费：每月按学生当月出勤天数占当月上课日的比例收取月费，各档见计费办法（二(一)）",
      ],
      [
        "困难家庭减免",
        "家庭经济困难学生参加课后服务免收费，免收额度由示例县政府统筹解决（二(三)）",
      ],
    ]);
    const text = rows.flat().join("\n");
    expect(text).not.toMatch(/据实收取|上浮|市政府/);
  });

  it("tells a family the days attended, the month's school days and the tier charged", async () => {
    const wb = await school([], [{ id: "A", grade: "三年级", days: ticks(9) }], may);
    const r = await noticesJob(wb, { profile: monthly, write: false });
    const rows = rowsText(r.noticeSheets[0].rows);
    // 9 of 19 days is under half: half the 120.00 fee.
    expect(rows).toContainEqual(["服务天数", "9 天", "当月上课日", "19 天"]);
    expect(rows).toContainEqual(["收费标准", "120.00 元/月", "应收金额", "60"]);
    expect(rows).toContainEqual([
      "说明",
      "按月收费：本月出勤 9 天，当月上课日 19 天，收取半费（二(一)）",
    ]);
  });

  it("refuses a 高中上浮 without naming an uplift of at most 0%", async () => {
    const wb = await school(
      [["高中上浮", "5%"]],
      [{ id: "A", grade: "高一", days: ticks(19) }],
      may
    );
    const r = await breachesJob(wb, { profile: monthly, write: false });
    const refused = r.findings.filter((f) => f.rule === "FEE_UPLIFT_NOT_ALLOWED");
    expect(refused).toMatchObject([{ sheet: "设置", cell: "B3" }]);
    expect(refused[0].message).toBe(
      "设置中的高中上浮比例「5%」不符合规定：所用政策不允许上浮收费标准；本次按不上浮计算"
    );
    expect(r.findings.map((f) => f.message).join("\n")).not.toContain("最多上浮");
  });
});

describe("a semester-capped city (example-semester.json)", () => {
  it("states the semester cap, 2.50 a 课时 and its payers by the profile's names", async () => {
    const named: Profile = {
      ...semester,
      waiver: {
        shares: [
          { payer: "government", percent: 60, name: "区财政" },
          { payer: "school", percent: 40 },
        ],
      },
    };
    const wb = await school([["收费公示日期", "2021-05-01"]], [], keshiDays);
    const r = await noticeJob(wb, { profile: named, write: false });
    const rows = rowsText(r.sheets[0].rows);
    expect(rows).toContainEqual(["收费标准", "每生每课时2.50元（第五条）"]);
    expect(rows).toContainEqual([
      "计费办法",
      "按实际服务的整课时计费（小学每课时40分钟、初中每课时45分钟、高中每课时45分钟，不足一课时的部分不计费），每月合计后四舍五入到分；每生每学期最多收取400.00元（第五条）",
    ]);
    expect(rows).toContainEqual([
      "困难家庭减免",
      "家庭经济困难学生参加课后服务免收费，免收额度的60%由区财政统筹解决，其余由学校承担（第六条）",
    ]);
  });
});
