import { readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { fenText } from "../../src/policy/fen";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { chargeJob } from "../../src/jobs/charge/job";
import { openPage, PAGE_NEEDS, PAGE_READY, type OpenPage } from "../support/browser-page";
import { gridsToXlsx } from "../support/generate-school";
import { namedSchool } from "../support/city-fixtures";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { convert, encryptedOds, sampleWorkbooks, suiteDir } from "../support/other-formats";
import { runCli } from "../support/run-cli";

describeWhen(
  PAGE_READY && hasLibreOffice,
  `${PAGE_NEEDS}, and LibreOffice (soffice)`,
  "the browser page on .ods and .xls files picked from disk",
  () => {
    jest.setTimeout(240_000);
    let opened: OpenPage | undefined;
    let page: Page;
    let requests: string[] = [];
    const dir = suiteDir("kehou-page-formats-");
    let xlsx: string[] = [];
    let ods: string[] = [];
    let xls: string[] = [];

    beforeAll(async () => {
      opened = await openPage({ width: 320, height: 1000 });
      ({ page, requests } = opened);
      xlsx = await sampleWorkbooks(dir);
      for (const [i, school] of ["第一小学", "第二小学"].entries()) {
        const file = path.join(dir, `${school}.xlsx`);
        writeFileSync(file, await gridsToXlsx(namedSchool(`绥芬河市${school}`, i + 1)));
        xlsx.push(file);
      }
      [ods, xls] = [convert(xlsx, "ods", dir), convert(xlsx, "xls", dir)];
    });

    afterAll(async () => {
      await opened?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** The chunks the page fetched: the .xls/.ods reader's only once such a file is picked. */
    const readerFetched = () => requests.some((r) => /\/xls-ods\.[0-9a-f]+\.js$/.test(r));

    it("charges an .ods picked from disk to the fen as the command line charges its .xlsx twin", async () => {
      const twin = JSON.parse((await runCli("charge", xlsx[2], "--json")).out);
      await page.setInputFiles("#pick", xlsx[2]);
      await page.waitForFunction(() => document.getElementById("file-name")?.textContent !== "");
      expect(readerFetched()).toBe(false);

      await page.setInputFiles("#pick", ods[2]);
      await page.waitForFunction(
        () => document.getElementById("file-name")?.textContent === "手工学校.ods"
      );
      expect(readerFetched()).toBe(true);
      await page.click("button[data-job=charge]");
      await page.waitForSelector("#download:not([hidden])");
      const summary = await page.textContent("#summary");
      expect(summary).toContain(`应缴 ¥${twin.totals.payable}`);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("#download"),
      ]);
      expect(download.suggestedFilename()).toBe("手工学校-Kehou.xlsx");
      const saved = path.join(dir, download.suggestedFilename());
      await download.saveAs(saved);
      const copy = await XlsxWorkbook.fromBuffer(readFileSync(saved));
      const names = (await copy.readSheets()).map((g) => g.name);
      expect(names).toEqual(
        expect.arrayContaining(["参数", "学生信息", "5月考勤", "收费表 2021-05"])
      );
      const again = await chargeJob(await XlsxWorkbook.fromBuffer(readFileSync(saved)));
      expect(fenText(again.totals.payable)).toBe(twin.totals.payable);
    });

    it("consolidates .ods and .xls files picked with .xlsx ones to the .xlsx twins' totals", async () => {
      const twins = [xlsx[3], xlsx[4]];
      const mixed = [ods[3], xls[4]];
      const out = path.join(dir, "city.xlsx");
      const cli = JSON.parse((await runCli("consolidate", ...twins, "-o", out, "--json")).out);
      await page.setInputFiles("#pick-many", mixed);
      await page.waitForFunction(() =>
        /所学校/.test(document.getElementById("summary")?.textContent ?? "")
      );
      const summary = (await page.textContent("#summary")) ?? "";
      expect(summary).toContain("2 所学校");
      expect(summary).toContain(`¥${cli.totals.payable}`);
    });

    it("says of an encrypted .ods what the command line says", async () => {
      const file = path.join(dir, "加密.ods");
      writeFileSync(file, encryptedOds(readFileSync(ods[0])));
      const cli = await runCli("charge", file);
      await page.setInputFiles("#pick", file);
      await page.waitForFunction(() =>
        /设有打开密码/.test(document.getElementById("summary")?.textContent ?? "")
      );
      expect(await page.textContent("#summary")).toContain(cli.err);
    });
  }
);
