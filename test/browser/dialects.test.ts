import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { openPage, PAGE_NEEDS, PAGE_READY, type OpenPage } from "../support/browser-page";
import { prefixedOf, strictOf } from "../support/dialects";
import { messySchool } from "../support/messy-school";
import { describeWhen } from "../support/needs";
import { repackage } from "../support/repackage";

async function totals(bytes: Uint8Array) {
  return chargeJson(await chargeJob(await XlsxWorkbook.fromBuffer(bytes), { write: false })).totals;
}

describeWhen(
  PAGE_READY,
  PAGE_NEEDS,
  "the built page's 下载 of a Strict or prefixed workbook",
  () => {
    jest.setTimeout(120_000);
    let opened: OpenPage | undefined;
    let page: Page;
    const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-dialects-browser-"));

    beforeAll(async () => {
      opened = await openPage();
      ({ page } = opened);
    });

    afterAll(async () => {
      await opened?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Picks `bytes` as `name` in the page and runs 生成收费表. */
    async function pickAndCharge(name: string, bytes: Uint8Array) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      await page.setInputFiles("#pick", file);
      await page.waitForFunction(
        (n) => document.getElementById("file-name")?.textContent === n,
        name
      );
      await page.click("button[data-job=charge]");
      await page.waitForFunction(() =>
        /收费表/.test(document.getElementById("summary")?.textContent ?? "")
      );
    }

    it.each([
      ["strict", strictOf],
      ["prefixed", prefixedOf],
    ])(
      "downloads a copy of a %s workbook that charges the same to the fen",
      async (what, dialect) => {
        const school = await messySchool();
        await pickAndCharge(`${what}.xlsx`, dialect(school));
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.click("#download"),
        ]);
        const saved = path.join(dir, `${what}-copy.xlsx`);
        await download.saveAs(saved);
        expect(await totals(new Uint8Array(readFileSync(saved)))).toEqual(await totals(school));
      }
    );

    it("says in Chinese why a copy cannot be written, and downloads nothing", async () => {
      const bytes = repackage(prefixedOf(await messySchool()), (parts) => {
        const wb = parts.get("xl/workbook.xml") as string;
        parts.set(
          "xl/workbook.xml",
          wb.replace("</x:workbook>", '<ext xmlns="urn:other"/></x:workbook>')
        );
      });
      await pickAndCharge("unwritable.xlsx", bytes);
      let downloads = 0;
      page.on("download", () => downloads++);
      await page.click("#download");
      await page.waitForFunction(() =>
        (document.getElementById("summary")?.textContent ?? "").includes("没有写出任何文件")
      );
      expect(await page.textContent("#summary")).toContain("另存为」Excel 工作簿（.xlsx）");
      expect(downloads).toBe(0);
    });
  }
);
