import type { ChartSheetPlan } from "../../jobs/chart-plan";
import type { NewPart } from "../package/sheet-parts";
import { chartPartXml } from "./chart-part";
import { drawingPartXml } from "./drawing-part";
import { CONTENT_TYPE, REL_TYPE } from "./xml";

/**
 * A plan's charts as the package writer's drawing part for one of Kehou's own sheets, with a
 * chart part per chart (rId1, rId2 … in the drawing's relationships): the sheet is written
 * once with its <drawing>, where grafting them onto the written copy (`addCharts`) inflates,
 * edits and deflates the whole sheet again.
 */
export function chartDrawingPart(plan: ChartSheetPlan): Omit<NewPart, "id" | "relType"> {
  const ids = plan.charts.map((_, i) => `rId${i + 1}`);
  return {
    name: (n) => `xl/drawings/drawing${n}.xml`,
    contentType: CONTENT_TYPE.drawing,
    data: drawingPartXml(plan.charts, ids),
    related: plan.charts.map((spec, i) => ({
      name: (n: number) => `xl/charts/chart${n}.xml`,
      contentType: CONTENT_TYPE.chart,
      relType: REL_TYPE.chart,
      id: ids[i],
      data: chartPartXml(spec),
    })),
  };
}
