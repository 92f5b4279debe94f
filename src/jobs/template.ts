import { DEFAULT_PROFILE } from "../policy/profiles";
import type { OutputSheet } from "./output-sheet";

const YES_NO = ["是", "否"];
const STAGES = ["小学", "初中", "高中"];
const GRADES = [
  "一年级",
  "二年级",
  "三年级",
  "四年级",
  "五年级",
  "六年级",
  "七年级",
  "八年级",
  "九年级",
  "高一",
  "高二",
  "高三",
];
const ROWS = 500;

export const ROSTER_HEADERS = [
  "学号",
  "姓名",
  "班级",
  "年级",
  "学段",
  "家庭经济困难",
  "留守儿童",
  "随迁子女",
  "申请日期",
  "审核日期",
  "批准日期",
  "公示日期",
  "协议签订日期",
  "退出日期",
  "退费申请",
  "备注",
] as const;

/** The settings rows of a new workbook: key, default value, how to fill it. */
export const SETTINGS_ROWS: readonly (readonly [string, string, string])[] = [
  ["学校名称", "", "学校全称"],
  ["学制", "六三制", "六三制 或 五四制"],
  [
    "高中上浮",
    "0%",
    `仅高中，0%–${DEFAULT_PROFILE.uplift.maxPercent}%（${DEFAULT_PROFILE.provenance.clauses.uplift}）`,
  ],
  ["收费方式", "据实收取", "据实收取 或 按月收取"],
  ["收费公示日期", "", "收费标准和退费办法公示的日期，未经公示不得收费（§三(五)3(1)）"],
  ["月份", "", "收费月份，如 2021-05；不填则按考勤表判断"],
  ["小学结束时间", "", "√ 按开始时间到此时间计时；不填按试行期间标准（小学2小时）"],
  ["初中结束时间", "", "不填按1小时"],
  ["初中毕业年级结束时间", "", "不填按1.5小时"],
  ["高中结束时间", "", "高中用 √ 记考勤时必填"],
  ["停课日期", "", "多个日期用、分隔，区间写 2021-07-10至2021-08-31"],
  ["节假日", "", "日历包没有数据的年份才需要填写"],
  ["调休上班日", "", "同上"],
];

function monthDays(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A blank school workbook (job `template`): settings, roster and the month's attendance grid,
 * with pick-lists on the yes/no, stage and grade columns. The sheets are the user's to fill.
 */
export function templateSheets(month: string): OutputSheet[] {
  const [year, m] = month.split("-").map(Number);
  const col = (h: string) => ROSTER_HEADERS.indexOf(h as (typeof ROSTER_HEADERS)[number]);
  const yesNo = ["家庭经济困难", "留守儿童", "随迁子女", "退费申请"].map((h) => ({
    col: col(h),
    list: YES_NO,
    rows: ROWS,
  }));
  const days = Array.from({ length: monthDays(month) }, (_, i) => i + 1);
  return [
    {
      name: "设置",
      title: "课后服务设置",
      owned: false,
      columns: [
        { header: "项目", width: 22, format: "text" },
        { header: "值", width: 24, format: "text" },
        { header: "说明", width: 70, format: "text" },
      ],
      rows: SETTINGS_ROWS.map((r) => [...r]),
    },
    {
      name: "学生名册",
      title: "课后服务学生名册",
      owned: false,
      columns: ROSTER_HEADERS.map((h) => ({
        header: h,
        width: h.endsWith("日期") ? 13 : h === "学号" ? 20 : 10,
        format: h.endsWith("日期") ? "date" : "text",
      })),
      rows: [],
      validations: [
        ...yesNo,
        { col: col("学段"), list: STAGES, rows: ROWS },
        { col: col("年级"), list: GRADES, rows: ROWS },
      ],
    },
    {
      name: `${m}月考勤`,
      title: `${year}年${m}月课后服务考勤表（填分钟数、√、签退时间如 17:30 或时间段如 15:30-17:30）`,
      owned: false,
      columns: [
        { header: "学号", width: 20, format: "text" },
        { header: "姓名", width: 10, format: "text" },
        { header: "班级", width: 12, format: "text" },
        ...days.map((d) => ({ header: String(d), width: 6, format: "text" as const })),
        { header: "备注", width: 16, format: "text" },
      ],
      rows: [],
    },
  ];
}
