import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPage, PAGE_NEEDS, PAGE_READY, type OpenPage } from "../support/browser-page";
import { gridsToXlsx } from "../support/generate-school";
import { describeWhen } from "../support/needs";
import { lateNoticeSchool, monthlyRefundMonth } from "../support/refund-month-school";

describeWhen(
  PAGE_READY,
  PAGE_NEEDS,
  "the browser page charges a 按月收取 month of refunds, a late notice and withdrawals as the program does (SPEC §6, §9)",
  () => {
    jest.setTimeout(120_000);
    let opened: OpenPage | undefined;
    let page: Page;
    const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-browser-refund-month-"));

    beforeAll(async () => {
      opened = await openPage();
      ({ page } = opened);
    });

    afterAll(async () => {
      await opened?.close();
    });

    /** Charges a workbook in the page and reads the downloaded charge sheet's money by student. */
    async function chargeInPage(name: string, xlsx: Buffer, month: string) {
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, xlsx);
      await page.setInputFiles("#pick", file);
      await page.waitForFunction(
        (n) => document.getElementById("file-name")?.textContent === `${n}.xlsx`,
        name
      );
      await page.click("button[data-job=charge]");
      await page.waitForFunction(() =>
        /应缴 ¥/.test(document.getElementById("summary")?.textContent ?? "")
      );
      await page.waitForSelector("#download:not([hidden])");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("#download"),
      ]);
      const saved = path.join(dir, `${name}-out.xlsx`);
      await download.saveAs(saved);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved);
      const ws = wb.getWorksheet(`收费表 ${month}`)!;
      const header = ws.getRow(3).values as ExcelJS.CellValue[];
      const col = (title: string) => header.indexOf(title);
      const money = (v: ExcelJS.CellValue) =>
        Number(typeof v === "object" && v && "result" in v ? v.result : v).toFixed(2);
      const rows: Record<string, string[]> = {};
      ws.eachRow((row, n) => {
        const id = row.getCell(col("学号")).value;
        if (n <= 3 || typeof id !== "string" || !/^[A-Z]\d$/.test(id)) return;
        rows[id] = ["应收金额", "退费金额", "应缴金额"]
          .filter((t) => col(t) > 0)
          .map((t) => money(row.getCell(col(t)).value));
      });
      return { summary: (await page.textContent("#summary")) ?? "", rows };
    }

    it("gives a 按月收取 month with refunds, a transfer, withdrawals and a 20-minute day to the fen", async () => {
      const { summary, rows } = await chargeInPage(
        "按月",
        await gridsToXlsx(monthlyRefundMonth()),
        "2021-09"
      );
      expect(summary).toContain("应缴 ¥704.00");
      expect(rows).toEqual({
        R1: ["176.00", "88.00", "88.00"],
        A1: ["176.00", "176.00", "0.00"],
        T1: ["88.00", "0.00", "88.00"],
        W1: ["176.00", "88.00", "88.00"],
        W2: ["176.00", "88.00", "88.00"],
        N1: ["176.00", "0.00", "176.00"],
        F1: ["176.00", "0.00", "176.00"],
      });
    });

    it("charges a pilot month from its late fee notice on", async () => {
      const { summary, rows } = await chargeInPage(
        "公示在后",
        await gridsToXlsx(lateNoticeSchool("据实收取", "2021-05-12")),
        "2021-05"
      );
      expect(summary).toContain("应缴 ¥120.00");
      expect(rows.P1.at(-1)).toBe("112.00");
      expect(rows.P2.at(-1)).toBe("8.00");
    });
  }
);
