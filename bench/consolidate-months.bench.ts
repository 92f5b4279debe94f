import { cityChartPlans } from "../src/jobs/consolidate/city-chart-plans";
import { cityResult, type Gathered } from "../src/jobs/consolidate/job";
import { cityJson } from "../src/jobs/consolidate/json";
import { schoolFigures } from "../src/jobs/consolidate/school-figures";
import { citySheets } from "../src/jobs/consolidate/sheets";
import { monthsBetween } from "../src/jobs/consolidate/run-months";
import { generateSchool } from "../test/support/generate-school";
import type { Benchmark } from "./harness";

const SCHOOLS = 50;
const MONTHS = monthsBetween("2022-09", "2023-08");
let months: Gathered[] = [];
let oneMonth: Gathered[] = [];

/** The city step after reading: the result, its sheets, chart plans and JSON. */
function city(gathered: readonly Gathered[]): number {
  const result = cityResult(gathered);
  const sheets = citySheets(result);
  cityChartPlans(sheets, result);
  return cityJson(result).schools.length;
}

/**
 * The city step of a twelve-month run of 50 schools (per-month counting and cross-checks,
 * 趋势, 趋势图, per-month JSON), against the same 600 files as one month of 600 schools.
 */
export const consolidateMonthsBenchmark: Benchmark = {
  name: "consolidate's city step, 50 schools × 12 months (pure, after reading)",
  goal: "≤ 1.5× the same files as one month",
  units: SCHOOLS * MONTHS.length,
  unitName: "file",
  rounds: 5,
  baselineName: "600 schools, one month",
  setup: async () => {
    months = MONTHS.flatMap((m) =>
      Array.from({ length: SCHOOLS }, (_, i) => {
        const f = schoolFigures(`${m}/${i}.xlsx`, generateSchool(30, i + 1, `学校${i + 1}`, m));
        return { file: f.file, figures: f };
      })
    );
    oneMonth = months.map((g, k) =>
      "figures" in g
        ? { file: g.file, figures: { ...g.figures, school: `学校${k}`, month: "2023-08" } }
        : g
    );
  },
  subject: () => city(months),
  baseline: () => city(oneMonth),
  teardown: () => {
    months = [];
    oneMonth = [];
  },
};
