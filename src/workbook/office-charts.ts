/* global Excel */
import type { ChartSheetPlan, ChartSpec } from "../jobs/chart-plan";
import { a1 } from "../sheets/a1";
import { CHART_SHEET_PAGE } from "../jobs/sheet-layout";
import { hasPageLayout, officeCell, setColumnWidths } from "./office-layout";

/** Excel.ChartType of a chart Kehou draws: https://learn.microsoft.com/javascript/api/excel/excel.charttype */
function chartType(spec: ChartSpec): Excel.ChartType {
  if (spec.kind === "line") return "Line" as Excel.ChartType;
  const stacked = spec.kind === "stacked" ? "Stacked" : "Clustered";
  return `${spec.horizontal ? "Bar" : "Column"}${stacked}` as Excel.ChartType;
}

/** "'图表'!$B$5:$B$20" as its sheet (renamed when Kehou wrote it under another name) and address. */
function splitRef(ref: string, renamed: ReadonlyMap<string, string>) {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return undefined;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  return { sheet: renamed.get(sheet) ?? sheet, address: m[3].replace(/\$/g, "") };
}

/**
 * Draws a plan's native charts with Office.js (ExcelApi 1.1 charts.add, series bound with
 * ExcelApi 1.7's setValues/setXAxisValues, the value axis' number format 1.8), bound to the same cells as the .xlsx charts; a
 * plan with its own cells first gets its sheet (the 图表 sheet and its helper ranges).
 * Queued in the writing request. A series with no cells to bind is left out: Excel charts
 * show cells, and the pane shows the figures.
 */
export function drawOfficeCharts(
  worksheets: Excel.WorksheetCollection,
  plan: ChartSheetPlan,
  sheet: Excel.Worksheet,
  renamed: ReadonlyMap<string, string>
): void {
  if (plan.cells) {
    const width = Math.max(1, ...plan.cells.map((r) => r.length));
    const rows = plan.cells.map((r) =>
      Array.from({ length: width }, (_, c) => officeCell(r[c] ?? null))
    );
    if (rows.length > 0) sheet.getRangeByIndexes(0, 0, rows.length, width).formulas = rows as never;
    sheet.getRange("A1").format.font.bold = true;
    setColumnWidths(sheet, plan.columnWidths ?? []);
    if (hasPageLayout()) {
      const setup = sheet.pageLayout;
      setup.orientation = CHART_SHEET_PAGE.orientation === "landscape" ? "Landscape" : "Portrait";
      setup.paperSize = "A4";
      setup.zoom = { scale: CHART_SHEET_PAGE.scale };
      for (const row of plan.pageBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
    }
  }
  const range = (ref: string | undefined) => {
    const at = ref ? splitRef(ref, renamed) : undefined;
    return at ? worksheets.getItem(at.sheet).getRange(at.address) : undefined;
  };
  for (const spec of plan.charts) {
    const bound = spec.series.flatMap((s) => {
      const values = range(s.ref);
      return values ? [{ s, values }] : [];
    });
    if (bound.length === 0) continue;
    const chart = sheet.charts.add(chartType(spec), bound[0].values, "Columns" as never);
    chart.title.text = spec.title;
    const { col, row, cols, rows } = spec.at;
    chart.setPosition(a1(row, col), a1(row + rows - 1, col + cols - 1));
    chart.axes.categoryAxis.title.text = spec.categoryTitle;
    chart.axes.valueAxis.title.text = spec.valueTitle;
    if (spec.money) chart.axes.valueAxis.numberFormat = '"¥"#,##0';
    const categories = range(spec.categories.ref);
    bound.forEach(({ s, values }, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      if (i > 0) series.setValues(values);
      if (categories) series.setXAxisValues(categories);
      if (s.color) series.format.fill.setSolidColor(`#${s.color}`);
    });
  }
}
