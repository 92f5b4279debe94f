import type { ChartSeries, ChartSheetPlan, ChartSpec } from "../chart-plan";
import { CHART_PALETTE } from "../chart-plan";
import {
  afterRow,
  cellRef,
  columnOf,
  columnRange,
  dataRow,
  shownNumber,
  shownText,
} from "../chart-ranges";
import { OWNED_MARK, type OutputCell, type OutputSheet } from "../output-sheet";
import { CHART_WIDTHS, PAGE_ROWS, chartAt, chartPageBreaks } from "./city-charts";
import { TREND_FIGURES, TREND_SHEET, trendHeader } from "./trend-sheet";

/** The sheet of a multi-month run's trend charts. */
export const TREND_CHART_SHEET = "趋势图";

/** Schools drawn as lines: as many as the palette tells apart; the rest are in 趋势. */
export const TREND_LINES = CHART_PALETTE.length;

/** A helper block's series: a name, and the 趋势 cell it shows for each month. */
interface BlockSeries {
  readonly name: string;
  readonly color?: string;
  readonly cell: (month: string) => { row: number; col: number };
}

/**
 * 趋势图: on A4 landscape pages, the city's 应缴 and 政府分担 per month as
 * columns, then the schools with the most 应缴 and the most 政府分担 over the run as lines
 * (six, which colours tell apart; every school is in 趋势). Each chart is bound to a helper
 * range under the charts whose cells are formulas to the 趋势 cells they show. Undefined
 * without a 趋势 sheet (a single-month run) or schools.
 */
export function trendChartPlan(
  sheets: readonly OutputSheet[],
  months: readonly string[]
): ChartSheetPlan | undefined {
  const trend = sheets.find((s) => s.name === TREND_SHEET);
  if (!trend || trend.rows.length === 0 || months.length === 0) return undefined;
  const period = `${months[0]} 至 ${months[months.length - 1]}`;
  const totalRow = afterRow(trend, 1);
  const cellOf = (row: number, col: number) =>
    row === totalRow ? trend.after![1][col] : trend.rows[row - dataRow(0)][col];
  // A month a school did not submit is blank in 趋势: no figure, so a gap in its line, not a 0.
  const cached = (row: number, col: number): number | null => {
    const cell = cellOf(row, col);
    return cell === null || cell === undefined || cell === "" ? null : shownNumber(cell);
  };
  const cells: OutputCell[][] = [[`全市课后服务趋势图 ${period}`.trim() + OWNED_MARK]];
  const charts: ChartSpec[] = [];
  let block = 1 + 3 * PAGE_ROWS;

  const draw = (
    chart: Omit<ChartSpec, "categories" | "series" | "at" | "categoryTitle" | "money">,
    heading: string,
    series: readonly BlockSeries[]
  ) => {
    cells[block] = [heading];
    cells[block + 1] = ["月份", ...series.map((s) => s.name)];
    const first = block + 2;
    months.forEach((m, k) => {
      cells[first + k] = [
        m,
        ...series.map((s) => {
          const { row, col } = s.cell(m);
          const result = cached(row, col);
          return result === null ? null : { formula: cellRef(TREND_SHEET, row, col), result };
        }),
      ];
    });
    const last = first + months.length - 1;
    charts.push({
      ...chart,
      categoryTitle: "月份",
      money: true,
      categories: { ref: columnRange(TREND_CHART_SHEET, 0, first, last), values: [...months] },
      series: series.map((s, j): ChartSeries => ({
        name: s.name,
        ref: columnRange(TREND_CHART_SHEET, j + 1, first, last),
        values: months.map((m) => cached(s.cell(m).row, s.cell(m).col)),
        color: s.color,
      })),
      at: chartAt(charts.length),
    });
    block = last + 3;
  };

  const colours = ["0072B2", "009E73"];
  draw(
    {
      kind: "bar",
      horizontal: false,
      title: `全市每月应缴与政府分担（元） ${period}`,
      valueTitle: "金额（元）",
    },
    "全市每月合计",
    TREND_FIGURES.map((f, j) => ({
      name: f.header,
      color: colours[j],
      cell: (m) => ({ row: totalRow, col: columnOf(trend, trendHeader(f.header, m)) }),
    }))
  );
  const schoolCol = columnOf(trend, "学校");
  for (const f of TREND_FIGURES) {
    const sumCol = columnOf(trend, trendHeader(f.header));
    const top = [...trend.rows.keys()]
      .sort(
        (a, b) => shownNumber(trend.rows[b][sumCol]) - shownNumber(trend.rows[a][sumCol]) || a - b
      )
      .slice(0, TREND_LINES);
    const which =
      trend.rows.length > TREND_LINES ? `${f.header}最多的 ${TREND_LINES} 所学校` : "各校";
    draw(
      {
        kind: "line",
        horizontal: false,
        title: `${which}：每月${f.header}（元） ${period}`,
        valueTitle: `${f.header}（元）`,
      },
      `${which}（共 ${trend.rows.length} 所，每所学校每月的${f.header}见「${TREND_SHEET}」表）`,
      top.map((i) => ({
        name: shownText(trend.rows[i][schoolCol]),
        cell: (m) => ({ row: dataRow(i), col: columnOf(trend, trendHeader(f.header, m)) }),
      }))
    );
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  const pageBreaks = chartPageBreaks(charts.length + 1);
  return { sheet: TREND_CHART_SHEET, charts, cells, pageBreaks, columnWidths: CHART_WIDTHS };
}
