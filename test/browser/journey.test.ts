import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { openPage, PAGE_NEEDS, PAGE_READY, ROOT, type OpenPage } from "../support/browser-page";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { describeWhen } from "../support/needs";

const artifacts = path.join(ROOT, "test-artifacts");

/** What the results part of the page shows now. */
async function screen(page: Page) {
  return page.evaluate(() => ({
    file: document.getElementById("file-name")?.textContent ?? "",
    summary: document.getElementById("summary")?.textContent ?? "",
    counts: document.getElementById("counts")?.textContent ?? "",
    findings: document.querySelectorAll("#findings li").length,
    charts: !(document.getElementById("charts") as HTMLElement).hidden,
    print: !(document.getElementById("print") as HTMLElement).hidden,
    text: document.body.innerText,
  }));
}

/** Clicks a job and waits until the page says it is done. */
async function run(page: Page, job: string, done: string): Promise<void> {
  await page.click(`button[data-job=${job}]`);
  await page.waitForFunction(
    (t) => document.getElementById("summary")?.textContent?.includes(t),
    done
  );
  await page.waitForSelector("#progress[hidden]", { state: "attached" });
}

describeWhen(PAGE_READY, PAGE_NEEDS, "a school's journey through the browser page", () => {
  jest.setTimeout(180_000);
  let opened: OpenPage | undefined;
  let page: Page;
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-journey-"));

  beforeAll(async () => {
    opened = await openPage({ width: 1280, height: 1000 });
    ({ page } = opened);
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => opened?.close());

  it("runs 检查违规 → 生成公示 → 汇总报送 → 生成收费表, each screen showing only its own job", async () => {
    const file = path.join(dir, "第一学校.xlsx");
    writeFileSync(file, await gridsToXlsx(generateSchool(20, 1, "第一学校")));
    // A job before any workbook is refused, with nothing under the refusal.
    await page.click("button[data-job=breaches]");
    let s = await screen(page);
    expect(s.summary).toBe("请先选择一个 .xlsx 工作簿。");
    expect(s.counts).toBe("");

    await page.setInputFiles("#pick", file);
    await page.waitForFunction(
      () => document.getElementById("file-name")?.textContent === "第一学校.xlsx"
    );
    await run(page, "breaches", "违规检查完成");
    s = await screen(page);
    expect(s.findings).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifacts, "journey-1-breaches.png"), fullPage: true });

    await run(page, "notice", "已生成收费公示");
    s = await screen(page);
    expect(s.charts).toBe(false); // the breaches' chart is gone
    expect(s.findings).toBe(0);
    expect(s.print).toBe(true);
    await page.screenshot({ path: path.join(artifacts, "journey-2-notice.png"), fullPage: true });

    const schools = [1, 2].map((i) => path.join(dir, `school-${i}.xlsx`));
    for (const [i, f] of schools.entries())
      writeFileSync(f, await gridsToXlsx(generateSchool(10, i + 1, `第${i + 1}学校`)));
    await page.setInputFiles("#pick-many", schools);
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("所学校")
    );
    await page.waitForSelector("#progress[hidden]", { state: "attached" });
    s = await screen(page);
    // The next job works on the city workbook: the label says so.
    expect(s.file).toMatch(/^全市汇总-.*\.xlsx$/);
    expect(s.print).toBe(false);
    await page.screenshot({ path: path.join(artifacts, "journey-3-city.png"), fullPage: true });

    await page.click("button[data-job=charge]");
    await page.waitForSelector("#progress[hidden]", { state: "attached" });
    await page.waitForFunction(() => document.getElementById("summary")?.textContent !== "");
    s = await screen(page);
    // The city workbook has no school sheets: the charge says so, in the page's words only.
    expect(s.text).not.toContain("--month");
    expect(s.charts).toBe(false);
    await page.screenshot({ path: path.join(artifacts, "journey-4-charge.png"), fullPage: true });
  });
});
