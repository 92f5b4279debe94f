/* global document, HTMLElement, ResizeObserver */
import type { ChartSpec } from "../../jobs/chart-plan";
import { chartHeight, chartOption, figureText } from "./chart-option";

/**
 * ECharts' core with only the parts drawn: bars, lines, the grid, hover and legend, as SVG
 * (crisp at any zoom). ECharts ships ES modules; imported here, in the lazy "charts" chunk.
 */
async function loadECharts() {
  const [core, charts, components, renderers] = await Promise.all([
    // webpackExports keeps each module to what is named, as static imports would.
    import(/* webpackChunkName: "charts", webpackExports: ["use", "init"] */ "echarts/core"),
    import(
      /* webpackChunkName: "charts", webpackExports: ["BarChart", "LineChart"] */ "echarts/charts"
    ),
    import(
      /* webpackChunkName: "charts", webpackExports: ["GridComponent", "TooltipComponent", "LegendComponent"] */ "echarts/components"
    ),
    import(/* webpackChunkName: "charts", webpackExports: ["SVGRenderer"] */ "echarts/renderers"),
  ]);
  core.use([
    charts.BarChart,
    charts.LineChart,
    components.GridComponent,
    components.TooltipComponent,
    components.LegendComponent,
    renderers.SVGRenderer,
  ]);
  return core;
}

let shown: { dispose(): void; resize(): void }[] = [];
let observer: ResizeObserver | undefined;

/** The figures of a chart as a table, for screen readers (the drawing itself is hidden from them). */
function figuresTable(spec: ChartSpec): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "visually-hidden";
  table.createCaption().textContent = spec.title;
  const head = table.createTHead().insertRow();
  for (const text of [spec.categoryTitle, ...spec.series.map((s) => s.name)]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.appendChild(th);
  }
  const body = table.createTBody();
  spec.categories.values.forEach((category, i) => {
    const row = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = category;
    row.appendChild(th);
    for (const s of spec.series) {
      const v = s.values[i];
      // No figure (a month a school did not submit) is a dash, not a 0.
      row.insertCell().textContent =
        v === null || v === undefined ? "—" : figureText(v, spec.money);
    }
  });
  return table;
}

/**
 * Draws the charts in the pane (ECharts, loaded in its own chunk only when there is a chart to
 * show), replacing the ones drawn before: a heading, the drawing, and its figures as a table.
 */
export async function showCharts(
  container: HTMLElement,
  specs: readonly ChartSpec[]
): Promise<void> {
  const echarts = await loadECharts();
  shown.forEach((c) => c.dispose());
  observer?.disconnect();
  container.replaceChildren();
  shown = specs.map((spec) => {
    const figure = document.createElement("figure");
    figure.className = "chart";
    const title = document.createElement("h3");
    title.textContent = spec.title;
    const drawing = document.createElement("div");
    drawing.className = "chart-drawing";
    drawing.setAttribute("aria-hidden", "true");
    drawing.style.height = `${chartHeight(spec)}px`;
    figure.append(title, drawing, figuresTable(spec));
    container.appendChild(figure);
    const chart = echarts.init(drawing, undefined, { renderer: "svg" });
    chart.setOption(chartOption(spec));
    return chart;
  });
  container.hidden = specs.length === 0;
  if (typeof ResizeObserver !== "undefined") {
    observer = new ResizeObserver(() => shown.forEach((c) => c.resize()));
    observer.observe(container);
  }
}
