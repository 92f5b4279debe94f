import type { ChartSeries, ChartSheetPlan, ChartSpec } from "../chart-plan";
import { cellRef, columnOf, columnRange, dataRow, shownNumber, shownText } from "../chart-ranges";
import { OWNED_MARK, type OutputCell, type OutputSheet } from "../output-sheet";

/** The city workbook's chart sheet. */
export const CITY_CHART_SHEET = "图表";

/**
 * Rows of one A4 landscape page at 15 pt a row (18.5 cm inside 0.5 in margins), the sheet's
 * title row included: a page more and LibreOffice breaks it itself, printing a near-blank page.
 */
export const PAGE_ROWS = 34;
/**
 * Columns a chart spans: A (22 characters) and nine of 10, about 25 cm in LibreOffice (its
 * characters are wider than Excel's), inside A4 landscape's 27.7 cm: a wider chart has its
 * last column printed on a page of its own.
 */
export const CHART_COLS = 10;
export const CHART_WIDTHS = [22, ...Array<number>(CHART_COLS - 1).fill(10)];

/** The charts' places: chart k on page k, under the title row, a page less two rows high. */
export const chartAt = (k: number) => ({
  col: 0,
  row: 1 + k * PAGE_ROWS,
  cols: CHART_COLS,
  rows: PAGE_ROWS - 2,
});

/** The page breaks before pages 1…n-1 (0-based rows), the title row on page 0. */
export const chartPageBreaks = (n: number) =>
  Array.from({ length: n - 1 }, (_, k) => (k + 1) * PAGE_ROWS);

interface CityChart {
  readonly title: string;
  readonly valueTitle: string;
  readonly money: boolean;
  readonly kind: "bar" | "stacked";
  /** The 汇总 columns drawn, by header, and an optional colour each. */
  readonly series: readonly { header: string; name?: string; color?: string }[];
  /** Hidden when every figure is zero (退费 in a month with no refunds). */
  readonly optional?: readonly string[];
}

/** What the bureau looks at first. */
const CITY_CHARTS: readonly CityChart[] = [
  {
    title: "各校收费：应缴、减免、退费（元）",
    valueTitle: "金额（元）",
    money: true,
    kind: "stacked",
    series: [{ header: "应缴金额" }, { header: "减免金额" }, { header: "退费金额" }],
    optional: ["退费金额"],
  },
  {
    title: "各校政府分担（元）",
    valueTitle: "政府分担（元）",
    money: true,
    kind: "bar",
    series: [{ header: "政府分担", color: "009E73" }],
  },
  {
    title: "各校服务学生（人）",
    valueTitle: "人数",
    money: false,
    kind: "bar",
    series: [{ header: "服务学生", color: "0072B2" }],
  },
  {
    title: "各校重点群体学生：留守儿童、随迁子女、困难家庭（人）",
    valueTitle: "人数",
    money: false,
    kind: "bar",
    series: [{ header: "留守儿童" }, { header: "随迁子女" }, { header: "困难家庭" }],
  },
  {
    title: "各校问题：错误与警告（条）",
    valueTitle: "条数",
    money: false,
    kind: "stacked",
    series: [
      { header: "错误", color: "C00000" },
      { header: "警告", color: "E69F00" },
    ],
  },
];

/**
 * The 图表 sheet of the city workbook: one chart per A4 landscape page, then for each chart a
 * helper range, its schools sorted by size (largest first), each cell a formula to the 汇总
 * row it shows, so the charts stay bound to the live figures. In a multi-month run the
 * charts show the 汇总 rows of `month` only (the latest). Undefined without schools.
 */
export function cityChartPlan(
  sheets: readonly OutputSheet[],
  month = "",
  onlyMonth?: string
): ChartSheetPlan | undefined {
  const summary = sheets.find((s) => s.name === "汇总");
  if (!summary) return undefined;
  const monthCol = columnOf(summary, "月份");
  const shown = [...summary.rows.keys()].filter(
    (i) => onlyMonth === undefined || shownText(summary.rows[i][monthCol]) === onlyMonth
  );
  const n = shown.length;
  if (n === 0) return undefined;
  const schoolCol = columnOf(summary, "学校");
  const cells: OutputCell[][] = [[`全市课后服务图表 ${month}`.trim() + OWNED_MARK]];
  const charts: ChartSpec[] = [];
  const put = (row: number, values: OutputCell[]) => (cells[row] = values);
  let block = 1 + CITY_CHARTS.length * PAGE_ROWS;
  for (const chart of CITY_CHARTS) {
    const columns = chart.series
      .map((s) => ({ ...s, col: columnOf(summary, s.header) }))
      .filter(
        (s) =>
          !chart.optional?.includes(s.header) ||
          shown.some((i) => shownNumber(summary.rows[i][s.col]) !== 0)
      );
    const size = (i: number) =>
      columns.reduce((t, s) => t + shownNumber(summary.rows[i][s.col]), 0);
    const order = [...shown].sort((a, b) => size(b) - size(a) || a - b);
    put(block, [chart.title]);
    put(block + 1, ["学校", ...columns.map((s) => s.header)]);
    const first = block + 2;
    order.forEach((i, k) => {
      const row = summary.rows[i];
      put(first + k, [
        {
          formula: cellRef(summary.name, dataRow(i), schoolCol),
          result: shownText(row[schoolCol]),
        },
        ...columns.map((s) => ({
          formula: cellRef(summary.name, dataRow(i), s.col),
          result: shownNumber(row[s.col]),
        })),
      ]);
    });
    const last = first + n - 1;
    const series: ChartSeries[] = columns.map((s, j) => ({
      name: s.name ?? s.header,
      ref: columnRange(CITY_CHART_SHEET, j + 1, first, last),
      values: order.map((i) => shownNumber(summary.rows[i][s.col])),
      color: s.color,
    }));
    charts.push({
      kind: chart.kind,
      horizontal: true,
      title: `${chart.title} ${month}`.trim(),
      categoryTitle: "学校",
      valueTitle: chart.valueTitle,
      money: chart.money,
      categories: {
        ref: columnRange(CITY_CHART_SHEET, 0, first, last),
        values: order.map((i) => shownText(summary.rows[i][schoolCol])),
      },
      series,
      at: chartAt(charts.length),
    });
    block = last + 3;
  }
  // The helper ranges start a page of their own after the charts.
  const pageBreaks = chartPageBreaks(CITY_CHARTS.length + 1);
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { sheet: CITY_CHART_SHEET, charts, cells, pageBreaks, columnWidths: CHART_WIDTHS };
}
