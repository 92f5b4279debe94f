import type { ChartSheetPlan } from "../../jobs/chart-plan";
import { addCharts } from "./add-charts";

/**
 * A workbook's bytes with the planned charts grafted in, plan by plan. A plan that cannot be
 * drawn (its sheet missing, or already holding a drawing) is left out and told to `skipped`:
 * the charts are never worth losing the workbook for.
 */
export function chartedBytes(
  bytes: Uint8Array,
  plans: readonly (ChartSheetPlan | undefined)[],
  skipped: (plan: ChartSheetPlan, error: Error) => void = () => undefined
): Uint8Array {
  let out = bytes;
  for (const plan of plans) {
    if (!plan || plan.charts.length === 0) continue;
    try {
      out = addCharts(out, plan);
    } catch (e) {
      skipped(plan, e as Error);
    }
  }
  return out;
}
