import type { ChartSheetPlan, ChartSpec } from "../chart-plan";
import { afterRow, columnOf, columnRange, shownNumber } from "../chart-ranges";
import { chargeChartRows } from "./chart-layout";
import type { ChargeResult } from "./compute";
import { chargeSheet, DAILY_LABEL_COL, DAILY_MINUTES_HEADER, dayLabel } from "./sheet";

/**
 * Charts drawn on the month's charge sheet, below its table, a printed page each: per class
 * 应缴 and 减免, bound to the class subtotal rows (SUMIFS), and the school's minutes on each
 * service day as a line, bound to the daily block below the total. Undefined when there is no
 * charge sheet.
 */
export function chargeChartPlan(
  result: ChargeResult,
  sheetName: string | undefined
): ChartSheetPlan | undefined {
  if (!sheetName || !result.month || result.lines.length === 0) return undefined;
  const sheet = chargeSheet(result);
  const classCol = columnOf(sheet, "班级");
  const payable = columnOf(sheet, "应缴金额");
  const waived = columnOf(sheet, "减免金额");
  // The subtotals follow one blank row after the students, one row per class.
  const first = afterRow(sheet, 1);
  const last = first + result.classes.length - 1;
  const classRows = sheet.after!.slice(1, 1 + result.classes.length);
  const [classAt, dailyAt] = chargeChartRows(result, sheet);
  const month = result.month;
  const charts: ChartSpec[] = [
    {
      kind: "bar",
      horizontal: true,
      title: `各班应缴与减免（元） ${month}`,
      categoryTitle: "班级",
      valueTitle: "金额（元）",
      money: true,
      categories: {
        ref: columnRange(sheetName, classCol, first, last),
        values: result.classes.map((c) => c.className || "（未分班）"),
      },
      series: [
        {
          name: "应缴金额",
          ref: columnRange(sheetName, payable, first, last),
          values: classRows.map((r) => shownNumber(r[payable])),
        },
        {
          name: "减免金额",
          ref: columnRange(sheetName, waived, first, last),
          values: classRows.map((r) => shownNumber(r[waived])),
        },
      ],
      at: { col: 0, row: classAt.row, cols: 10, rows: classAt.rows },
    },
  ];
  const daily = result.daily ?? [];
  // The daily block ends the rows after the table: its day rows are the last.
  const minutes = columnOf(sheet, DAILY_MINUTES_HEADER);
  const dailyLast = afterRow(sheet, sheet.after!.length - 1);
  const dailyFirst = dailyLast - daily.length + 1;
  if (daily.length > 0 && dailyAt)
    charts.push({
      kind: "line",
      horizontal: false,
      title: `每个服务日的服务分钟（全校合计） ${month}`,
      categoryTitle: "日期",
      valueTitle: "分钟",
      money: false,
      categories: {
        ref: columnRange(sheetName, DAILY_LABEL_COL, dailyFirst, dailyLast),
        values: daily.map((d) => dayLabel(d.date)),
      },
      series: [
        {
          name: "服务分钟",
          ref: columnRange(sheetName, minutes, dailyFirst, dailyLast),
          values: daily.map((d) => d.minutes),
          color: "0072B2",
        },
      ],
      at: { col: 0, row: dailyAt.row, cols: 10, rows: dailyAt.rows },
    });
  return { sheet: sheetName, charts };
}
