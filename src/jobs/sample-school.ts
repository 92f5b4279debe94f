import { ROSTER_HEADERS } from "./template";
import type { OutputCell, OutputSheet } from "./output-sheet";

/**
 * A small school's May 2021 in the styles schools really use: 学籍号, √ marks, minutes in
 * full-width digits, sign-out times, ranges, durations, sick leave, a Saturday make-up school
 * day (2021-05-08), a student joining and one leaving mid-month, and one unreadable cell.
 * `kehou demo` writes it and runs the jobs on it.
 */
export function sampleSchoolSheets(): OutputSheet[] {
  const enrolled = ["2021-04-20", "2021-04-21", "2021-04-23", "2021-04-26", "2021-04-28"];
  const student = (
    id: string,
    name: string,
    cls: string,
    grade: string,
    stage: string,
    flags: [string, string, string],
    dates = enrolled,
    // 退出申请日期, 退出批准, 退出日期: a student leaves on a written application, approved (§三(六)).
    withdrawal: [string, string, string] = ["", "", ""]
  ): OutputCell[] => [id, name, cls, grade, stage, ...flags, ...dates, ...withdrawal, "", ""];
  const roster: OutputCell[][] = [
    student("2021001", "张小明", "一年级1班", "一年级", "小学", ["否", "否", "否"]),
    student("2021002", "李华", "一年级1班", "一年级", "小学", ["是", "否", "否"]),
    student("2021003", "王芳", "二年级2班", "２年级", "小学", ["否", "否", "否"]),
    student("2021004", "赵强", "二年级2班", "二年级", "小学", ["否", "是", "否"]),
    student(
      "2021005",
      "刘洋",
      "二年级2班",
      "二年级",
      "小学",
      ["否", "否", "否"],
      ["2021-04-20", "2021-04-21", "2021-04-23", "2021-04-26", "2021-05-10"]
    ),
    student("2021006", "陈静", "七年级1班", "初一", "初中", ["否", "否", "是"]),
    student("2021007", "杨帆", "七年级1班", "初一", "初中", ["否", "否", "否"], enrolled, [
      "2021-05-07",
      "批准",
      "2021-05-11",
    ]),
    student("2021008", "周婷", "九年级1班", "初三", "初中", ["否", "否", "否"]),
  ];
  const days = ["2021-05-06", "2021/5/7", "5月8日", "5/10", "11", "2021-05-12"];
  const attendance: OutputCell[][] = [
    ["2021001", "张小明", "一年级1班", "√", 120, "√", "17:30", "15:30-17:30", "2:00", "", ""],
    ["2021002", "李华", "一年级1班", "√", "√", "√", "√", "√", "√", "", "困难家庭"],
    ["2021003", "王芳", "二年级2班", "１２０", 25, "1小时30分", "病假", "×", 90, "", ""],
    ["2021004", "赵强", "二年级2班", "√", "迟到", "√", "√", null, "√", "", ""],
    ["2021005", "刘洋", "二年级2班", "√", "√", "√", "√", "√", "√", "", "5月10日签协议"],
    ["2021006", "陈静", "七年级1班", "√", "18:00", "18:20", 45, "17:00-18:00", 29, "", ""],
    ["2021007", "杨帆", "七年级1班", "√", "√", "√", "√", "√", "√", "", "5月11日退出"],
    ["2021008", "周婷", "九年级1班", "18:30", "√", "18:40", 100, "1.5小时", null, "", ""],
  ];
  return [
    {
      name: "设置",
      title: "课后服务设置",
      owned: false,
      columns: [
        { header: "项目", width: 16, format: "text" },
        { header: "值", width: 20, format: "text" },
      ],
      rows: [
        ["学校名称", "绥芬河市示例学校"],
        ["学制", "六三制"],
        ["收费方式", "据实收取"],
        ["收费公示日期", "2021-04-15"],
        ["月份", "2021-05"],
      ],
    },
    {
      name: "学生名册",
      title: "绥芬河市示例学校 课后服务学生名册",
      owned: false,
      columns: ROSTER_HEADERS.map((h) => ({
        header: h === "学号" ? "学籍号" : h,
        width: 12,
        format: "text" as const,
      })),
      rows: roster,
    },
    {
      name: "5月考勤",
      title: "2021年5月课后服务考勤表",
      owned: false,
      columns: ["学籍号", "姓名", "班级", ...days, "合计", "备注"].map((h) => ({
        header: h,
        width: 10,
        format: "text" as const,
      })),
      rows: attendance,
    },
  ];
}
