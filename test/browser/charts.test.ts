import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { openPage, PAGE_NEEDS, PAGE_READY, ROOT, type OpenPage } from "../support/browser-page";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { messySchool } from "../support/messy-school";
import { describeWhen } from "../support/needs";

const artifacts = path.join(ROOT, "test-artifacts");

/** Whether the first chart shows its hover box (ECharts' HTML tooltip beside the SVG) with a ¥ figure. */
function tooltipShown(): boolean {
  const drawing = document.querySelector("#charts .chart-drawing");
  return [...(drawing?.children ?? [])].some(
    (c) =>
      !c.querySelector("svg") &&
      getComputedStyle(c).display !== "none" &&
      /¥\d/.test(c.textContent ?? "")
  );
}

describeWhen(PAGE_READY, PAGE_NEEDS, "the pane's charts in a plain browser at 320 px", () => {
  jest.setTimeout(120_000);
  let opened: OpenPage | undefined;
  let origin = "";
  let page: Page;
  let requests: string[] = [];
  let errors: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-charts-browser-"));

  beforeAll(async () => {
    opened = await openPage({ width: 320, height: 900 });
    ({ page, origin, requests, errors } = opened);
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await opened?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads no chart code before a job has something to draw", () => {
    expect(requests.filter((u) => /\/charts\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
  });

  it("draws the charge's charts after 生成收费表, with a table of the figures for screen readers", async () => {
    const file = path.join(dir, "学校.xlsx");
    writeFileSync(file, await messySchool());
    await page.setInputFiles("#pick", file);
    await page.waitForFunction(
      () => document.getElementById("file-name")?.textContent === "学校.xlsx"
    );
    await page.click("button[data-job=charge]");
    await page.waitForSelector("#charts .chart-drawing svg");
    expect(requests.some((u) => /\/charts\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    const titles = await page.locator("#charts h3").allTextContents();
    expect(titles[0]).toContain("各班应缴与减免");
    expect(titles[1]).toContain("每个服务日的服务分钟");
    expect(await page.locator("#charts table caption").first().textContent()).toContain(
      "各班应缴与减免"
    );
    expect(await page.locator("#charts table").first().textContent()).toContain("¥");
    expect(await page.getAttribute("#charts .chart-drawing", "aria-hidden")).toBe("true");
    // the drawing fits the 320 px pane
    const width = await page
      .locator("#charts .chart-drawing")
      .first()
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(320);
    expect(width).toBeGreaterThan(250);
    // numbers on hover: the tooltip shows a ¥ figure over a bar
    // The pointer can only hover what is in the viewport: the pane may have pushed it below.
    await page.locator("#charts .chart-drawing").first().scrollIntoViewIfNeeded();
    const box = (await page.locator("#charts .chart-drawing").first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(tooltipShown);
    await page
      .locator("#charts")
      .screenshot({ path: path.join(artifacts, "pane-charts-charge-320.png") });
  });

  it("downloads the charge copy with the native charts on its charge sheet", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const parts = unzipSync(readFileSync(saved));
    expect(Object.keys(parts).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(2);
    expect(strFromU8(parts["[Content_Types].xml"])).toContain("drawingml.chart+xml");
  });

  it("draws the breach picture after 检查违规", async () => {
    await page.click("button[data-job=breaches]");
    await page.waitForFunction(() =>
      document.querySelector("#charts h3")?.textContent?.includes("错误与警告")
    );
    await page.waitForSelector("#charts .chart-drawing svg");
  });

  it("draws the city's charts after 汇总报送, and the city workbook downloads with its 图表 sheet", async () => {
    const files: string[] = [];
    for (const i of [1, 2, 3, 4, 5, 6]) {
      const f = path.join(dir, `school-${i}.xlsx`);
      writeFileSync(f, await gridsToXlsx(generateSchool(10 + i * 3, i, `绥芬河市第${i}学校`)));
      files.push(f);
    }
    await page.setInputFiles("#pick-many", files);
    await page.waitForFunction(
      () => document.querySelectorAll("#charts .chart-drawing svg").length === 5
    );
    const titles = await page.locator("#charts h3").allTextContents();
    expect(titles.map((t) => t.replace(/ 2023-05$/, ""))).toEqual([
      "各校收费：应缴、减免、退费（元）",
      "各校政府分担（元）",
      "各校服务学生（人）",
      "各校重点群体学生：留守儿童、随迁子女、困难家庭（人）",
      "各校问题：错误与警告（条）",
    ]);
    await page
      .locator("#charts")
      .screenshot({ path: path.join(artifacts, "pane-charts-city-320.png") });
    // the picture for the README: the fees chart with a school's figures on hover
    const fees = page.locator("#charts .chart-drawing").first();
    const box = (await fees.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + 60);
    await page.waitForFunction(tooltipShown);
    await page
      .locator("#charts figure")
      .first()
      .screenshot({
        path: path.join(artifacts, "pane-chart-city-fees-320.png"),
      });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const workbook = strFromU8(unzipSync(readFileSync(saved))["xl/workbook.xml"]);
    expect(workbook).toContain('name="图表"');
  });

  it("draws the trends first when the picked files hold several months, with their tables", async () => {
    const files: string[] = [];
    for (const m of ["2023-03", "2023-04", "2023-05"])
      for (const i of [1, 2, 3, 4, 5, 6, 7]) {
        const f = path.join(dir, `${m}-school-${i}.xlsx`);
        const grids = generateSchool(10 + i * 3, i, `绥芬河市第${i}学校`, m);
        writeFileSync(f, await gridsToXlsx(grids));
        files.push(f);
      }
    await page.setInputFiles("#pick-many", files);
    await page.waitForFunction(
      () => document.querySelectorAll("#charts .chart-drawing svg").length === 8
    );
    expect(await page.locator("#summary").textContent()).toContain(
      "2023-03 至 2023-05 全市（3 个月）：7 所学校"
    );
    const titles = await page.locator("#charts h3").allTextContents();
    expect(titles.slice(0, 3)).toEqual([
      "全市每月应缴与政府分担（元） 2023-03 至 2023-05",
      "应缴最多的 6 所学校：每月应缴（元） 2023-03 至 2023-05",
      "政府分担最多的 6 所学校：每月政府分担（元） 2023-03 至 2023-05",
    ]);
    expect(titles[3]).toBe("各校收费：应缴、减免、退费（元） 2023-05");
    // the figures as a table for screen readers: a row a month, a column a school
    const table = page.locator("#charts table").nth(1);
    expect(await table.locator("tbody tr").count()).toBe(3);
    expect(await table.locator("thead th").count()).toBe(7);
    expect(await table.locator("tbody th").first().textContent()).toBe("2023-03");
    // the three trend charts as the pane shows them at 320 px, for test-artifacts/
    const trends = await page.locator("#charts figure").evaluateAll((figures) =>
      figures.slice(0, 3).map((f) => {
        const r = f.getBoundingClientRect();
        return {
          x: r.x + window.scrollX,
          top: r.top + window.scrollY,
          bottom: r.bottom + window.scrollY,
          width: r.width,
        };
      })
    );
    await page.screenshot({
      path: path.join(artifacts, "pane-charts-trends-320.png"),
      clip: {
        x: trends[0].x,
        y: trends[0].top,
        width: trends[0].width,
        height: trends[2].bottom - trends[0].top,
      },
      fullPage: true,
    });
    // legible at 320 px: the drawing fits; on hover each school's 应缴 for the month
    const lines = page.locator("#charts .chart-drawing").nth(1);
    await lines.scrollIntoViewIfNeeded();
    const box = (await lines.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(320);
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
    await page.waitForFunction(() => {
      const drawing = document.querySelectorAll("#charts .chart-drawing")[1];
      return [...(drawing?.children ?? [])].some(
        (c) =>
          !c.querySelector("svg") &&
          getComputedStyle(c).display !== "none" &&
          /2023-04[\s\S]*¥\d/.test(c.textContent ?? "")
      );
    });
    await page
      .locator("#charts figure")
      .nth(1)
      .screenshot({ path: path.join(artifacts, "pane-chart-city-trend-320.png") });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    expect(download.suggestedFilename()).toBe("全市汇总-2023-03至2023-05-Kehou.xlsx");
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const parts = unzipSync(readFileSync(saved));
    const workbook = strFromU8(parts["xl/workbook.xml"]);
    for (const name of ["趋势", "图表", "趋势图"]) expect(workbook).toContain(`name="${name}"`);
    expect(Object.keys(parts).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(8);
  });

  it("sends no request beyond its own origin and throws nothing", () => {
    expect(
      requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:")
      )
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
