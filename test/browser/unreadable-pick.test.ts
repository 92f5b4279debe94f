import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { openPage, PAGE_NEEDS, PAGE_READY, ROOT, type OpenPage } from "../support/browser-page";
import { describeWhen } from "../support/needs";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const artifacts = path.join(ROOT, "test-artifacts");

describeWhen(PAGE_READY, PAGE_NEEDS, "the browser page picking an unreadable workbook", () => {
  jest.setTimeout(120_000);
  let opened: OpenPage | undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-pick-"));

  beforeAll(async () => {
    opened = await openPage({ width: 320, height: 1000 });
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it("says the previous workbook is still the one in use, its name still on the label, and the next job runs on it", async () => {
    const page = opened!.page;
    const good = path.join(dir, "示例学校.xlsx");
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(sampleSchoolSheets());
    writeFileSync(good, await wb.toBuffer());
    // Named .xlsx, but not a zip package at all.
    const bad = path.join(dir, "坏文件.xlsx");
    writeFileSync(bad, "这不是一个工作簿");

    await page.setInputFiles("#pick", good);
    await page.waitForFunction(
      () => document.getElementById("file-name")?.textContent === "示例学校.xlsx"
    );
    await page.setInputFiles("#pick", bad);
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("坏文件.xlsx")
    );
    const summary = (await page.textContent("#summary")) ?? "";
    // The file named once, in the command line's sentence.
    expect(summary).toContain("「坏文件.xlsx」不是工作簿");
    expect(summary.split("坏文件.xlsx")).toHaveLength(2);
    expect(summary).toContain("仍在使用之前的工作簿「示例学校.xlsx」");
    // Messages in the page never name the command line's options.
    expect(summary).not.toMatch(/--\w/);
    expect(await page.textContent("#file-name")).toBe("示例学校.xlsx");
    await page.screenshot({
      path: path.join(artifacts, "pane-unreadable-pick.png"),
      fullPage: true,
    });

    // The next job runs on the previous workbook, as the message says.
    await page.click("button[data-job=validate]");
    await page.waitForFunction(
      () => !document.getElementById("summary")?.textContent?.includes("坏文件.xlsx")
    );
    expect(await page.textContent("#summary")).not.toContain("不是工作簿");
    expect(await page.textContent("#file-name")).toBe("示例学校.xlsx");
  });
});
