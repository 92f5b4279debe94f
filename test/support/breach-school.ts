import type { CellValue, SheetGrid } from "../../src/sheets/grid";

/** The breaches the tests can plant in an otherwise clean school month. */
export type Plant =
  | "endTooLate"
  | "selfStudy"
  | "startEarly"
  | "lateInPrinciple"
  | "sessionEndsEarly"
  | "rateAbove"
  | "upliftAbove"
  | "beforeNotice"
  | "hardshipCharged"
  | "chargeDiffers"
  | "shortDayCharged"
  | "saturday"
  | "exerciseShort"
  | "newLessons"
  | "blacklisted"
  | "notWhitelisted"
  | "commercial"
  | "missingNotice"
  | "beforeAgreement"
  | "afterWithdrawal"
  | "datesOutOfOrder"
  | "subsidy";

const steps = ["2023-04-01", "2023-04-03", "2023-04-05", "2023-04-07", "2023-04-10"];

/**
 * A clean May 2023 (standard period) for four students of three stages, with settings, roster
 * (and the school's own 应收金额 column), attendance, activities, teacher hours and provider
 * lists; each planted breach changes one cell, named in the tests.
 */
export function breachSchool(plants: readonly Plant[] = []): SheetGrid[] {
  const p = new Set(plants);
  const settings: CellValue[][] = [
    ["项目", "值"],
    ["学校名称", "清白学校"],
    ["收费方式", "据实收取"],
    ["收费公示日期", p.has("beforeNotice") ? "2023-05-09" : "2023-04-01"], // B4
    ["月份", "2023-05"],
    ["收费标准", p.has("rateAbove") ? "4.5元/小时" : 4], // B6
    ["高中上浮", p.has("upliftAbove") ? "15%" : "0%"], // B7
    ["教师补助标准", 50],
  ];
  const s2Dates = p.has("datesOutOfOrder")
    ? ["2023-04-05", "2023-04-03", "2023-04-01", "2023-04-07", "2023-04-10"]
    : steps;
  const roster: CellValue[][] = [
    [
      "学号",
      "姓名",
      "班级",
      "年级",
      "困难家庭",
      "申请日期",
      "审核日期",
      "批准日期",
      "公示日期",
      "协议签订日期",
      "退出日期",
      "应收金额",
    ],
    ["S1", "甲", "三年级1班", "三年级", "否", ...steps, null, p.has("chargeDiffers") ? 31 : 24], // row 2, L2
    [
      "S2",
      "乙",
      "三年级1班",
      "三年级",
      "是",
      ...s2Dates,
      p.has("afterWithdrawal") ? "2023-05-09" : null,
      p.has("hardshipCharged") ? 24 : 0,
    ], // row 3
    ["S3", "丙", "七年级1班", "初一", "否", ...steps, null, p.has("shortDayCharged") ? 11.33 : 14], // row 4
    [
      "S4",
      "丁",
      "高一1班",
      "高一",
      "否",
      ...steps.slice(0, 3),
      p.has("missingNotice") ? null : steps[3],
      p.has("beforeAgreement") ? "2023-05-09" : steps[4],
      null,
      28,
    ], // row 5
  ];
  const attendance: CellValue[][] = [
    ["学号", "姓名", "5/8", "5/9", "5/10", "5/13"],
    [
      "S1",
      "甲",
      p.has("startEarly") ? "15:00-17:30" : "15:30-17:30",
      "17:30",
      p.has("lateInPrinciple") ? "18:45" : 120,
      p.has("saturday") ? "√" : null,
    ],
    ["S2", "乙", "√", "√", "√", null],
    [
      "S3",
      "丙",
      "18:00",
      p.has("endTooLate") ? "18:45" : "18:30",
      p.has("shortDayCharged") ? 20 : 60,
      null,
    ],
    ["S4", "丁", "19:00", p.has("selfStudy") ? "21:00" : "20:30", 90, null],
  ];
  const activities: CellValue[][] = [
    ["日期", "班级", "开始时间", "结束时间", "活动内容", "时长", "教师", "合作机构"],
  ];
  for (const date of ["2023-05-08", "2023-05-09", "2023-05-10"]) {
    const early = p.has("sessionEndsEarly") && date === "2023-05-10";
    activities.push(
      [date, "三年级1班", "15:30", "16:30", "作业辅导", 60, "张老师", "本校"],
      [date, "三年级1班", "16:30", "17:00", "体育锻炼", 30, "张老师", "本校"],
      [
        date,
        "三年级1班",
        early ? "16:30" : "17:00",
        early ? "17:00" : "17:30",
        "阅读",
        30,
        "李老师",
        "绥芬河市青少年活动中心",
      ]
    );
    const short = p.has("exerciseShort") && date === "2023-05-08";
    activities.push(
      [
        date,
        "七年级1班",
        "17:00",
        short ? "17:15" : "17:30",
        "体育锻炼",
        short ? 15 : 30,
        "王老师",
        "本校",
      ],
      [
        date,
        "七年级1班",
        short ? "17:15" : "17:30",
        "18:30",
        "作业辅导",
        short ? 75 : 60,
        "王老师",
        "本校",
      ],
      [date, "高一1班", "17:00", "17:30", "跑步", 30, "赵老师", "本校"],
      [
        date,
        "高一1班",
        "17:30",
        "20:30",
        p.has("newLessons") && date === "2023-05-09" ? "数学讲新课" : "自习答疑",
        180,
        "赵老师",
        "本校",
      ]
    );
  }
  if (p.has("blacklisted"))
    activities.push([
      "2023-05-10",
      "高一1班",
      "17:30",
      "18:00",
      "书法",
      30,
      "外聘",
      "某某培训学校",
    ]);
  if (p.has("notWhitelisted"))
    activities.push(["2023-05-10", "高一1班", "18:00", "18:30", "合唱", 30, "外聘", "星星艺术社"]);
  if (p.has("commercial"))
    activities.push([
      "2023-05-10",
      "高一1班",
      "18:30",
      "19:00",
      "编程",
      30,
      "外聘",
      "某某教育咨询有限公司",
    ]);
  return [
    { name: "设置", values: settings },
    { name: "名册", values: roster },
    { name: "5月考勤", values: attendance },
    { name: "活动安排", values: activities },
    {
      name: "教师课时",
      values: [
        ["教师", "课时", "补助"],
        ["张老师", 10, p.has("subsidy") ? 520 : 500],
      ],
    },
    {
      name: "白名单",
      values: [["机构名称"], ["绥芬河市青少年活动中心"], ["某某教育咨询有限公司"]],
    },
    { name: "黑名单", values: [["机构名称"], ["某某培训学校"]] },
  ];
}
