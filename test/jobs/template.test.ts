import ExcelJS from "exceljs";
import { noticesJob } from "../../src/jobs/notices/job";
import { templateSheets } from "../../src/jobs/template";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from "../../src/policy/profiles";
import { readSettings } from "../../src/sheets/settings";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

/** The template as `kehou template` writes it, loaded for filling in. */
async function blankTemplate(month: string): Promise<ExcelJS.Workbook> {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(templateSheets(month));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
  return book;
}

/** The value cell (column B) of a settings row, found by its key in column A. */
function settingCell(ws: ExcelJS.Worksheet, key: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === key) found = row.getCell(2);
  });
  if (!found) throw new Error(`the template has no 设置 row ${key}`);
  return found;
}

/** The column (1-based) of a header in the template's header row (row 3). */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(3).values as unknown[];
  const col = values.indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return col;
}

describe("the template filled in by hand", () => {
  it("gives notices with 缴费方式 and 缴费截止日期 and no warning about missing columns", async () => {
    const book = await blankTemplate("2021-05");
    const settings = book.getWorksheet("设置")!;
    settingCell(settings, "学校名称").value = "绥芬河市第一小学";
    settingCell(settings, "收费公示日期").value = "2021-04-15";
    settingCell(settings, "缴费方式").value = "微信缴费";
    settingCell(settings, "缴费截止日期").value = "2021-06-10";
    const roster = book.getWorksheet("学生名册")!;
    const put = (ws: ExcelJS.Worksheet, row: number, values: Record<string, ExcelJS.CellValue>) =>
      Object.entries(values).forEach(([h, v]) => (ws.getCell(row, columnOf(ws, h)).value = v));
    const student = {
      班级: "一年级1班",
      年级: "一年级",
      学段: "小学",
      家庭经济困难: "否",
      申请日期: new Date(Date.UTC(2021, 3, 20)),
      审核日期: new Date(Date.UTC(2021, 3, 21)),
      批准日期: new Date(Date.UTC(2021, 3, 22)),
      公示日期: new Date(Date.UTC(2021, 3, 23)),
      协议签订日期: new Date(Date.UTC(2021, 3, 26)),
    };
    put(roster, 4, { 学号: "001", 姓名: "张三", ...student });
    put(roster, 5, {
      学号: "002",
      姓名: "李四",
      ...student,
      退出申请日期: new Date(Date.UTC(2021, 4, 10)),
      退出批准: "批准",
      退出日期: new Date(Date.UTC(2021, 4, 14)),
    });
    const attendance = book.getWorksheet("5月考勤")!;
    put(attendance, 4, {
      学号: "001",
      姓名: "张三",
      班级: "一年级1班",
      "6": 120,
      "7": "15:30-17:30",
    });
    put(attendance, 5, { 学号: "002", 姓名: "李四", 班级: "一年级1班", "6": 90, "7": "√" });
    const filled = await book.xlsx.writeBuffer();

    const result = await noticesJob(await XlsxWorkbook.fromBuffer(filled as ArrayBuffer));
    const cells = result.sheets[0].rows.flat();
    expect(cells).toContain("微信缴费");
    expect(cells).toContain("2021-06-10");
    expect(cells).not.toContain("请按学校通知缴费");
    const rules = result.charges.findings.map((f) => f.rule);
    expect(rules).not.toContain("ROSTER_WITHDRAWAL_NOT_RECORDED");
    expect(rules).not.toContain("ROSTER_WITHDRAWAL_UNAPPROVED");
    // Typed minutes are numbers: the two students were charged for what was typed.
    expect(result.notices.map((n) => n.line.minutes)).toEqual([240, 210]);
    // The 说明 rows above the headers are not read as data, nor said to be unread.
    const noteRowFindings = result.charges.findings.filter((f) => /^[A-Z]+2$/.test(f.cell));
    expect(noteRowFindings).toEqual([]);
  });

  it("puts a short 说明 above each attendance field, each day's weekday above it, the header row where the readers find it", async () => {
    const attendance = (await blankTemplate("2021-05")).getWorksheet("5月考勤")!;
    const note = (header: string) => attendance.getCell(2, columnOf(attendance, header)).value;
    expect(note("学号")).toBe("与学生名册一致");
    expect(note("姓名")).toBe("与学生名册一致");
    expect(note("班级")).toBe("如 三年级2班");
    expect(note("备注")).toBe("请假、调课等");
    // 2021-05-01 was a Saturday, 05-08 the make-up school day, 05-31 a Monday.
    expect(note("1")).toBe("周六");
    expect(note("8")).toBe("周六");
    expect(note("31")).toBe("周一");
    // Every column has its 说明, like the roster's.
    const headers = (attendance.getRow(3).values as unknown[]).filter((v) => v !== undefined);
    expect(headers).toHaveLength(3 + 31 + 1);
    for (const h of headers) expect(note(String(h))).toBeTruthy();
  });

  it("keeps each day column wide enough for 15:30-17:30 and General, not text", async () => {
    const attendance = (await blankTemplate("2021-05")).getWorksheet("5月考勤")!;
    const day = attendance.getColumn(columnOf(attendance, "6"));
    expect(day.width).toBeGreaterThanOrEqual("15:30-17:30".length + 1);
    expect(day.numFmt ?? "General").toBe("General");
    // 学号 stays text, so typed ids keep their zeros.
    expect(attendance.getColumn(1).numFmt).toBe("@");
  });

  it("has a 设置 row for every notice field, blank ones not read as their 说明, with drop-downs for lists", async () => {
    const settings = (await blankTemplate("2021-05")).getWorksheet("设置")!;
    for (const key of [
      "缴费方式",
      "缴费截止日期",
      "联系电话",
      "监督电话",
      "通知单显示分担",
      "安全保障措施",
      "学校代码",
    ])
      expect(settingCell(settings, key)).toBeDefined();
    expect(settingCell(settings, "通知单显示分担").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
    });
    expect(settingCell(settings, "收费方式").dataValidation).toMatchObject({
      formulae: ['"据实收取,按月收取"'],
    });
    const roster = (await blankTemplate("2021-05")).getWorksheet("学生名册")!;
    expect(roster.getCell(2, columnOf(roster, "退出批准")).value).toBe("批准日期或「批准」");
  });

  it("has a 政策 row naming the default profile, with a drop-down of the built-in ids and its 说明", async () => {
    const settings = (await blankTemplate("2021-05")).getWorksheet("设置")!;
    const policy = settingCell(settings, "政策");
    expect(policy.value).toBe("suifenhe-2021");
    expect(policy.dataValidation).toMatchObject({
      type: "list",
      formulae: [`"${Object.keys(BUILT_IN_PROFILES).join(",")}"`],
    });
    const note = settings.getCell(Number(policy.row), 3).value;
    expect(note).toContain("从列表选择");
    expect(note).toContain(DEFAULT_PROFILE.provenance.title);
  });

  it("reads the 政策 row of the template, and a blank one as blank, not as its 说明", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(templateSheets("2021-05"));
    const grid = (await wb.readSheets()).find((g) => g.name === "设置")!;
    const read = readSettings(grid);
    expect(read.settings.policy).toBe("suifenhe-2021");
    expect(read.settings.profile.id).toBe("suifenhe-2021");
    expect(read.findings.map((f) => f.rule)).not.toContain("POLICY_UNKNOWN");
    const row = grid.values.findIndex((r) => r[0] === "政策");
    const blank = {
      ...grid,
      values: grid.values.map((r, i) => (i === row ? [r[0], null, r[2]] : r)),
    };
    const cleared = readSettings(blank);
    expect(cleared.settings.policy).toBeUndefined();
    expect(cleared.settings.profile.id).toBe(DEFAULT_PROFILE.id);
    expect(cleared.findings.map((f) => f.rule)).not.toContain("POLICY_UNKNOWN");
  });

  it("reads no 缴费方式 from a blank row's 说明", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(templateSheets("2021-05"));
    const result = await noticesJob(wb, { write: false });
    expect(result.sheets[0]?.rows.flat() ?? []).not.toContain(
      "写在缴费通知单上，如 微信、银行转账"
    );
  });
});
