import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPage, PAGE_NEEDS, PAGE_READY, ROOT, type OpenPage } from "../support/browser-page";
import { describeWhen } from "../support/needs";

describeWhen(PAGE_READY, PAGE_NEEDS, "a policy file picked in the browser page", () => {
  jest.setTimeout(120_000);
  let opened: OpenPage | undefined;
  let page: Page;
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-policy-page-"));
  const school = path.join(dir, "学校.xlsx");

  beforeAll(async () => {
    opened = await openPage({ width: 320, height: 1000 });
    ({ page } = opened);
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("设置");
    [
      ["学校名称", "示例学校"],
      ["月份", "2021-05"],
    ].forEach((r) => s.addRow(r));
    const roster = wb.addWorksheet("名册");
    roster.addRow(["学号", "姓名", "班级", "年级"]);
    roster.addRow(["P1", "甲", "一班", "一年级"]);
    const att = wb.addWorksheet("考勤");
    att.addRow(["学号", "姓名", "5/10", "5/11", "5/12"]);
    att.addRow(["P1", "甲", "100分钟", "79分钟", "40分钟"]);
    writeFileSync(school, Buffer.from(await wb.xlsx.writeBuffer()));
    await page.setInputFiles("#pick", school);
    await page.waitForFunction(
      () => document.getElementById("file-name")?.textContent === "学校.xlsx"
    );
  });

  afterAll(async () => {
    await opened?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the default policy in force before any file is loaded", async () => {
    expect(await page.textContent("#policy-name")).toContain("suifenhe-2021");
  });

  it("refuses an invalid policy file with its fields and keeps the policy in force", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "x" }));
    await page.setInputFiles("#pick-policy", bad);
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("未通过检查")
    );
    expect(await page.textContent("#findings")).toContain("provenance");
    expect(await page.textContent("#policy-name")).toContain("suifenhe-2021");
  });

  it("charges by whole 课时 once example-keshi.json is loaded (2 + 1 + 1 课时 × 3.00)", async () => {
    await page.setInputFiles(
      "#pick-policy",
      path.join(ROOT, "test", "fixtures", "example-keshi.json")
    );
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("已载入政策文件")
    );
    expect(await page.textContent("#policy-name")).toContain("example-keshi");
    await page.click("button[data-job=charge]");
    await page.waitForFunction(() =>
      document.getElementById("summary")?.textContent?.includes("应缴")
    );
    expect(await page.textContent("#summary")).toContain("应缴 ¥12.00");
  });
});
