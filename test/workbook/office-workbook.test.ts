import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { validateJob } from "../../src/jobs/validate";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { PAYLOAD_LIMIT_BYTES, rowsPerChunk } from "../../src/workbook/office-payload";
import { asText } from "../../src/workbook/office-layout";
import { officeErrorText } from "../../src/workbook/office-error-text";
import { saveSettingsForm } from "../../src/jobs/settings-form";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { installOfficeHost, uninstallOfficeHost } from "../support/office-host-fake";
import { generateSchool } from "../support/generate-school";

function officeWith(students: number) {
  const ctx = new FakeContext();
  for (const g of generateSchool(students))
    ctx.seed(
      g.name,
      g.values.map((r) => [...r])
    );
  return { ctx, wb: new OfficeWorkbook(ctx as unknown as Excel.RequestContext) };
}

describe("Office.js adapter", () => {
  it.each([10, 3000])(
    "charges %i students in at most 4 context.sync calls, every request under the limit",
    async (n) => {
      const { ctx, wb } = officeWith(n);
      const result = await chargeJob(wb);
      expect(result.lines).toHaveLength(n);
      expect(ctx.syncs).toBeLessThanOrEqual(4);
      for (const s of ctx.perSync) {
        expect(s.request).toBeLessThan(PAYLOAD_LIMIT_BYTES);
        expect(s.response).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      }
    }
  );

  it("validates in at most 4 syncs too", async () => {
    const { ctx, wb } = officeWith(500);
    await validateJob(wb);
    expect(ctx.syncs).toBeLessThanOrEqual(4);
  });

  it("writes a table over the header and rows, freezes the header and shows the first sheet written", async () => {
    const { ctx, wb } = officeWith(20);
    await chargeJob(wb);
    const sheet = ctx.excel.sheet("收费表 2023-05");
    expect(sheet.tables).toEqual([
      { address: "A3:N23", name: "Kehou收费表_2023_05", style: "TableStyleMedium2" },
    ]);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.active).toBe(true);
    const totalRow = sheet.cells.findIndex((row) => row?.[0]?.value === "学校合计");
    expect(sheet.cell(totalRow, 11).formula).toBe("=SUM(L4:L23)");
    expect(sheet.cell(3, 11).format).toBe('"¥"#,##0.00');
  });

  it("gives a table a free name when a defined name has Kehou's table name", async () => {
    const { ctx, wb } = officeWith(20);
    ctx.excel.names.push("kehou收费表_2023_05");
    const result = await chargeJob(wb);
    expect(result.sheetNames).toContain("收费表 2023-05");
    expect(ctx.excel.sheet("收费表 2023-05").tables[0].name).toBe("Kehou收费表_2023_05_2");
  });

  it("puts a hidden stale attendance copy last and says so", async () => {
    const ctx = new FakeContext();
    const [settings, roster, attendance] = generateSchool(30);
    const stale = attendance.values.map((r, i) =>
      i < 2 ? [...r] : r.map((v, c) => (c < 3 ? v : null))
    );
    ctx.seed("5月考勤（旧）", stale).visibility = "Hidden";
    for (const g of [settings, roster, attendance])
      ctx.seed(
        g.name,
        g.values.map((r) => [...r])
      );
    const fromHidden = await chargeJob(new OfficeWorkbook(ctx as unknown as Excel.RequestContext));
    const ctx2 = new FakeContext();
    for (const g of [settings, roster, attendance])
      ctx2.seed(
        g.name,
        g.values.map((r) => [...r])
      );
    const plain = await chargeJob(new OfficeWorkbook(ctx2 as unknown as Excel.RequestContext));
    expect(chargeJson(fromHidden).totals).toEqual(chargeJson(plain).totals);
    expect(fromHidden.findings.map((f) => f.message).join("\n")).toContain("5月考勤（旧）（隐藏）");
  });

  it("puts each table on its own sheet, whichever sheet is active", async () => {
    const { ctx, wb } = officeWith(0);
    const sheet = (name: string) => ({
      name,
      title: name,
      table: `T${name}`,
      columns: [{ header: "学号", width: 10, format: "text" as const }],
      rows: [["S1"]],
    });
    await wb.writeSheets([sheet("甲"), sheet("乙")]);
    expect(ctx.excel.sheet("甲").tables.map((t) => t.name)).toEqual(["T甲"]);
    expect(ctx.excel.sheet("乙").tables.map((t) => t.name)).toEqual(["T乙"]);
  });

  it("sets column widths in points, as wide as the .xlsx columns", async () => {
    const { ctx, wb } = officeWith(5);
    const [name] = await wb.writeSheets([
      {
        name: "宽度",
        title: "宽度",
        columns: [
          { header: "学号", width: 10, format: "text" },
          { header: "说明", width: 40, format: "text" },
        ],
        rows: [["S1", "一段说明"]],
      },
    ]);
    const widths = ctx.excel.sheet(name).columnWidths;
    // 10 characters: 75 px, 56.25 pt; 40 characters: 285 px, 213.75 pt
    expect([widths.get(0), widths.get(1)]).toEqual([56.25, 213.75]);
  });

  it("chunks a write that would pass the payload limit, and only then syncs more", () => {
    const big = Array.from({ length: 100_000 }, (_, i) => [
      `学生${i}`,
      i,
      "一年级1班",
      123.45,
      "这是一段比较长的说明文字",
    ]);
    const formats = big.map((row) => row.map(() => "General"));
    const chunk = rowsPerChunk(big, formats);
    expect(chunk).toBeLessThan(big.length);
    const bytes = (grid: unknown[][]) => Buffer.byteLength(JSON.stringify(grid.slice(0, chunk)));
    expect(bytes(big) + bytes(formats)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(rowsPerChunk(big.slice(0, 100), formats.slice(0, 100))).toBe(100);
  });

  it("keeps text that starts like a formula as text", () => {
    expect(asText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(asText("+86 123")).toBe("'+86 123");
    expect(asText("张三")).toBe("张三");
  });
});

describe("Office.js adapter, breach highlighting", () => {
  it("fills the cells, remembers them in a very hidden sheet, and a second run restores them", async () => {
    const ctx = new FakeContext();
    ctx.seed("考勤", [["学号"], ["S1"]]);
    const wb = new OfficeWorkbook(ctx as unknown as Excel.RequestContext);
    await wb.readSheets();
    const before = ctx.syncs;
    await wb.markCells([{ sheet: "考勤", cell: "A2", severity: "error", note: "测试" }]);
    expect(ctx.syncs - before).toBe(2);
    const sheet = ctx.excel.sheet("考勤");
    expect(sheet.cell(1, 0).fill).toBe("#FFC7CE");
    const registry = ctx.excel.sheet("Kehou标记");
    expect(registry.visibility).toBe("VeryHidden");
    await wb.markCells([]);
    expect(sheet.cell(1, 0).fill).toBeUndefined();
    expect(ctx.excel.sheets.map((w) => w.name)).toEqual(["考勤"]);
  });
});

describe("Office.js adapter, breach highlighting on the strict fake", () => {
  afterEach(uninstallOfficeHost);

  function marked() {
    const excel = new FakeExcel({ notes: true });
    excel.seed("考勤", [["学号"], ["S1"], ["S2"]]);
    excel.seed("名册", [["学号"], ["S1"]]);
    installOfficeHost(excel, "1.18");
    const wb = () => new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
    return { excel, wb };
  }

  it("highlights again and again, with notes, and clears without a trace", async () => {
    const { excel, wb } = marked();
    const marks = [{ sheet: "考勤", cell: "A2", severity: "error" as const, note: "测试" }];
    await wb().markCells(marks);
    await wb().markCells(marks);
    expect(excel.notes.get("考勤!A2")).toBe("Kehou：测试");
    expect(excel.sheet("考勤").peek(1, 0)?.fill).toBe("#FFC7CE");
    await wb().markCells([]);
    expect(excel.notes.size).toBe(0);
    expect(excel.sheet("考勤").peek(1, 0)?.fill).toBeUndefined();
    expect(excel.has("Kehou标记")).toBe(false);
  });

  it("restores what is left when the user deleted a marked sheet and a note", async () => {
    const { excel, wb } = marked();
    await wb().markCells([
      { sheet: "考勤", cell: "A2", severity: "error", note: "一" },
      { sheet: "考勤", cell: "A3", severity: "warning", note: "二" },
      { sheet: "名册", cell: "A2", severity: "info", note: "三" },
    ]);
    excel.sheets = excel.sheets.filter((s) => s.name !== "名册");
    excel.notes.delete("考勤!A3");
    await wb().markCells([{ sheet: "考勤", cell: "A3", severity: "error", note: "四" }]);
    expect(excel.sheet("考勤").peek(1, 0)?.fill).toBeUndefined();
    expect(excel.notes.get("考勤!A3")).toBe("Kehou：四");
    expect(excel.notes.has("考勤!A2")).toBe(false);
  });

  it("restores marks made on a client without notes once notes exist, and leaves the user's notes", async () => {
    const { excel } = marked();
    installOfficeHost(excel, "1.17");
    await new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext).markCells([
      { sheet: "考勤", cell: "A2", severity: "error", note: "一" },
    ]);
    excel.notes.set("考勤!A3", "老师的备注");
    installOfficeHost(excel, "1.18");
    const mark = { sheet: "考勤", cell: "A3", severity: "error" as const, note: "二" };
    const kept = await new OfficeWorkbook(
      new FakeContext(excel) as unknown as Excel.RequestContext
    ).markCells([mark]);
    // the user's note is kept, and said so to the job for its findings sheet
    expect(kept).toEqual([mark]);
    expect(excel.sheet("考勤").peek(1, 0)?.fill).toBeUndefined();
    expect(excel.notes.get("考勤!A3")).toBe("老师的备注");
    expect(excel.sheet("考勤").peek(2, 0)?.fill).toBe("#FFC7CE");
  });
});

describe("Office.js adapter, protected sheets", () => {
  afterEach(uninstallOfficeHost);

  it("leaves a protected sheet alone and marks the others", async () => {
    const excel = new FakeExcel({ notes: true });
    excel.seed("考勤", [["学号"], ["S1"]]);
    excel.seed("名册", [["学号"], ["S1"]]).protected = true;
    installOfficeHost(excel, "1.18");
    await new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext).markCells([
      { sheet: "考勤", cell: "A2", severity: "error", note: "一" },
      { sheet: "名册", cell: "A2", severity: "error", note: "二" },
    ]);
    expect(excel.sheet("考勤").peek(1, 0)?.fill).toBe("#FFC7CE");
    expect(excel.sheet("名册").peek(1, 0)?.fill).toBeUndefined();
  });

  it("refuses in Chinese, before writing anything, to save a form protected but for its value cells", async () => {
    const excel = new FakeExcel();
    const settings = excel.seed("设置", [
      ["学校名称", "旧名字"],
      ["月份", "2023-05"],
    ]);
    settings.protected = true;
    settings.unlocked.add("0,1").add("1,1"); // only the value cells, as a form is protected
    const wb = new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
    const saving = saveSettingsForm(wb, { 学校名称: "新名字", 收费方式: "按次收取" });
    await expect(saving).rejects.toThrow(/「设置」工作表受保护，Kehou 没有写入任何内容/);
    const error = await saving.catch((e: unknown) => e);
    expect(officeErrorText(error)).toMatch(/撤销工作表保护/);
    expect(officeErrorText(error, true)).toMatch(/protected and Kehou wrote nothing/);
    expect(settings.peek(0, 1)?.value).toBe("旧名字");
    expect(settings.peek(2, 0)).toBeUndefined();
  });
});
