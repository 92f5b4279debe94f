import type { ChartSheetPlan, ChartSpec } from "../chart-plan";
import type { OutputSheet } from "../output-sheet";
import { cityChartPlan } from "./city-charts";
import type { CityResult } from "./job";
import { trendChartPlan } from "./trend-charts";

/**
 * The city workbook's chart sheets: 图表 (the month's per-school pictures; in a multi-month
 * run, the latest month's), and in a multi-month run 趋势图 after it.
 */
export function cityChartPlans(
  sheets: readonly OutputSheet[],
  result: Pick<CityResult, "month" | "months">
): (ChartSheetPlan | undefined)[] {
  if (!result.months) return [cityChartPlan(sheets, result.month)];
  return [cityChartPlan(sheets, result.month, result.month), trendChartPlan(sheets, result.months)];
}

/** The charts the pane draws for a city run: the trends first, when there are several months. */
export function paneCitySpecs(plans: readonly (ChartSheetPlan | undefined)[]): ChartSpec[] {
  const [month, trend] = plans;
  return [...(trend?.charts ?? []), ...(month?.charts ?? [])];
}
