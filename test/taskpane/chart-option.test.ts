import type { ChartSpec } from "../../src/jobs/chart-plan";
import { breachChart } from "../../src/jobs/breaches/breach-charts";
import {
  chartHeight,
  chartOption,
  figureText,
  sharedStart,
  shortLabel,
} from "../../src/taskpane/charts/chart-option";
import { finding } from "../../src/sheets/finding";

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
