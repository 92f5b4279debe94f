/**
 * Charts of the strict Office fake: Worksheet.charts.add (ExcelApi 1.1) with a source range,
 * and series bound to ranges with ChartSeries.setValues / setXAxisValues (ExcelApi 1.7):
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 * and https://learn.microsoft.com/javascript/api/excel/excel.chartseries
 */
import type { Batch } from "./office-fake-range";
import type { FakeRange } from "./office-fake-range";

export interface ChartData {
  type: string;
  title: string;
  position?: { start: string; end: string };
  categoryTitle: string;
  valueTitle: string;
  valueFormat?: string;
  series: { name: string; values?: string; xValues?: string; color?: string }[];
}

/** "Sheet!A1:B2" of a range, its sheet as named. */
const refOf = (r: FakeRange) => `${r.sheetName}!${r.a1}`;

function title(batch: Batch, set: (t: string) => void) {
  return {
    set text(t: string) {
      batch.act(t.length * 3, () => set(t));
    },
  };
}

export class FakeCharts {
  constructor(
    private readonly batch: Batch,
    private readonly charts: ChartData[]
  ) {}
  add(type: string, source: FakeRange, seriesBy: string) {
    const data: ChartData = { type, title: "", categoryTitle: "", valueTitle: "", series: [] };
    this.batch.act(60, () => {
      if (seriesBy !== "Columns" && seriesBy !== "Rows" && seriesBy !== "Auto")
        return this.batch.fail("InvalidArgument", `seriesBy ${seriesBy}`);
      data.series.push({ name: "", values: refOf(source) });
      this.charts.push(data);
    });
    const batch = this.batch;
    const seriesOf = (s: ChartData["series"][number]) => ({
      set name(n: string) {
        batch.act(n.length * 3, () => (s.name = n));
      },
      setValues: (r: FakeRange) => batch.act(40, () => (s.values = refOf(r))),
      setXAxisValues: (r: FakeRange) => batch.act(40, () => (s.xValues = refOf(r))),
      format: {
        fill: { setSolidColor: (c: string) => batch.act(20, () => (s.color = c)) },
      },
    });
    return {
      title: title(batch, (t) => (data.title = t)),
      setPosition: (start: string, end: string) =>
        batch.act(30, () => (data.position = { start, end })),
      axes: {
        categoryAxis: { title: title(batch, (t) => (data.categoryTitle = t)) },
        valueAxis: {
          title: title(batch, (t) => (data.valueTitle = t)),
          set numberFormat(f: string) {
            batch.act(20, () => (data.valueFormat = f));
          },
        },
      },
      series: {
        getItemAt: (i: number) => {
          const placeholder = { name: "" };
          batch.act(20, () => {
            if (!data.series[i]) batch.fail("ItemNotFound", `series ${i}`);
          });
          return seriesOf(data.series[i] ?? placeholder);
        },
        add: (name: string) => {
          const s = { name };
          batch.act(20, () => data.series.push(s));
          return seriesOf(s);
        },
      },
    };
  }
}
