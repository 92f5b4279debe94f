import type { CellValue, SheetGrid } from "../../src/sheets/grid";

/** September 2021's 22 school days: Mid-Autumn (20–21) out, Saturday 18 and Sunday 26 in. */
export const SEPTEMBER_2021 = [
  1, 2, 3, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 22, 23, 24, 26, 27, 28, 29, 30,
];
/** May 2021's 19 school days: Labour Day (1–5) out, Saturday 8 in. */
export const MAY_2021 = [6, 7, 8, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28, 31];

const ROSTER_HEADER = [
  "学号",
  "姓名",
  "班级",
  "年级",
  "退费申请",
  "协议签订日期",
  "退出日期",
  "退出申请日期",
  "退出批准",
];

function sheets(
  settings: CellValue[][],
  roster: CellValue[][],
  month: number,
  days: readonly number[],
  attendance: CellValue[][]
): SheetGrid[] {
  return [
    { name: "设置", values: settings },
    { name: "名册", values: [ROSTER_HEADER, ...roster] },
    {
      name: "考勤",
      values: [["学号", "姓名", ...days.map((d) => `${month}/${d}`)], ...attendance],
    },
  ];
}

const ticks = (count: number, from = 0, of = SEPTEMBER_2021.length): CellValue[] =>
  Array.from({ length: of }, (_, i) => (i >= from && i < from + count ? "√" : null));

/**
 * A 按月收取 pilot month of a primary school (SPEC §6): 22 school days of 120 minutes, so a
 * month is 176.00 and half of it 88.00. R1 applied for a refund after 11 full days and one
 * 20-minute day; A1 after none; T1 joined with exactly half the month left; W1 withdrew with
 * application and approval; W2 withdrew without them; N1 never came and did not withdraw.
 */
export function monthlyRefundMonth(): SheetGrid[] {
  const agreed = "2021-08-30";
  return sheets(
    [
      ["学校名称", "第二轮小学"],
      ["收费方式", "按月收取"],
      ["月份", "2021-09"],
      ["收费公示日期", "2021-08-30"],
    ],
    [
      ["R1", "半退短日", "一年级1班", "一年级", "是", agreed, null, null, null],
      ["A1", "全退", "一年级1班", "一年级", "是", agreed, null, null, null],
      ["T1", "转入", "一年级1班", "一年级", "", "2021-09-16", null, null, null],
      ["W1", "退出", "一年级1班", "一年级", "", agreed, "2021-09-08", "2021-09-06", "批准"],
      ["W2", "退出未批", "一年级1班", "一年级", "", agreed, "2021-09-08", null, null],
      ["N1", "无服务", "一年级1班", "一年级", "", agreed, null, null, null],
      ["F1", "全勤", "一年级1班", "一年级", "", agreed, null, null, null],
    ],
    9,
    SEPTEMBER_2021,
    [
      ["R1", "半退短日", ...ticks(11).slice(0, 11), 20, ...ticks(0).slice(12)],
      ["A1", "全退", ...ticks(0)],
      ["T1", "转入", ...ticks(11, 11)],
      ["W1", "退出", ...ticks(3)],
      ["W2", "退出未批", ...ticks(3)],
      ["N1", "无服务", ...ticks(0)],
      ["F1", "全勤", ...ticks(22)],
    ]
  );
}

/**
 * A pilot month (May 2021) whose fee notice is dated 2021-05-12, after the first service day:
 * P1 came every school day; P2 came on the 11th (the day before) and the 12th (the day itself).
 * Without `notice` the settings have no notice date.
 */
export function lateNoticeSchool(mode: "据实收取" | "按月收取", notice?: string): SheetGrid[] {
  const agreed = "2021-04-28";
  const may = (d: number) => (d === 11 || d === 12 ? "√" : null);
  return sheets(
    [
      ["学校名称", "公示在后小学"],
      ["收费方式", mode],
      ["月份", "2021-05"],
      ...(notice ? [["收费公示日期", notice]] : []),
    ],
    [
      ["P1", "全勤", "二年级1班", "二年级", "", agreed, null, null, null],
      ["P2", "公示前后", "二年级1班", "二年级", "", agreed, null, null, null],
    ],
    5,
    MAY_2021,
    [
      ["P1", "全勤", ...ticks(19, 0, 19)],
      ["P2", "公示前后", ...MAY_2021.map(may)],
    ]
  );
}
