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

/** The pane's narrowest drawing width (320 px less its padding), for laying out legends. */
const NARROW = 296;
/** Legend names longer than this are cut (the hover and the table show them whole). */
const LEGEND_CHARS = 6;

/** The legend's names as drawn: school names without the start they share, cut short. */
function legendNames(spec: ChartSpec): Map<string, string> {
  const names = spec.series.map((s) => s.name);
  const shared = sharedStart(names);
  return new Map(names.map((n) => [n, shortLabel(n, LEGEND_CHARS, shared)]));
}

/**
 * How many lines the legend takes at 320 px: each entry a 12 px mark, 5 px, its name at
 * about 11 px a character, and 10 px between entries (six schools take two lines).
 */
export function legendLines(spec: ChartSpec): number {
  if (spec.series.length < 2) return 0;
  let lines = 1;
  let used = 0;
  for (const name of legendNames(spec).values()) {
    const width = 12 + 5 + name.length * 11 + 10;
    if (used > 0 && used + width > NARROW) (lines++, (used = 0));
    used += width;
  }
  return lines;
}

/** The chart's height in the pane: a bar row of 18 px per category, or a fixed line chart. */
export function chartHeight(spec: ChartSpec): number {
  const legend = legendLines(spec);
  if (spec.kind === "line" || !spec.horizontal) return 220 + Math.max(0, legend - 1) * 20;
  return Math.max(
    140,
    40 + (legend > 0 ? 24 + (legend - 1) * 20 : 0) + spec.categories.values.length * 18
  );
}

/** Whether a chart's categories are months (2021-03): a trend across a run's months. */
const isMonths = (values: readonly string[]) =>
  values.length > 0 && values.every((v) => /^\d{4}-\d{2}$/.test(v));

/**
 * A month as its axis label: 3月, with the year where a run crosses into a new one (22年1月).
 * @example monthLabel("2022-01", "2021-11") //=> "22年1月"
 */
export function monthLabel(month: string, first: string): string {
  const m = `${Number(month.slice(5))}月`;
  return month.slice(0, 4) !== first.slice(0, 4) && month.endsWith("-01")
    ? `${month.slice(2, 4)}年${m}`
    : m;
}

/**
 * A money axis standing up (a trend's): ¥ with 万 for tens of thousands, so its labels leave
 * the 320 px pane room for the bars and lines.
 * @example moneyTick(1250000) //=> "¥125万"
 */
export function moneyTick(v: number): string {
  return Math.abs(v) >= 10_000
    ? `¥${(v / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 1 })}万`
    : `¥${v.toLocaleString("zh-CN")}`;
}

/**
 * The ECharts option (https://echarts.apache.org/en/option.html) drawing a chart spec in the
 * pane, the same figures as the workbook's chart: bars across for schools and classes
 * (largest first at the top), the full name and every figure on hover, no animation.
 */
export function chartOption(spec: ChartSpec): Record<string, unknown> {
  const across = spec.horizontal && spec.kind !== "line";
  const lines = legendLines(spec);
  const legend = lines > 0;
  const names = legendNames(spec);
  const shared = sharedStart(spec.categories.values);
  const months = isMonths(spec.categories.values);
  const categoryAxis = {
    type: "category",
    data: spec.categories.values,
    inverse: across,
    axisTick: { show: false },
    axisLabel: {
      fontSize: 11,
      interval: 0,
      hideOverlap: !across,
      formatter: (label: string) =>
        months
          ? monthLabel(label, spec.categories.values[0])
          : shortLabel(label, across ? 7 : 6, shared),
    },
  };
  const valueAxis = {
    type: "value",
    splitNumber: 3,
    axisLabel: {
      fontSize: 10,
      formatter: (v: number) =>
        spec.money ? (across ? `¥${v.toLocaleString("zh-CN")}` : moneyTick(v)) : String(v),
    },
  };
  return {
    animation: false,
    color: spec.series.map((s, i) => `#${s.color ?? CHART_PALETTE[i % CHART_PALETTE.length]}`),
    textStyle: { fontFamily: "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif" },
    grid: {
      left: 4,
      right: 12,
      top: legend ? 8 + lines * 20 : 8,
      bottom: 4,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: legend
      ? {
          top: 0,
          left: 0,
          itemWidth: 12,
          itemHeight: 10,
          itemGap: 10,
          textStyle: { fontSize: 11 },
          formatter: (name: string) => names.get(name) ?? name,
        }
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
