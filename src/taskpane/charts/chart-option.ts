import type { ChartSpec } from "../../jobs/chart-plan";
import { CHART_PALETTE } from "../../jobs/chart-plan";

/** A figure as the pane shows it on hover: ¥1,234.50 for money, 1,234 otherwise. */
export function figureText(value: number, money: boolean): string {
  const text = value.toLocaleString("zh-CN", {
    minimumFractionDigits: money ? 2 : 0,
    maximumFractionDigits: 2,
  });
  return money ? `¥${text}` : text;
}

/**
 * A label cut to `max` characters, so 320 px keeps room for the bars: first the start every
 * label shares (绥芬河市…), then the middle, since school names differ at their ends.
 * @example shortLabel("绥芬河市第一中学校", 7, "绥芬河市") //=> "第一中学校"
 */
export function shortLabel(label: string, max: number, shared = ""): string {
  const own = shared && label.length > shared.length ? label.slice(shared.length) : label;
  if (own.length <= max) return own;
  const head = Math.ceil((max - 1) / 2);
  return `${own.slice(0, head)}…${own.slice(own.length - (max - 1 - head))}`;
}

/** The start every label shares, when there are several (绥芬河市第). */
export function sharedStart(labels: readonly string[]): string {
  if (labels.length < 2) return "";
  let n = 0;
  while (n < labels[0].length && labels.every((l) => l[n] === labels[0][n])) n++;
  return labels[0].slice(0, n);
}

/** The chart's height in the pane: a bar row of 18 px per category, or a fixed line chart. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === "line" || !spec.horizontal) return 220;
  const legend = spec.series.length > 1 ? 24 : 0;
  return Math.max(140, 40 + legend + spec.categories.values.length * 18);
}

/**
 * The ECharts option (https://echarts.apache.org/en/option.html) drawing a chart spec in the
 * pane, the same figures as the workbook's chart: bars across for schools and classes
 * (largest first at the top), the full name and every figure on hover, no animation.
 */
export function chartOption(spec: ChartSpec): Record<string, unknown> {
  const across = spec.horizontal && spec.kind !== "line";
  const legend = spec.series.length > 1;
  const shared = sharedStart(spec.categories.values);
  const categoryAxis = {
    type: "category",
    data: spec.categories.values,
    inverse: across,
    axisTick: { show: false },
    axisLabel: {
      fontSize: 11,
      interval: 0,
      hideOverlap: !across,
      formatter: (label: string) => shortLabel(label, across ? 7 : 6, shared),
    },
  };
  const valueAxis = {
    type: "value",
    splitNumber: 3,
    axisLabel: {
      fontSize: 10,
      formatter: (v: number) => (spec.money ? `¥${v.toLocaleString("zh-CN")}` : String(v)),
    },
  };
  return {
    animation: false,
    color: spec.series.map((s, i) => `#${s.color ?? CHART_PALETTE[i % CHART_PALETTE.length]}`),
    textStyle: { fontFamily: "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif" },
    grid: {
      left: 4,
      right: 12,
      top: legend ? 28 : 8,
      bottom: 4,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: legend
      ? { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } }
      : undefined,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: across ? "shadow" : "line" },
      confine: true,
      valueFormatter: (v: number) => figureText(Number(v), spec.money),
    },
    xAxis: across ? valueAxis : categoryAxis,
    yAxis: across ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind === "line" ? "line" : "bar",
      stack: spec.kind === "stacked" ? "total" : undefined,
      barMaxWidth: 14,
      symbolSize: 5,
      data: s.values,
    })),
  };
}
