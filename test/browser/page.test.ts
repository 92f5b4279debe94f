import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPage, PAGE_NEEDS, PAGE_READY, ROOT, type OpenPage } from "../support/browser-page";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { messySchool } from "../support/messy-school";
import { describeWhen } from "../support/needs";
import { execFileSync } from "child_process";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const artifacts = path.join(ROOT, "test-artifacts");

describeWhen(PAGE_READY, PAGE_NEEDS, "the pane in a plain browser", () => {
  jest.setTimeout(120_000);
  let opened: OpenPage | undefined;
  let origin = "";
  let page: Page;
  let requests: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-browser-"));

  beforeAll(async () => {
    opened = await openPage({ width: 320, height: 1000 });
    ({ page, origin, requests } = opened);
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it("opens in Chinese in browser mode, with the real office.js and no Office host", async () => {
    expect(await page.textContent("h1")).toBe("课后服务");
    expect(await page.textContent("#mode")).toContain("浏览器模式");
    expect(
      await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)
    ).toBe("object");
    await page.screenshot({ path: path.join(artifacts, "pane-zh-CN.png"), fullPage: true });
  });

  it("runs the charge job on a picked workbook and downloads the result with the same totals", async () => {
    const file = path.join(dir, "学校.xlsx");
    writeFileSync(file, await messySchool());
    await page.setInputFiles("#pick", file);
    await page.waitForFunction(
      () => document.getElementById("file-name")?.textContent === "学校.xlsx"
    );
    await page.click("button[data-job=charge]");
    await page.waitForSelector("#download:not([hidden])");
    expect(await page.textContent("#summary")).toContain("应缴 ¥195.00");
    expect(await page.locator("#findings li").count()).toBeGreaterThan(5);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe("学校-Kehou.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet("收费表 2021-05")!;
    const payableCol = (ws.getRow(3).values as ExcelJS.CellValue[]).indexOf("应缴金额");
    let total: ExcelJS.CellFormulaValue | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "学校合计")
        total = row.getCell(payableCol).value as ExcelJS.CellFormulaValue;
    });
    expect(total?.result).toBe(195);
  });

  it("shows the workbook's settings and saves changes into its 设置 sheet", async () => {
    await page.click("#settings-box summary");
    expect(await page.inputValue("input[name=学校名称]")).toBe("绥芬河市第九学校");
    await page.fill("input[name=学校名称]", "绥芬河市第九学校（本部）");
    await page.selectOption("select[name=收费方式]", "据实收取");
    await page.click("#settings button[type=submit]");
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("设置已保存")
    );
    expect(await page.textContent("#summary")).toContain("参数");
    await page.click("button[data-job=charge]");
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("收费表")
    );
    await page.click("#settings-box summary");
  });

  it("switches to English and back", async () => {
    await page.click("#lang");
    expect(await page.textContent("h1")).toBe("After-School Service");
    expect(await page.textContent("#summary")).toContain("payable ¥195.00");
    expect(await page.textContent("#findings")).toContain("Cannot read the attendance");
    await page.screenshot({ path: path.join(artifacts, "pane-en.png"), fullPage: true });
    await page.click("#lang");
    expect(await page.textContent("h1")).toBe("课后服务");
  });

  it("can be driven by keyboard: a job button takes focus and runs on Enter", async () => {
    await page.focus("button[data-job=validate]");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("名册共 7 名学生")
    );
  });

  it("consolidates several schools' workbooks picked at once, a corrupt one listed, not fatal", async () => {
    const files: string[] = [];
    for (const i of [1, 2]) {
      const f = path.join(dir, `school-${i}.xlsx`);
      writeFileSync(f, await gridsToXlsx(generateSchool(20, i, `第${i}学校`)));
      files.push(f);
    }
    const corrupt = path.join(dir, "broken.xlsx");
    writeFileSync(corrupt, "not a workbook");
    await page.setInputFiles("#pick-many", [...files, corrupt]);
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("所学校")
    );
    expect(await page.textContent("#summary")).toMatch(
      /2023-05 全市：2 所学校，40 名学生.*1 个文件无法读取/
    );
    await page.screenshot({
      path: path.join(artifacts, "pane-consolidate-zh-CN.png"),
      fullPage: true,
    });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "政府补助", "问题", "图表"]);
  });

  it("prints the month's notices from 打印: the browser's print view, three to an A4 page", async () => {
    const file = path.join(dir, "示例学校.xlsx");
    const sample = XlsxWorkbook.empty();
    await sample.writeSheets(sampleSchoolSheets());
    writeFileSync(file, await sample.toBuffer());
    await page.setInputFiles("#pick", file);
    await page.waitForFunction(
      () => document.getElementById("file-name")?.textContent === "示例学校.xlsx"
    );
    await page.click("button[data-job=notices]");
    await page.waitForSelector("#print:not([hidden])");
    expect(await page.textContent("#summary")).toContain("缴费通知单 8 份，应缴合计 ¥193.00");
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => (w.printed += 1);
    });
    await page.click("#print");
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible("#print-view")).toBe(true);
    expect(await page.isVisible("main")).toBe(false);
    const pdf = path.join(dir, "notices-from-browser.pdf");
    writeFileSync(pdf, await page.pdf({ format: "A4", preferCSSPageSize: true }));
    await page.emulateMedia({ media: "screen" });
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    expect(pages.map((p) => p.split("学生姓名").length - 1)).toEqual([3, 3, 2]);
    for (const name of ["张小明", "李华", "王芳", "赵强", "刘洋", "陈静", "杨帆", "周婷"])
      expect(text.split(name).length - 1).toBe(1);
    expect(text).toContain("肆拾捌元整");
  });

  it("sends no request beyond its own origin", () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(
      requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:")
      )
    ).toEqual([]);
  });
});
