import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import { chargeJob } from "../../../src/jobs/charge/job";
import { chargeChartPlan } from "../../../src/jobs/charge/charge-charts";
import { consolidateJob } from "../../../src/jobs/consolidate/job";
import { cityChartPlan } from "../../../src/jobs/consolidate/city-charts";
import { cityChartPlans } from "../../../src/jobs/consolidate/city-chart-plans";
import { citySheets } from "../../../src/jobs/consolidate/sheets";
import { chartedBytes } from "../../support/written-bytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { generateSchool, gridsToXlsx } from "../../support/generate-school";
import { hasLibreOffice } from "../../support/libreoffice";
import { describeWhen } from "../../support/needs";
import {
  colouredShare,
  hasPoppler,
  pageWith,
  renderPage,
  xlsxToPdf,
} from "../../support/pdf-render";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-charts-"));
const artifacts = path.join(__dirname, "..", "..", "..", "test-artifacts");

/** The city workbook of `n` generated schools, with its 图表 sheet, as bytes. */
async function cityWorkbook(n: number): Promise<Uint8Array> {
  const sources = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const bytes = await gridsToXlsx(
        generateSchool(8 + ((i * 7) % 23), i + 1, `绥芬河市第${i + 1}学校`)
      );
      return {
        file: `school-${i + 1}.xlsx`,
        load: async () => (await XlsxWorkbook.fromBuffer(bytes)).readSheets(),
      };
    })
  );
  const result = await consolidateJob(sources);
  const sheets = citySheets(result);
  const city = XlsxWorkbook.empty();
  await city.writeSheets(sheets);
  return chartedBytes(await city.toBuffer(), [cityChartPlan(sheets, result.month)]);
}

/** The city workbook of `n` generated schools over three months, with 图表 and 趋势图. */
async function monthsWorkbook(n: number): Promise<Uint8Array> {
  const sources = ["2023-03", "2023-04", "2023-05"].flatMap((m) =>
    Array.from({ length: n }, (_, i) => ({
      file: `${m}/school-${i + 1}.xlsx`,
      load: async () => generateSchool(8 + ((i * 7) % 23), i + 1, `绥芬河市第${i + 1}学校`, m),
    }))
  );
  const result = await consolidateJob(sources);
  const sheets = citySheets(result);
  const city = XlsxWorkbook.empty();
  await city.writeSheets(sheets);
  return chartedBytes(await city.toBuffer(), cityChartPlans(sheets, result), (_p, e) => {
    throw e;
  });
}

/** Which part each sheet's drawing points at, by sheet name. */
function drawingsBySheet(bytes: Uint8Array): Record<string, string[]> {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts["xl/workbook.xml"]);
  const wbRels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  const out: Record<string, string[]> = {};
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(wbRels)![1];
    const sheet = `xl/${target}`;
    const rels = parts[sheet.replace(/([^/]+)$/, "_rels/$1.rels")];
    const xml = strFromU8(parts[sheet]);
    const id = /<drawing [^>]*r:id="([^"]+)"/.exec(xml)?.[1];
    if (!id || !rels) continue;
    const drawing = new RegExp(`Id="${id}"[^>]*Target="\\.\\./([^"]+)"`).exec(strFromU8(rels))![1];
    const dRels = strFromU8(parts[`xl/${drawing.replace(/([^/]+)$/, "_rels/$1.rels")}`]);
    out[m[1]] = [...dRels.matchAll(/Target="\.\.\/(charts\/chart\d+\.xml)"/g)].map(
      (c) => `xl/${c[1]}`
    );
    for (const chart of out[m[1]]) expect(parts[chart]).toBeDefined();
  }
  return out;
}

describe("the city workbook's 图表 sheet", () => {
  it("references five chart parts from the 图表 sheet, bound to its sorted helper ranges", async () => {
    const bytes = await cityWorkbook(6);
    const charts = drawingsBySheet(bytes);
    expect(Object.keys(charts)).toEqual(["图表"]);
    expect(charts["图表"]).toHaveLength(5);
    const first = strFromU8(unzipSync(bytes)[charts["图表"][0]]);
    expect(first).toContain("<c:f>'图表'!$B$");
    expect(first).toContain("&quot;¥&quot;#,##0");
    // exceljs still opens the file, and the 汇总 figures are intact
    const back = await XlsxWorkbook.fromBuffer(bytes);
    const names = (await back.readSheets()).map((g) => g.name);
    expect(names).toEqual(["汇总", "政府补助", "问题", "图表"]);
  });
});

describe("the city workbook of several months", () => {
  it("references the five month charts from 图表 and three trend charts from 趋势图, bound to it", async () => {
    const bytes = await monthsWorkbook(6);
    const charts = drawingsBySheet(bytes);
    expect(Object.keys(charts)).toEqual(["图表", "趋势图"]);
    expect(charts["趋势图"]).toHaveLength(3);
    const [columns, lines] = charts["趋势图"].map((c) => strFromU8(unzipSync(bytes)[c]));
    expect(columns).toContain('<c:barDir val="col"/>');
    expect(columns).toContain("<c:f>'趋势图'!$B$");
    expect(lines).toContain("<c:lineChart>");
    expect(lines).toContain("&quot;¥&quot;#,##0");
    const back = await XlsxWorkbook.fromBuffer(bytes);
    expect((await back.readSheets()).map((g) => g.name)).toEqual([
      "汇总",
      "趋势",
      "政府补助",
      "问题",
      "图表",
      "趋势图",
    ]);
  });
});

describeWhen(
  hasLibreOffice && hasPoppler,
  "LibreOffice (soffice) and poppler (pdftoppm)",
  "charts printed by LibreOffice",
  () => {
    jest.setTimeout(240_000);
    it("prints the trend charts of 50 schools over three months: their pages are coloured", async () => {
      const file = path.join(dir, "全市三个月.xlsx");
      writeFileSync(file, await monthsWorkbook(50));
      const pdf = xlsxToPdf(file);
      const page = pageWith(pdf, "全市课后服务趋势图");
      expect(page).toBeGreaterThan(0);
      mkdirSync(artifacts, { recursive: true });
      const columns = renderPage(pdf, page, path.join(artifacts, "city-trend-columns-page.png"));
      expect(columns.width).toBeGreaterThan(columns.height); // A4 landscape
      expect(colouredShare(columns, { x0: 0.2, y0: 0.15, x1: 0.9, y1: 0.9 })).toBeGreaterThan(0.03);
      // the next page: the six schools with the most 应缴, as lines
      const lines = renderPage(pdf, page + 1, path.join(artifacts, "city-trend-lines-page.png"));
      expect(colouredShare(lines, { x0: 0.1, y0: 0.1, x1: 0.9, y1: 0.9 })).toBeGreaterThan(0.003);
    });

    it("prints the city charts for 50 schools: the 图表 page is coloured where the chart sits", async () => {
      const file = path.join(dir, "全市.xlsx");
      writeFileSync(file, await cityWorkbook(50));
      const pdf = xlsxToPdf(file);
      const page = pageWith(pdf, "全市课后服务图表");
      expect(page).toBeGreaterThan(0);
      mkdirSync(artifacts, { recursive: true });
      const image = renderPage(pdf, page, path.join(artifacts, "city-charts-page.png"));
      expect(image.width).toBeGreaterThan(image.height); // A4 landscape
      expect(colouredShare(image, { x0: 0.2, y0: 0.15, x1: 0.9, y1: 0.9 })).toBeGreaterThan(0.05);
      // the next chart is on the next page: no page of one row between (the title row counts)
      const next = renderPage(pdf, page + 1);
      expect(colouredShare(next, { x0: 0.2, y0: 0.15, x1: 0.9, y1: 0.9 })).toBeGreaterThan(0.02);
    });
  }
);

/** A school's charge copy, as `kehou charge -o` writes it, with its charts. */
async function chargeCopy(): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.fromBuffer(
    await gridsToXlsx(generateSchool(120, 3, "绥芬河市第三学校"))
  );
  const result = await chargeJob(wb);
  return chartedBytes(await wb.toBuffer(), [chargeChartPlan(result, result.sheetNames[0])]);
}

describe("the charge sheet's charts", () => {
  it("draws per-class 应缴/减免 bound to the subtotal rows and the daily minutes line on the charge sheet", async () => {
    const bytes = await chargeCopy();
    const charts = drawingsBySheet(bytes);
    expect(Object.keys(charts)).toEqual(["收费表 2023-05"]);
    const [bars, line] = charts["收费表 2023-05"].map((c) => strFromU8(unzipSync(bytes)[c]));
    expect(bars).toMatch(/<c:f>'收费表 2023-05'!\$C\$\d+:\$C\$\d+<\/c:f>/);
    expect(line).toContain("<c:lineChart>");
    expect(line).not.toContain("Lit>");
    // the line is bound to the daily block below the total, whose cells hold its figures
    const cats = /<c:cat><c:strRef><c:f>'收费表 2023-05'!\$C\$(\d+):\$C\$(\d+)<\/c:f>/.exec(line)!;
    const vals = /<c:val><c:numRef><c:f>'收费表 2023-05'!\$H\$(\d+):\$H\$(\d+)<\/c:f>/.exec(line)!;
    expect([vals[1], vals[2]]).toEqual([cats[1], cats[2]]);
    const back = await XlsxWorkbook.fromBuffer(bytes);
    const sheet = (await back.readSheets()).find((g) => g.name === "收费表 2023-05")!;
    const rows = sheet.values.slice(Number(cats[1]) - 1, Number(cats[2]));
    const cached = (tag: string) =>
      [
        ...line
          .split(`<c:${tag}>`)[1]
          .split(`</c:${tag}>`)[0]
          .matchAll(/<c:v>([^<]*)<\/c:v>/g),
      ].map((m) => m[1]);
    expect(rows.map((r) => String(r[2]))).toEqual(cached("cat"));
    expect(rows.map((r) => String(r[7]))).toEqual(cached("val"));
    expect(rows.length).toBeGreaterThan(15);
  });
});

describeWhen(
  hasLibreOffice && hasPoppler,
  "LibreOffice (soffice) and poppler (pdftoppm)",
  "charge charts printed by LibreOffice",
  () => {
    jest.setTimeout(240_000);
    it("grafts charts into a workbook LibreOffice wrote, which LibreOffice then prints", async () => {
      const plain = path.join(dir, "lo-in.xlsx");
      const wb = await XlsxWorkbook.fromBuffer(
        await gridsToXlsx(generateSchool(40, 5, "绥芬河市第五学校"))
      );
      const result = await chargeJob(wb);
      writeFileSync(plain, await wb.toBuffer());
      // LibreOffice rewrites the package its own way (part names, prefixes, attribute order)
      const loDir = mkdtempSync(path.join(os.tmpdir(), "kehou-lo-xlsx-"));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${loDir}/profile`,
          "--headless",
          "--convert-to",
          "xlsx",
          "--outdir",
          loDir,
          plain,
        ],
        { stdio: "pipe", timeout: 180_000 }
      );
      const loBytes = readFileSync(path.join(loDir, "lo-in.xlsx"));
      const charted = chartedBytes(
        loBytes,
        [chargeChartPlan(result, result.sheetNames[0])],
        (_p, e) => {
          throw e;
        }
      );
      expect(drawingsBySheet(charted)["收费表 2023-05"]).toHaveLength(2);
      const file = path.join(dir, "lo-charted.xlsx");
      writeFileSync(file, charted);
      const pdf = xlsxToPdf(file);
      expect(pageWith(pdf, "各班应缴与减免")).toBeGreaterThan(0);
    });

    it("prints the charge sheet's charts: their page is coloured", async () => {
      const file = path.join(dir, "收费表.xlsx");
      writeFileSync(file, await chargeCopy());
      const pdf = xlsxToPdf(file);
      const first = pageWith(pdf, "各班应缴与减免");
      expect(first).toBeGreaterThan(0);
      // The charts start a page of their own below the table; LibreOffice's PDF text also
      // holds a chart's words on the page before it, where nothing of it is drawn.
      const full = { x0: 0, y0: 0, x1: 1, y1: 1 };
      const drawn = (p: number) => colouredShare(renderPage(pdf, p), full);
      const page = drawn(first + 1) > drawn(first) ? first + 1 : first;
      mkdirSync(artifacts, { recursive: true });
      const image = renderPage(pdf, page, path.join(artifacts, "charge-charts-page.png"));
      expect(colouredShare(image, { x0: 0, y0: 0, x1: 1, y1: 1 })).toBeGreaterThan(0.02);
    });
  }
);

describe("a charted copy charged again", () => {
  it("opens in exceljs, is charged again, and gets its charts again", async () => {
    const first = await chargeCopy();
    const wb = await XlsxWorkbook.fromBuffer(first);
    const result = await chargeJob(wb);
    expect(result.sheetNames[0]).toBe("收费表 2023-05");
    const again = chartedBytes(await wb.toBuffer(), [
      chargeChartPlan(result, result.sheetNames[0]),
    ]);
    expect(drawingsBySheet(again)["收费表 2023-05"]).toHaveLength(2);
  });
});
