import type { ChartSpec } from "../../src/jobs/chart-plan";
import { breachChart } from "../../src/jobs/breaches/breach-charts";
import {
  chartHeight,
  chartOption,
  figureText,
  legendLines,
  monthLabel,
  moneyTick,
  sharedStart,
  shortLabel,
} from "../../src/taskpane/charts/chart-option";
import { finding } from "../../src/findings/finding";

const schools: ChartSpec = {
  kind: "stacked",
  horizontal: true,
  title: "各校收费",
  categoryTitle: "学校",
  valueTitle: "金额（元）",
  money: true,
  categories: { values: Array.from({ length: 50 }, (_, i) => `绥芬河市第${i + 1}中学校`) },
  series: [
    { name: "应缴金额", values: Array.from({ length: 50 }, (_, i) => 5000 - i * 10) },
    { name: "减免金额", values: Array.from({ length: 50 }, () => 120.5) },
  ],
  at: { col: 0, row: 0, cols: 10, rows: 30 },
};

type Axis = {
  type: string;
  inverse?: boolean;
  data?: string[];
  axisLabel: { formatter: (v: never) => string };
};

describe("the pane's chart options", () => {
  it("lays schools across, largest first at the top, stacked, with ¥ on the value axis", () => {
    const option = chartOption(schools) as {
      xAxis: Axis;
      yAxis: Axis;
      series: { type: string; stack?: string; data: number[] }[];
      tooltip: { valueFormatter: (v: number) => string };
      animation: boolean;
    };
    expect(option.yAxis.type).toBe("category");
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data?.[0]).toBe("绥芬河市第1中学校");
    expect(option.series.map((s) => s.stack)).toEqual(["total", "total"]);
    expect((option.xAxis.axisLabel.formatter as (v: number) => string)(5000)).toBe("¥5,000");
    expect(option.tooltip.valueFormatter(120.5)).toBe("¥120.50");
    expect(option.animation).toBe(false);
  });

  it("cuts long names on the axis (the hover shows them whole) so 320 px keeps room for bars", () => {
    expect(shortLabel("绥芬河市第一中学校", 7)).toBe("绥芬河…中学校");
    expect(shortLabel("绥芬河市第一中学校", 7, "绥芬河市")).toBe("第一中学校");
    expect(shortLabel("第一学校", 7)).toBe("第一学校");
    expect(sharedStart(["绥芬河市第一中学", "绥芬河市第二小学"])).toBe("绥芬河市第");
    expect(sharedStart(["一年级1班"])).toBe("");
  });

  it("gives every school a row of 18 px, and a line a fixed height", () => {
    expect(chartHeight(schools)).toBe(40 + 24 + 50 * 18);
    expect(chartHeight({ ...schools, kind: "line", horizontal: false })).toBe(220);
  });

  it("shows counts without ¥ and money with two decimals", () => {
    expect(figureText(1234, false)).toBe("1,234");
    expect(figureText(1234.5, true)).toBe("¥1,234.50");
  });
});

describe("the pane's trend charts (several months)", () => {
  const months = ["2021-11", "2021-12", "2022-01", "2022-02"];
  const lines: ChartSpec = {
    kind: "line",
    horizontal: false,
    title: "应缴最多的 6 所学校：每月应缴（元）",
    categoryTitle: "月份",
    valueTitle: "应缴（元）",
    money: true,
    categories: { values: months },
    series: Array.from({ length: 6 }, (_, i) => ({
      name: `绥芬河市第${i + 1}实验中学校`,
      values: months.map((_, k) => 120_000 + i * 1000 + k * 500),
    })),
    at: { col: 0, row: 0, cols: 10, rows: 30 },
  };

  it("labels months short, with the year where the run crosses into a new one", () => {
    expect(monthLabel("2021-12", "2021-11")).toBe("12月");
    expect(monthLabel("2022-01", "2021-11")).toBe("22年1月");
    expect(monthLabel("2022-01", "2022-01")).toBe("1月");
    const option = chartOption(lines) as { xAxis: Axis; yAxis: Axis };
    expect(option.xAxis.data).toEqual(months); // the hover says the month whole
    const label = option.xAxis.axisLabel.formatter as (v: string) => string;
    expect(months.map(label)).toEqual(["11月", "12月", "22年1月", "2月"]);
  });

  it("puts ¥ with 万 on a standing money axis, so 320 px keeps room for the lines", () => {
    expect(moneyTick(1_250_000)).toBe("¥125万");
    expect(moneyTick(15_000)).toBe("¥1.5万");
    expect(moneyTick(800)).toBe("¥800");
    const option = chartOption(lines) as { yAxis: Axis };
    expect((option.yAxis.axisLabel.formatter as (v: number) => string)(120_000)).toBe("¥12万");
  });

  it("gives six schools' legend its lines at 320 px, names cut, and the drawing room under it", () => {
    expect(legendLines(lines)).toBe(2);
    expect(chartHeight(lines)).toBe(240);
    const option = chartOption(lines) as {
      grid: { top: number };
      legend: { formatter: (n: string) => string };
    };
    expect(option.grid.top).toBe(48);
    expect(option.legend.formatter("绥芬河市第1实验中学校")).toBe("1实验中学校");
    expect(legendLines({ ...lines, series: lines.series.slice(0, 1) })).toBe(0);
  });
});

describe("breachChart", () => {
  it("counts errors and warnings by kind of rule, most first, and nothing when there is nothing", () => {
    expect(breachChart([])).toBeUndefined();
    const at = { sheet: "考勤", cell: "C5" };
    const chart = breachChart([
      finding("TIME_END_TOO_LATE", at, {
        date: "5/6",
        stage: "小学",
        allowed: "18:00",
        end: "19:00",
      }),
      finding("TIME_END_TOO_LATE", at, {
        date: "5/7",
        stage: "小学",
        allowed: "18:00",
        end: "19:00",
      }),
      finding("SIGNOUT_PAST_WINDOW", at, { end: "19:00", latest: "18:00", stage: "小学" }),
    ])!;
    expect(chart.categories.values).toEqual(["服务时间", "收费计算"]);
    expect(chart.series.map((s) => s.values)).toEqual([
      [2, 0],
      [0, 1],
    ]);
  });
});
