import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeChartPlan } from "../../src/jobs/charge/charge-charts";
import { consolidateJob } from "../../src/jobs/consolidate/job";
import { citySheets } from "../../src/jobs/consolidate/sheets";
import { noticeJob } from "../../src/jobs/notices/job";
import { chartedBytes } from "../support/written-bytes";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { colouredShare, hasPoppler, renderPage, xlsxToPdf } from "../support/pdf-render";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-print-"));
const artifacts = path.join(__dirname, "..", "..", "test-artifacts");

/** Each page's text, words run together (pdftotext puts spaces between cells). */
function pagesOf(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .map((p) => p.replace(/\s+/g, ""));
}

/** Words of page 1 with their boxes (pdftotext -bbox), in points from the top-left. */
function wordsOf(pdf: string): { text: string; x: number; y: number }[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], {
    encoding: "utf8",
  });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] })
  );
}

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return xlsxToPdf(file);
}

const CHARGE_HEADERS = ["学号", "姓名", "班级", "服务分钟", "应收金额", "应缴金额", "学校分担"];

describeWhen(
  hasLibreOffice && hasPoppler,
  "LibreOffice (soffice) and poppler (pdftoppm)",
  "Kehou's sheets printed by LibreOffice",
  () => {
    jest.setTimeout(240_000);
    beforeAll(() => mkdirSync(artifacts, { recursive: true }));

    it("prints a 40-student charge sheet with every column and the header on each page, each chart on a page of its own", async () => {
      const wb = await XlsxWorkbook.fromBuffer(
        await gridsToXlsx(generateSchool(40, 3, "绥芬河市第一小学"))
      );
      const result = await chargeJob(wb);
      const pdf = await save(
        "收费.xlsx",
        await chartedBytes(await wb.toBuffer(), [chargeChartPlan(result, result.sheetNames[0])])
      );
      const pages = pagesOf(pdf);
      const first = pages.findIndex((p) => p.includes("课后服务收费表"));
      const last = pages.findIndex((p) => p.includes("收费问题清单")) - 1;
      expect(first).toBeGreaterThanOrEqual(0);
      const sheetPages = pages.slice(first, last + 1);
      // Landscape, one page wide: every column on every page, the header repeated.
      expect(sheetPages.length).toBeGreaterThanOrEqual(3);
      for (const page of sheetPages)
        for (const header of CHARGE_HEADERS) expect(page).toContain(header);
      // Each chart whole on a page of its own, LibreOffice's drawing as the reader sees it
      // (its PDF text holds a chart's words on the pages next to it too): exactly two pages
      // coloured by bars and lines, neither with colour in its bottom margin band, where a
      // chart running over the page edge would be cut.
      const images = sheetPages.map((_, i) => renderPage(pdf, first + 1 + i));
      const coloured = images
        .map((image, i) => ({ i, share: colouredShare(image, { x0: 0, y0: 0, x1: 1, y1: 1 }) }))
        .filter((p) => p.share > 0.003);
      expect(coloured.map((p) => p.i)).toEqual([sheetPages.length - 2, sheetPages.length - 1]);
      for (const image of images) {
        expect(image.width).toBeGreaterThan(image.height); // A4 landscape
        expect(colouredShare(image, { x0: 0, y0: 0.9, x1: 1, y1: 1 })).toBe(0);
      }
      // The students' pages carry no chart: the charts start pages of their own.
      expect(colouredShare(images[0], { x0: 0, y0: 0, x1: 1, y1: 1 })).toBe(0);
      renderPage(pdf, first + 1, path.join(artifacts, "charge-sheet-first-page.png"));
      renderPage(
        pdf,
        first + 1 + sheetPages.length - 2,
        path.join(artifacts, "charge-sheet-chart-page.png")
      );
    });

    it("prints the 汇总 of a 10-school city one page wide: all its columns and schools on one page", async () => {
      const sources = Array.from({ length: 10 }, (_, i) => ({
        file: `school-${i + 1}.xlsx`,
        load: async () => generateSchool(8 + i, i + 1, `绥芬河市第${i + 1}学校`),
      }));
      const result = await consolidateJob(sources);
      const city = XlsxWorkbook.empty();
      await city.writeSheets(citySheets(result));
      const pdf = await save("全市.xlsx", await city.toBuffer());
      const pages = pagesOf(pdf);
      const summary = pages.filter((p) => p.includes("全市课后服务汇总"));
      expect(summary).toHaveLength(1);
      for (const header of ["学校", "文件", "服务学生", "应缴金额", "学校分担", "错误", "警告"])
        expect(summary[0]).toContain(header);
      for (let i = 1; i <= 10; i++) expect(summary[0]).toContain(`绥芬河市第${i}学校`);
      // The next sheet starts a page of its own: 汇总 took exactly one.
      expect(pages[pages.indexOf(summary[0]) + 1]).toContain("政府分担");
      const image = renderPage(
        pdf,
        pages.indexOf(summary[0]) + 1,
        path.join(artifacts, "city-summary-page.png")
      );
      expect(image.width).toBeGreaterThan(image.height);
    });

    it("prints the 收费公示 with each label level with the first line of its text and the title inside the page", async () => {
      const wb = await XlsxWorkbook.fromBuffer(
        await gridsToXlsx(generateSchool(8, 2, "绥芬河市第二小学"))
      );
      // Only Kehou's sheet printed: the notice alone, as --pdf prints it.
      const only = XlsxWorkbook.empty();
      const { sheets } = await noticeJob(wb, { write: false });
      await only.writeSheets(sheets);
      const pdf = await save("公示.xlsx", await only.toBuffer());
      renderPage(pdf, 1, path.join(artifacts, "fee-notice-page.png"));
      const words = wordsOf(pdf);
      const at = (prefix: string) => {
        const w = words.find((x) => x.text.startsWith(prefix));
        if (!w) throw new Error(`no word ${prefix} on the page`);
        return w;
      };
      // 计费办法's text wraps over lines: the label sits level with its first line, not its last.
      for (const [label, text] of [
        ["计费办法", "按实际服务时间"],
        ["收费标准", "小学、初中"],
        ["退费办法", "因故退费"],
      ]) {
        const l = words.find((w) => w.text === label)!;
        const t = at(text);
        expect(t.x).toBeGreaterThan(l.x);
        expect(Math.abs(l.y - t.y)).toBeLessThan(2);
      }
      // The title is printed, above everything else, in larger type than the labels.
      const title = at("绥芬河市第二小学课后服务收费公示");
      expect(Math.min(...words.map((w) => w.y))).toBe(title.y);
    });
  }
);
