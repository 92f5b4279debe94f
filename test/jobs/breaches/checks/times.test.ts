import { analyseSchool } from "../../../../src/jobs/breaches/analyse";
import type { CellValue, SheetGrid } from "../../../../src/sheets/grid";

/** A month of four students of every window group, with sign-outs and ranges around each window. */
function school(month: string, days: readonly string[], rows: CellValue[][]): SheetGrid[] {
  return [
    {
      name: "设置",
      values: [
        ["学校名称", "时段学校"],
        ["收费方式", "据实收取"],
        ["月份", month],
        ["收费公示日期", "2021-04-01"],
      ],
    },
    {
      name: "名册",
      values: [
        ["学号", "姓名", "年级", "协议签订日期"],
        ["S1", "甲", "三年级", "2021-04-01"],
        ["S2", "乙", "八年级", "2021-04-01"],
        ["S3", "丙", "九年级", "2021-04-01"],
        ["S4", "丁", "高一", "2021-04-01"],
      ],
    },
    { name: "考勤", values: [["学号", "姓名", ...days], ...rows] },
    {
      name: "活动安排",
      values: [
        ["日期", "班级", "开始时间", "结束时间", "活动内容", "时长"],
        [`${month}-10`, "三年级1班", "15:00", "16:00", "体育锻炼", 60],
        [`${month}-10`, "三年级1班", "16:00", "17:00", "作业辅导", 60],
        [`${month}-11`, "九年级1班", "17:00", "21:00", "作业辅导", 240],
      ],
    },
  ];
}

const times = (grids: SheetGrid[]) =>
  analyseSchool(grids)
    .breaches.filter((f) => f.rule.startsWith("TIME_"))
    .map(
      (f) =>
        `${f.rule} ${f.severity} ${f.sheet}!${f.cell} ${f.studentId ?? "-"} ${f.message} ${JSON.stringify(f.params)}`
    );

describe("time breaches of a mixed grid", () => {
  it("says each late, early and self-study time of a mixed grid, and nothing for one in its window or before the stage start", () => {
    const grids = school(
      "2023-05",
      ["5/10", "5/11", "5/12", "5/15"],
      [
        ["S1", "甲", "18:00", "18:45", "15:00-17:00", "14:00"],
        ["S2", "乙", "18:30", "19:00", "16:30-18:00", "16:00"],
        ["S3", "丙", "20:30", "21:00", "17:00-20:00", "17:00"],
        ["S4", "丁", "20:00", "21:30", "16:00-20:45", "12:30"],
      ]
    );
    expect(times(grids)).toEqual([
      'TIME_START_TOO_EARLY error 活动安排!C2 - 2023-05-10 小学课后服务开始时间 15:00 早于规定的 15:30 {"date":"2023-05-10","stage":"小学","start":"15:00","allowed":"15:30"}',
      'TIME_START_TOO_EARLY error 考勤!E2 S1 2023-05-12 小学课后服务开始时间 15:00 早于规定的 15:30 {"date":"2023-05-12","stage":"小学","start":"15:00","allowed":"15:30"}',
      'TIME_END_TOO_LATE error 考勤!D3 S2 2023-05-11 初中课后服务结束时间不得晚于 18:30，记录为 19:00 {"date":"2023-05-11","stage":"初中","allowed":"18:30","end":"19:00"}',
      'TIME_START_TOO_EARLY error 考勤!E3 S2 2023-05-12 初中课后服务开始时间 16:30 早于规定的 17:00 {"date":"2023-05-12","stage":"初中","start":"16:30","allowed":"17:00"}',
      'TIME_START_TOO_EARLY error 考勤!E5 S4 2023-05-12 高中课后服务开始时间 16:00 早于规定的 17:00 {"date":"2023-05-12","stage":"高中","start":"16:00","allowed":"17:00"}',
      'TIME_END_TOO_EARLY warning 活动安排!D3 - 2023-05-10 小学课后服务结束时间原则上不早于 17:30，记录为 17:00 {"date":"2023-05-10","stage":"小学","allowed":"17:30","end":"17:00"}',
      'TIME_END_TOO_LATE_IN_PRINCIPLE warning 活动安排!D4 - 2023-05-11 初中课后服务结束时间原则上不晚于 20:30，记录为 21:00 {"date":"2023-05-11","stage":"初中","allowed":"20:30","end":"21:00"}',
      'TIME_END_TOO_LATE_IN_PRINCIPLE warning 考勤!D2 S1 2023-05-11 小学课后服务结束时间原则上不晚于 18:30，记录为 18:45 {"date":"2023-05-11","stage":"小学","allowed":"18:30","end":"18:45"}',
      'TIME_END_TOO_LATE_IN_PRINCIPLE warning 考勤!D4 S3 2023-05-11 初中课后服务结束时间原则上不晚于 20:30，记录为 21:00 {"date":"2023-05-11","stage":"初中","allowed":"20:30","end":"21:00"}',
      'TIME_SENIOR_SELF_STUDY warning 考勤!D5 S4 2023-05-11 高中 20:30 以后（记录为 21:30）为学生自愿的校内晚自习，不属于课后服务，不得计费 {"date":"2023-05-11","stage":"高中","allowed":"20:30","end":"21:30"}',
      'TIME_SENIOR_SELF_STUDY warning 考勤!E5 S4 2023-05-12 高中 20:30 以后（记录为 20:45）为学生自愿的校内晚自习，不属于课后服务，不得计费 {"date":"2023-05-12","stage":"高中","allowed":"20:30","end":"20:45"}',
    ]);
  });

  it("holds a pilot month's sign-outs to the fixed end only when they are later", () => {
    const grids = school(
      "2021-05",
      ["5/10", "5/11", "5/12", "5/13"],
      [
        ["S1", "甲", "17:00", "17:30", "18:00", "15:00"],
        ["S2", "乙", "17:30", "18:15", "15:30-18:00", "17:00"],
        ["S3", "丙", "18:30", "19:00", "17:00-18:00", "18:29"],
        ["S4", "丁", "20:30", "21:00", "16:00-20:00", "12:00"],
      ]
    );
    expect(times(grids)).toEqual([
      'TIME_START_TOO_EARLY error 活动安排!C2 - 2021-05-10 小学课后服务开始时间 15:00 早于规定的 15:30 {"date":"2021-05-10","stage":"小学","start":"15:00","allowed":"15:30"}',
      'TIME_START_TOO_EARLY error 考勤!E3 S2 2021-05-12 初中课后服务开始时间 15:30 早于规定的 17:00 {"date":"2021-05-12","stage":"初中","start":"15:30","allowed":"17:00"}',
      'TIME_START_TOO_EARLY error 考勤!E5 S4 2021-05-12 高中课后服务开始时间 16:00 早于规定的 17:00 {"date":"2021-05-12","stage":"高中","start":"16:00","allowed":"17:00"}',
      'TIME_END_FIXED_PILOT warning 活动安排!D3 - 2021-05-10 试行期间小学课后服务应于 17:30 结束，记录为 17:00 {"date":"2021-05-10","stage":"小学","allowed":"17:30","end":"17:00"}',
      'TIME_END_FIXED_PILOT warning 活动安排!D4 - 2021-05-11 试行期间初中课后服务应于 18:30 结束，记录为 21:00 {"date":"2021-05-11","stage":"初中","allowed":"18:30","end":"21:00"}',
      'TIME_END_FIXED_PILOT warning 考勤!E2 S1 2021-05-12 试行期间小学课后服务应于 17:30 结束，记录为 18:00 {"date":"2021-05-12","stage":"小学","allowed":"17:30","end":"18:00"}',
      'TIME_END_FIXED_PILOT warning 考勤!D3 S2 2021-05-11 试行期间初中课后服务应于 18:00 结束，记录为 18:15 {"date":"2021-05-11","stage":"初中","allowed":"18:00","end":"18:15"}',
      'TIME_END_FIXED_PILOT warning 考勤!D4 S3 2021-05-11 试行期间初中课后服务应于 18:30 结束，记录为 19:00 {"date":"2021-05-11","stage":"初中","allowed":"18:30","end":"19:00"}',
      'TIME_SENIOR_SELF_STUDY warning 考勤!D5 S4 2021-05-11 高中 20:30 以后（记录为 21:00）为学生自愿的校内晚自习，不属于课后服务，不得计费 {"date":"2021-05-11","stage":"高中","allowed":"20:30","end":"21:00"}',
    ]);
  });
});
