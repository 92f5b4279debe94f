import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { noticesJob } from "../../src/jobs/notices/job";
import { chargeSummary } from "../../src/cli/commands/charge";
import { chargeJson } from "../../src/jobs/charge/json";
import { daysOfMonth } from "../../src/jobs/charge/compute";
import { schoolDayOf } from "../../src/policy/school-calendar";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const DAYS = [
  "5/6",
  "5/7",
  "5/10",
  "5/11",
  "5/12",
  "5/13",
  "5/14",
  "5/17",
  "5/18",
  "5/19",
  "5/20",
  "5/21",
];
const ticks = (cols: number[]) => DAYS.map((_, i) => (cols.includes(i) ? "√" : null));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

async function monthlySchool(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [
    ["学校名称", "按月收费小学"],
    ["收费方式", "按月收取"],
    ["月份", "2021-05"],
  ].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow([
    "学号",
    "姓名",
    "班级",
    "年级",
    "困难家庭",
    "退费申请",
    "协议签订日期",
    "退出日期",
  ]);
  roster.addRow(["A", "全退", "一班", "一年级", "", "是", "2021-04-28", ""]);
  roster.addRow(["B", "半退", "一班", "一年级", "", "是", "2021-04-28", ""]);
  roster.addRow(["C", "不退", "一班", "一年级", "", "是", "2021-04-28", ""]);
  roster.addRow(["D", "月中加入", "一班", "一年级", "", "", "2021-05-20", ""]);
  roster.addRow(["E", "月中退出", "一班", "一年级", "", "", "2021-04-28", "2021-05-12"]);
  roster.addRow(["F", "困难", "一班", "一年级", "是", "是", "2021-04-28", ""]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", ...DAYS]);
  att.addRow(["A", "全退", ...ticks([])]);
  att.addRow(["B", "半退", ...ticks(range(5))]);
  att.addRow(["C", "不退", ...ticks(range(10))]);
  att.addRow(["D", "月中加入", ...ticks([10, 11])]);
  att.addRow(["E", "月中退出", ...ticks([0, 1, 2])]);
  att.addRow(["F", "困难", ...ticks(range(12))]);
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe("monthly mode (按月收取, §三(五)3(2))", () => {
  it("has 19 school days in May 2021: the Labour Day holiday out, Saturday the 8th in", () => {
    expect(
      daysOfMonth("2021-05").filter(
        (d) => schoolDayOf(d, { closures: [], holidays: [], makeupDays: [] }).schoolDay
      )
    ).toHaveLength(19);
  });

  it("charges the scheduled month up front and refunds on application by the tiers", async () => {
    const json = chargeJson(await chargeJob(await monthlySchool(), { write: false }));
    const s = (id: string) => json.students.find((x) => x.id === id)!;
    // 19 days × 120 minutes at 4 yuan an hour = 152.00
    expect(s("A")).toMatchObject({ gross: "152.00", refund: "152.00", payable: "0.00" });
    expect(s("B")).toMatchObject({ gross: "152.00", refund: "76.00", payable: "76.00" });
    expect(s("C")).toMatchObject({ gross: "152.00", refund: "0.00", payable: "152.00" });
    // joins on the 20th with 8 of 19 school days left: half a month
    expect(s("D")).toMatchObject({ gross: "76.00", refund: "0.00", payable: "76.00" });
    // leaves on the 12th after 3 days: settled as a half refund
    expect(s("E")).toMatchObject({ gross: "152.00", refund: "76.00", payable: "76.00" });
    expect(s("F")).toMatchObject({
      gross: "152.00",
      waived: "152.00",
      refund: "0.00",
      payable: "0.00",
      governmentShare: "76.00",
    });
    expect(json.totals).toMatchObject({
      gross: "836.00",
      waived: "152.00",
      refund: "304.00",
      payable: "380.00",
    });
  });
});

describe("按月收取 notices a family can check", () => {
  it("show the month's basis (school days × session × rate) and the refund tier applied", async () => {
    const result = await noticesJob(await monthlySchool(), { write: false });
    const notice = (name: string) => {
      const rows = result.sheets[0].rows;
      const start = rows.findIndex((r) => r[1] === name);
      return rows.slice(start - 1, start + 12);
    };
    const full = notice("全退");
    const basis = full.find((r) => r[0] === "计费依据")!;
    const gross = full.find((r) => r[2] === "应收金额")![3] as number;
    // The basis multiplies out to the gross: N days × H hours × rate.
    const m = /^(\d+) 个服务日 × ([\d.]+) 小时 × ([\d.]+) 元\/小时$/.exec(String(basis[1]))!;
    expect(m).not.toBeNull();
    expect(Number(m[1]) * Number(m[2]) * Number(m[3])).toBeCloseTo(gross, 2);
    const reason = (rows: readonly (readonly unknown[])[]) =>
      String(rows.find((r) => r[0] === "说明")![1]);
    expect(reason(notice("半退"))).toContain("未满半月（含半月）课时，退半费");
    expect(reason(notice("不退"))).toContain("超过半月课时，不退费");
    expect(reason(full)).toMatch(/全额退费/);
  });

  it("the console table of a monthly run has 退费, so 应收 − 减免 − 退费 = 应缴", async () => {
    const text = chargeSummary(await chargeJob(await monthlySchool(), { write: false }));
    const [header, ...rows] = text.split("\n").slice(1);
    expect(header.split(/\s+/)).toEqual([
      "班级",
      "人数",
      "计费分钟",
      "应收",
      "减免",
      "退费",
      "应缴",
      "政府分担",
      "学校分担",
    ]);
    for (const row of rows) {
      const [, , , gross, waived, refund, payable] = row.trim().split(/\s+/).map(Number);
      expect(Math.round((gross - waived - refund) * 100)).toBe(Math.round(payable * 100));
    }
  });
});
