import ExcelJS from "exceljs";

/**
 * A school workbook made the way schools make them by hand, for the tests: title rows and
 * merged cells above the headers, 学籍号, a two-row attendance header whose dates are written
 * five ways, √ marks, sign-out times as text and as Excel times, ranges, durations,
 * full-width digits, 合计 and 备注 columns, a Saturday make-up school day (2021-05-08), a
 * Sunday with service, and cells that cannot be read.
 */
export async function messySchool(
  options: { mode?: "据实收取" | "按月收取"; extraRoster?: (ws: ExcelJS.Worksheet) => void } = {}
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();

  const settings = wb.addWorksheet("参数");
  settings.addRow(["项目", "内容", "说明"]);
  settings.addRow(["学校名称", "绥芬河市第九学校"]);
  settings.addRow(["学制", "六三制", "本校为六三制"]);
  settings.addRow(["收费方式", options.mode ?? "据实收取"]);
  settings.addRow(["收费公示日期", new Date(Date.UTC(2021, 3, 15))]);

  const roster = wb.addWorksheet("学生信息");
  roster.mergeCells("A1:J1");
  roster.getCell("A1").value = "绥芬河市第九学校 2021年春季课后服务学生名册";
  roster.getCell("A2").value = "填表人：张老师";
  roster.addRow([]);
  roster.getRow(4).values = [
    "序号",
    "学籍号",
    "学生姓名",
    "班级",
    "年级",
    "是否家庭经济困难",
    "留守儿童",
    "随迁子女",
    "协议签订日期",
    "退出日期",
    "退费申请",
    "备注",
  ];
  const d = (m: number, day: number) => new Date(Date.UTC(2021, m - 1, day));
  const students: ExcelJS.CellValue[][] = [
    [1, "G2301001", "张一", "一年级（1）班", "一年级", "否", "", "", d(4, 28), null, "否"],
    [2, "G2301002", "李二", "一年级（1）班", "１年级", "是", "是", "", d(4, 28), null, ""],
    [3, "G2301003", "王三", "三年级（2）班", "三年级", "", "", "是", d(4, 28), null, ""],
    [4, "G2301004", "赵四", "七年级（1）班", "初一", "否", "", "", "2021/4/28", null, ""],
    [5, "G2301005", "钱五", "九年级（1）班", "初三", "否", "", "", "2021年5月10日", null, ""],
    [6, "G2301006", "孙六", "高二（3）班", "高二", "否", "", "", d(4, 28), null, ""],
    [7, "G2301007", "周七", "三年级（2）班", "三年级", "否", "", "", d(4, 28), d(5, 11), ""],
  ];
  students.forEach((s, i) => (roster.getRow(5 + i).values = s));
  options.extraRoster?.(roster);
  for (let r = 5; r <= 20; r++) for (const c of [9, 10]) roster.getCell(r, c).numFmt = "yyyy-mm-dd";

  const att = wb.addWorksheet("5月考勤");
  att.mergeCells("A1:N1");
  att.getCell("A1").value = "2021年5月课后服务考勤表";
  att.getRow(2).values = ["学籍号", "姓名", "出勤情况"];
  att.mergeCells("A2:A3");
  att.mergeCells("B2:B3");
  att.mergeCells("C2:L2");
  // Dates five ways: Excel date, ISO text, slash text, 月日 text, m/d text, and bare day numbers.
  att.getRow(3).values = [
    null,
    null,
    d(5, 6),
    "2021-05-07",
    "2021/5/8",
    "5月9日",
    "5/10",
    11,
    "12日",
    "5月32日",
    "星期四",
    "合计",
    "备注",
  ];
  att.getCell("C3").numFmt = "m月d日";
  const t = (h: number, m: number) => (h * 60 + m) / 1440; // an Excel time
  const rows: ExcelJS.CellValue[][] = [
    //            5/6   5/7      5/8(Sat, make-up)  5/9(Sun)  5/10     5/11            5/12
    ["G2301001", "张一", "√", 120, "17:30", null, "１２０", "15:30~17:30", t(2, 0)],
    ["G2301002", "李二", "√", "√", "√", null, "√", "√", "√"],
    ["G2301003", "王三", 29, "90分钟", "1小时30分", "√", "病假", "abc", t(17, 30)],
    ["G2301004", "赵四", "√", "18:00", t(18, 15), null, 45, "×", "17:00-18:00"],
    ["G2301005", "钱五", "√", "√", "18:30", null, "√", "18:30", "√"],
    ["G2301006", "孙六", "20:30", "19:00", "21:00", null, "√", null, 90],
    ["G2301007", "周七", "√", "√", "√", null, "√", "√", "√"],
    ["G9999999", "吴八", "√", null, null, null, null, null, null],
  ];
  rows.forEach((r, i) => {
    const row = att.getRow(4 + i);
    row.values = [
      ...r,
      null,
      null,
      null,
      { formula: `COUNTA(C${4 + i}:I${4 + i})` },
      i === 1 ? "困难家庭" : null,
    ];
  });
  for (let i = 0; i < rows.length; i++) for (const c of [9]) att.getCell(4 + i, c).numFmt = "h:mm";
  att.getCell("E6").numFmt = "h:mm";
  att.getCell("E7").numFmt = "hh:mm";
  return Buffer.from(await wb.xlsx.writeBuffer());
}
