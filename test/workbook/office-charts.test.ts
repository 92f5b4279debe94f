import { cityChartPlans } from "../../src/jobs/consolidate/city-chart-plans";
import { consolidateJob } from "../../src/jobs/consolidate/job";
import { citySheets } from "../../src/jobs/consolidate/sheets";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { generateSchool } from "../support/generate-school";
import { installOfficeHost, uninstallOfficeHost } from "../support/office-host-fake";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeChartPlan } from "../../src/jobs/charge/charge-charts";

async function city() {
  const result = await consolidateJob(
    ["一小", "二小", "三中"].map((name, i) => ({
      file: `${name}.xlsx`,
      load: async () => generateSchool(20, i + 1, name),
    }))
  );
  const sheets = citySheets(result);
  return { sheets, plans: cityChartPlans(sheets, result) };
}

describe("Office.js adapter, the city's native charts", () => {
  it("draws the 图表 sheet's charts bound to the same ranges as the .xlsx charts", async () => {
    const { sheets, plans } = await city();
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
    await wb.writeSheets(sheets);
    await wb.drawCharts(plans);
    const plan = plans.find((p) => p?.cells)!;
    const drawn = excel.sheet(plan.sheet).charts;
    expect(drawn).toHaveLength(plan.charts.length);
    drawn.forEach((chart, k) => {
      const spec = plan.charts[k];
      expect(chart.title).toBe(spec.title);
      expect(chart.type).toMatch(/^Bar(Clustered|Stacked)$/);
      expect(chart.series.map((s) => s.name)).toEqual(spec.series.map((s) => s.name));
      const bare = (ref?: string) => ref?.replace(/\$/g, "").replace(/^'([^']+)'!/, "$1!");
      expect(chart.series.map((s) => s.values)).toEqual(spec.series.map((s) => bare(s.ref)));
      for (const s of chart.series) expect(s.xValues).toBe(bare(spec.categories.ref));
    });
    // printed as the file prints it: A4 landscape at full size
    expect(excel.sheet(plan.sheet).pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 100 },
    });
    // the helper ranges the charts show are there, as formulas on the city's summary
    expect(
      excel.sheet(plan.sheet).cells.some((r) => r?.some((c) => c.formula?.includes("汇总")))
    ).toBe(true);
  });

  it("draws them under a free name beside a user's sheet named 图表, bound to that sheet", async () => {
    const { sheets, plans } = await city();
    const excel = new FakeExcel();
    excel.seed("图表", [["老师自己的图表"]]);
    const wb = new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
    await wb.writeSheets(sheets);
    await wb.drawCharts(plans);
    expect(excel.sheet("图表").charts).toHaveLength(0);
    const charts = excel.sheet("图表 (2)").charts;
    expect(charts.length).toBeGreaterThan(0);
    expect(charts[0].series[0].values).toMatch(/^图表 \(2\)!/);
  });

  it("draws the charge sheet's minutes-per-day line bound to the daily block under its total", async () => {
    const excel = new FakeExcel();
    for (const g of generateSchool(30, 2, "二小")) excel.seed(g.name, g.values as never);
    const wb = new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
    const result = await chargeJob(wb);
    const plan = chargeChartPlan(result, result.sheetNames[0])!;
    await wb.drawCharts([plan]);
    const sheet = excel.sheet(result.sheetNames[0]);
    const [, line] = sheet.charts;
    expect(line.type).toBe("Line");
    const m = /^收费表 [\d-]+!H(\d+):H(\d+)$/.exec(line.series[0].values!)!;
    expect(line.series[0].xValues).toBe(`${sheet.name}!C${m[1]}:C${m[2]}`);
    const minutes = [];
    for (let r = Number(m[1]) - 1; r < Number(m[2]); r++) minutes.push(sheet.peek(r, 7)?.value);
    expect(minutes).toEqual(result.daily!.map((d) => d.minutes));
  });

  it("draws none, and fails nothing, on a host without ExcelApi 1.8", async () => {
    const { sheets, plans } = await city();
    const excel = new FakeExcel();
    installOfficeHost(excel, "1.7");
    try {
      const wb = new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
      await wb.writeSheets(sheets);
      await wb.drawCharts(plans);
      expect(excel.sheets.flatMap((s) => s.charts)).toHaveLength(0);
    } finally {
      uninstallOfficeHost();
    }
  });
});
