import ExcelJS from "exceljs";
import { validateJob } from "../../src/jobs/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

async function rosterWorkbook(
  rows: ExcelJS.CellValue[][],
  settings: [string, string][] = []
): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  // Every roster here has a school's name (its absence is an error of its own, SPEC §11).
  const s = wb.addWorksheet("设置");
  [["学校名称", "测试学校"], ...settings].forEach((r) => s.addRow(r));
  const ws = wb.addWorksheet("名册");
  ws.addRow(["2021学年课后服务报名名册"]);
  ws.addRow([
    "学号",
    "姓名",
    "年级",
    "学段",
    "困难家庭",
    "留守儿童",
    "随迁子女",
    "申请日期",
    "审核日期",
    "批准日期",
    "公示日期",
    "协议日期",
    "是否退出",
    "退出日期",
  ]);
  rows.forEach((r) => ws.addRow(r));
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

const ok = ["2021-04-01", "2021-04-02", "2021-04-03", "2021-04-05", "2021-04-06"];

describe("validate job", () => {
  it("finds duplicate ids, missing names and ids, bad grades, stages, flags and dates, each at its cell", async () => {
    const wb = await rosterWorkbook([
      ["S1", "张三", "三年级", "小学", "否", "是", "", ...ok, "", ""],
      ["S1", "李四", "四年级", "小学", "", "", "", ...ok, "", ""],
      ["S3", "", "五年级", "小学", "", "", "", ...ok, "", ""],
      ["", "王五", "五年级", "", "", "", "", ...ok, "", ""],
      ["S5", "赵六", "幼儿园", "", "", "", "", ...ok, "", ""],
      ["S6", "钱七", "三年级", "初中", "", "", "", ...ok, "", ""],
      ["S7", "孙八", "初二", "中学", "也许", "", "", ...ok, "", ""],
      [
        "S8",
        "周九",
        "初二",
        "",
        "",
        "",
        "是",
        "2021-04-05",
        "2021-04-02",
        "2021-04-06",
        "2021-04-07",
        "2021-04-08",
        "",
        "",
      ],
      ["S9", "吴十", "高一", "", "是", "", "", ...ok.slice(0, 4), "下周", "是", ""],
    ]);
    const { findings, students, sheetNames } = await validateJob(wb);
    const at = (cell: string) => findings.filter((f) => f.cell === cell).map((f) => f.rule);
    expect(students).toBe(9);
    expect(at("A4")).toContain("ROSTER_DUPLICATE_ID");
    expect(findings.find((f) => f.rule === "ROSTER_DUPLICATE_ID")!.message).toContain("A3");
    expect(at("B5")).toContain("ROSTER_NAME_MISSING");
    expect(at("A6")).toContain("ROSTER_ID_MISSING");
    expect(at("C7")).toContain("ROSTER_GRADE_UNREADABLE");
    expect(at("D8")).toContain("ROSTER_STAGE_MISMATCH");
    expect(at("D9")).toContain("ROSTER_STAGE_UNREADABLE");
    expect(at("E9")).toContain("ROSTER_FLAG_UNREADABLE");
    expect(at("I10")).toContain("ROSTER_DATES_OUT_OF_ORDER");
    expect(at("L11")).toContain("ROSTER_DATE_UNREADABLE");
    expect(at("N11")).toContain("ROSTER_WITHDRAWAL_NO_DATE");
    const counts = findings.find((f) => f.rule === "ROSTER_PRIORITY_COUNTS")!;
    expect(counts.message).toBe(
      "优先保障对象：留守儿童 1 人，随迁子女 1 人，困难家庭 1 人（共 9 名学生）"
    );
    expect(sheetNames).toEqual(["校验问题清单"]);
  });

  it("reads 初三 as grade 8 under 五四制, so 初中 fits and 初四 exists", async () => {
    const wb = await rosterWorkbook(
      [
        ["S1", "张三", "初四", "初中", "", "", "", ...ok, "", ""],
        ["S2", "李四", "六年级", "初中", "", "", "", ...ok, "", ""],
      ],
      [["学制", "五四制"]]
    );
    const { findings } = await validateJob(wb);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reports a clean roster with only the priority counts", async () => {
    const wb = await rosterWorkbook([
      ["S1", "张三", "三年级", "小学", "否", "否", "否", ...ok, "", ""],
    ]);
    const { findings } = await validateJob(wb, { write: false });
    expect(findings.map((f) => f.rule)).toEqual(["ROSTER_PRIORITY_COUNTS"]);
  });

  it("says when there is no roster at all", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["随便写点什么"]);
    const { findings } = await validateJob(
      await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer())),
      { write: false }
    );
    expect(findings.map((f) => f.rule)).toEqual(["SCHOOL_NAME_MISSING", "SHEET_ROSTER_MISSING"]);
  });

  it("writes the 问题清单 with a link from each finding to its cell", async () => {
    const wb = await rosterWorkbook([["S1", "", "三年级", "小学", "", "", "", ...ok, "", ""]]);
    await validateJob(wb);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const ws = out.getWorksheet("校验问题清单")!;
    const link = ws.getCell("E4").value as ExcelJS.CellFormulaValue;
    expect(link.formula).toBe(`HYPERLINK("#'名册'!B3","B3")`);
    expect(ws.getCell("A4").value).toBe("错误");
  });
});
