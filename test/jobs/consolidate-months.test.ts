import { cityChartPlans, paneCitySpecs } from "../../src/jobs/consolidate/city-chart-plans";
import { cityResult, type Gathered } from "../../src/jobs/consolidate/job";
import { cityJson } from "../../src/jobs/consolidate/json";
import { MAX_RUN_MONTHS, periodText, runMonths } from "../../src/jobs/consolidate/run-months";
import { schoolFigures, type SchoolFigures } from "../../src/jobs/consolidate/school-figures";
import { citySheets } from "../../src/jobs/consolidate/sheets";
import { TREND_CHART_SHEET } from "../../src/jobs/consolidate/trend-charts";
import { isFormula, type OutputCell, type OutputSheet } from "../../src/jobs/output-sheet";
import { chartPartXml } from "../../src/workbook/charts/chart-part";
import { generateSchool } from "../support/generate-school";

const MONTHS = ["2023-03", "2023-04", "2023-05"];
const SCHOOLS = ["一小", "二小", "三小", "四小"];

/** School `k` for a month, read as the city reads a submitted file. */
const figures = (k: number, month: string, file = `${month}/${SCHOOLS[k]}.xlsx`, modified = 1) =>
  schoolFigures(file, generateSchool(8 + k * 3, k + 1, SCHOOLS[k], month), { modified });

const gathered = (list: readonly SchoolFigures[]): Gathered[] =>
  list.map((f) => ({ file: f.file, figures: f }));

/** Every school of every month, in folder order. */
const all = MONTHS.flatMap((m) => SCHOOLS.map((_, k) => figures(k, m)));

const rules = (r: ReturnType<typeof cityResult>) => r.findings.map((f) => `${f.rule} ${f.message}`);
const sheet = (sheets: OutputSheet[], name: string) => sheets.find((s) => s.name === name)!;
const shown = (c: OutputCell | undefined) => (c !== undefined && isFormula(c) ? c.result : c);

describe("the months a consolidation covers", () => {
  it("keeps a month most files hold, and every month at least half as many files hold", () => {
    const held = ["2021-05", "2021-05", "2021-05", "2021-05", "2021-04", "2021-04", "2020-05"];
    expect(runMonths(held)).toEqual(["2021-04", "2021-05"]);
    // a stray file of another month among a month's files is not a month of its own
    expect(runMonths([...Array<string>(12).fill("2023-05"), "2021-05"])).toEqual(["2023-05"]);
    expect(runMonths([undefined, undefined])).toEqual([]);
    expect(runMonths(["2021-05"], { months: ["2021-03", "2021-04"] })).toEqual([
      "2021-03",
      "2021-04",
    ]);
    expect(runMonths(["2021-05"], { month: "2021-06" })).toEqual(["2021-06"]);
  });

  it("covers at most the latest twelve months", () => {
    const held = Array.from(
      { length: 15 },
      (_, i) => `20${21 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`
    );
    const months = runMonths(held);
    expect(months).toHaveLength(MAX_RUN_MONTHS);
    expect(months[0]).toBe("2021-04");
    expect(months[MAX_RUN_MONTHS - 1]).toBe("2022-03");
    expect(periodText(months)).toBe("2021-04 至 2022-03");
    expect(periodText(["2021-04"])).toBe("2021-04");
  });
});

describe("a consolidation of three months", () => {
  const city = cityResult(gathered(all));

  it("counts each school once a month, months in order", () => {
    expect(city.months).toEqual(MONTHS);
    expect(city.month).toBe("2023-05");
    expect(city.schools.map((s) => `${s.month} ${s.school}`)).toEqual(
      MONTHS.flatMap((m) => SCHOOLS.map((s) => `${m} ${s}`))
    );
    expect(rules(city).filter((r) => /MONTH_DIFFERS|DUPLICATE_SUB/.test(r))).toEqual([]);
  });

  it("gives each month the totals of that month consolidated alone, to the fen", () => {
    const json = cityJson(city);
    for (const m of MONTHS) {
      const alone = cityJson(cityResult(gathered(all.filter((s) => s.month === m))));
      expect(alone.month).toBe(m);
      expect(json.months?.find((x) => x.month === m)?.totals).toEqual(alone.totals);
    }
  });

  it("judges a resubmission within its month: the newer April file counts, March's stays", () => {
    const again = figures(0, "2023-04", "补交/一小.xlsx", 5);
    const r = cityResult(gathered([...all, again]));
    const dup = r.findings.filter((f) => f.rule === "CITY_DUPLICATE_SUBMISSION");
    expect(dup.map((f) => f.file)).toEqual(["2023-04/一小.xlsx"]);
    expect(r.schools.filter((s) => s.school === "一小").map((s) => s.file)).toEqual([
      "2023-03/一小.xlsx",
      "补交/一小.xlsx",
      "2023-05/一小.xlsx",
    ]);
  });

  it("judges the same student in two schools within a month, not across months", () => {
    // April's 二小 holds two of 一小's ids (一小 has them every month): said once per id, in
    // April only; 一小 of March and 二小 of April are a pupil who moved, not a finding.
    const moved = { ...figures(1, "2023-04"), ids: figures(0, "2023-03").ids.slice(0, 2) };
    const others = all.filter((s) => !(s.month === "2023-04" && s.school === "二小"));
    const r = cityResult(gathered([...others, moved]));
    const within = r.findings.filter((f) => f.rule === "CITY_DUPLICATE_STUDENT");
    expect(within).toHaveLength(2);
    for (const f of within) expect(f.file).toMatch(/2023-04/);
  });

  it("lists an expected school missing in a month, per month", () => {
    const without = all.filter((s) => !(s.school === "三小" && s.month === "2023-04"));
    const r = cityResult(gathered(without), { expect: [...SCHOOLS, "五小"] });
    expect(
      rules(r)
        .filter((x) => x.startsWith("CITY_NOT_SUBMITTED"))
        .sort()
    ).toEqual([
      "CITY_NOT_SUBMITTED 三小 没有报送 2023-04 的工作簿",
      "CITY_NOT_SUBMITTED 五小 没有报送 2023-03 的工作簿",
      "CITY_NOT_SUBMITTED 五小 没有报送 2023-04 的工作簿",
      "CITY_NOT_SUBMITTED 五小 没有报送 2023-05 的工作簿",
    ]);
  });

  it("is today's single-month run when one month is held, a stray file listed", () => {
    const may = all.filter((s) => s.month === "2023-05");
    const r = cityResult(
      gathered([
        ...may,
        ...may.map((s) => ({ ...s, file: `x/${s.file}` })),
        figures(0, "2023-03", "旧/一小.xlsx"),
      ])
    );
    expect(r.months).toBeUndefined();
    expect(r.month).toBe("2023-05");
    expect(rules(r)).toContainEqual(
      "CITY_MONTH_DIFFERS 「旧/一小.xlsx」是 2023-03 的数据，汇总月份为 2023-05，未计入"
    );
    expect(citySheets(r).map((s) => s.name)).toEqual(["汇总", "政府补助", "问题"]);
    expect(Object.keys(cityJson(r))).toEqual(["month", "schools", "totals", "errors", "findings"]);
  });
});

describe("a --month range", () => {
  const june = figures(0, "2023-06");
  const r = cityResult(gathered([...all, june]), { months: ["2023-02", "2023-03", "2023-04"] });

  it("counts only files of its months, and says the month each other file holds", () => {
    expect(r.months).toEqual(["2023-02", "2023-03", "2023-04"]);
    expect(new Set(r.schools.map((s) => s.month))).toEqual(new Set(["2023-03", "2023-04"]));
    const differs = rules(r).filter((x) => x.startsWith("CITY_MONTH_DIFFERS"));
    expect(differs).toHaveLength(SCHOOLS.length + 1);
    expect(differs).toContainEqual(
      "CITY_MONTH_DIFFERS 「2023-06/一小.xlsx」是 2023-06 的数据，汇总月份为 2023-02 至 2023-04，未计入"
    );
  });

  it("lists a month of the range with no school at all", () => {
    const empty = r.findings.filter((f) => f.rule === "CITY_NOT_SUBMITTED");
    expect(empty.map((f) => [f.school, f.message])).toEqual([
      ["全市", "全市 没有报送 2023-02 的工作簿"],
    ]);
  });
});

describe("a --month range ending in a month not yet submitted", () => {
  it("draws 图表 for the latest month with schools, and says the empty one", () => {
    const r = cityResult(gathered(all), { months: ["2023-04", "2023-05", "2023-06"] });
    expect(r.month).toBe("2023-05");
    const [month, trend] = cityChartPlans(citySheets(r), r);
    expect(month!.charts[0].categories.values).toHaveLength(SCHOOLS.length);
    expect(trend!.charts[0].categories.values).toEqual(["2023-04", "2023-05", "2023-06"]);
    expect(trend!.charts[0].series[0].values[2]).toBe(0);
    expect(rules(r)).toContain("CITY_NOT_SUBMITTED 全市 没有报送 2023-06 的工作簿");
  });
});

describe("the city workbook of several months", () => {
  const city = cityResult(gathered(all));
  const sheets = citySheets(city);

  it("has 汇总 and 政府补助 by school and month, 趋势, and 问题", () => {
    expect(sheets.map((s) => s.name)).toEqual(["汇总", "趋势", "政府补助", "问题"]);
    const summary = sheet(sheets, "汇总");
    expect(summary.title).toBe("全市课后服务汇总 2023-03 至 2023-05");
    expect(summary.rows).toHaveLength(12);
    const total = summary.after![1];
    expect(total[0]).toBe("全期合计");
    // head counts are not summed over months; money is
    expect(total[summary.columns.findIndex((c) => c.header === "服务学生")]).toBeNull();
    const payable = summary.columns.findIndex((c) => c.header === "应缴金额");
    expect(shown(total[payable])).toBe(Number(cityJson(city).totals.payable));
    const subsidy = sheet(sheets, "政府补助");
    expect(subsidy.columns.map((c) => c.header)).toEqual([
      "学校",
      "月份",
      "困难家庭学生",
      "减免金额",
      "政府分担",
      "学校分担",
    ]);
    expect(subsidy.rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(
      MONTHS.flatMap((m) => SCHOOLS.map((s) => `${s} ${m}`))
    );
  });

  it("has 趋势: 应缴 and 政府分担 per school and month, city totals per month as SUM formulas", () => {
    const trend = sheet(sheets, "趋势");
    expect(trend.columns.map((c) => c.header)).toEqual([
      "学校",
      "应缴 2023-03",
      "应缴 2023-04",
      "应缴 2023-05",
      "应缴合计",
      "政府分担 2023-03",
      "政府分担 2023-04",
      "政府分担 2023-05",
      "政府分担合计",
    ]);
    expect(trend.rows.map((r) => r[0])).toEqual(SCHOOLS);
    expect(trend.rows[0][4]).toEqual({ formula: "SUM(B4:D4)", result: expect.any(Number) });
    const total = trend.after![1];
    expect(total[0]).toBe("全市合计");
    expect((total[1] as { formula: string }).formula).toBe("SUM(B4:B7)");
    const json = cityJson(city);
    MONTHS.forEach((m, i) => {
      const month = json.months!.find((x) => x.month === m)!.totals;
      expect(shown(total[1 + i])).toBe(Number(month.payable));
      expect(shown(total[5 + i])).toBe(Number(month.governmentShare));
    });
    expect(shown(total[4])).toBe(Number(json.totals.payable));
  });

  it("leaves a month a school did not submit blank in 趋势", () => {
    const without = all.filter((s) => !(s.school === "三小" && s.month === "2023-04"));
    const trend = sheet(citySheets(cityResult(gathered(without))), "趋势");
    expect(trend.rows[2].slice(0, 4)).toEqual([
      "三小",
      expect.any(Number),
      null,
      expect.any(Number),
    ]);
  });

  it("draws a month a school did not submit as a gap in its line, never a 0", () => {
    const without = all.filter((s) => !(s.school === "三小" && s.month === "2023-04"));
    const r = cityResult(gathered(without));
    const [, trend] = cityChartPlans(citySheets(r), r);
    const line = trend!.charts[1].series.find((s) => s.name === "三小")!;
    expect(line.values[0]).toBeGreaterThan(0);
    expect(line.values[1]).toBeNull();
    expect(line.values[2]).toBeGreaterThan(0);
    // the helper cell under the chart is left blank, so Excel and LibreOffice see no figure
    const col = trend!.charts[1].series.indexOf(line) + 1;
    const helpers = trend!.cells!.filter((row) => MONTHS.includes(String(row[0])));
    expect(helpers.map((row) => row[col] === null)).toContain(true);
    const xml = chartPartXml(trend!.charts[1]);
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    const ser = xml.split("<c:ser>").find((s) => s.includes("三小"))!;
    const cache = ser.slice(ser.indexOf("<c:numCache>"), ser.indexOf("</c:numCache>"));
    expect(cache).toContain('<c:ptCount val="3"/>');
    expect(cache).toContain('<c:pt idx="0">');
    expect(cache).not.toContain('<c:pt idx="1">');
    expect(cache).toContain('<c:pt idx="2">');
  });

  it("draws the latest month's per-school charts and the trend charts bound to 趋势", () => {
    const [month, trend] = cityChartPlans(sheets, city);
    expect(month!.charts[0].categories.values).toHaveLength(SCHOOLS.length);
    expect(month!.charts[0].title).toMatch(/2023-05$/);
    expect(trend!.sheet).toBe(TREND_CHART_SHEET);
    expect(trend!.charts.map((c) => [c.kind, c.horizontal, c.money])).toEqual([
      ["bar", false, true],
      ["line", false, true],
      ["line", false, true],
    ]);
    const [totals, payable] = trend!.charts;
    expect(totals.categories.values).toEqual(MONTHS);
    expect(totals.series.map((s) => s.name)).toEqual(["应缴", "政府分担"]);
    const json = cityJson(city);
    expect(totals.series[0].values).toEqual(json.months!.map((m) => Number(m.totals.payable)));
    expect(totals.series[0].ref).toMatch(/^'趋势图'!\$B\$\d+:\$B\$\d+$/);
    // the helper cells under the charts are formulas to 趋势's city total row
    const helper = trend!.cells!.find((r) => r[0] === "2023-03")!;
    expect(helper[1]).toEqual({ formula: "'趋势'!$B$9", result: totals.series[0].values[0] });
    expect(payable.series.map((s) => s.name).sort()).toEqual([...SCHOOLS].sort());
    expect(payable.title).toContain("各校：每月应缴");
    expect(paneCitySpecs([month, trend]).map((c) => c.title)[0]).toBe(totals.title);
  });

  it("draws six schools as lines when there are more, those with the most", () => {
    const many = MONTHS.flatMap((m) =>
      Array.from({ length: 9 }, (_, k) =>
        schoolFigures(`${m}/${k}.xlsx`, generateSchool(4 + k, k + 1, `学校${k + 1}`, m))
      )
    );
    const r = cityResult(gathered(many));
    const [, trend] = cityChartPlans(citySheets(r), r);
    const lines = trend!.charts[1];
    expect(lines.series).toHaveLength(6);
    expect(lines.title).toContain("应缴最多的 6 所学校");
    const json = cityJson(r);
    const top = [...json.trends!]
      .sort((a, b) => Number(b.total.payable) - Number(a.total.payable))
      .slice(0, 6)
      .map((t) => t.school);
    expect(lines.series.map((s) => s.name)).toEqual(top);
  });
});

describe("--json of several months", () => {
  it("says the range, each school's month, each month's totals and each school's trend", () => {
    const json = cityJson(cityResult(gathered(all)));
    expect(json.month).toBe("2023-03..2023-05");
    expect(Object.keys(json)).toEqual([
      "month",
      "schools",
      "totals",
      "months",
      "trends",
      "errors",
      "findings",
    ]);
    expect(json.schools[0]).toMatchObject({ school: "一小", month: "2023-03" });
    expect(json.totals.schools).toBe(SCHOOLS.length);
    expect(json.trends![0]).toEqual({
      school: "一小",
      payable: {
        "2023-03": expect.stringMatching(/^\d+\.\d\d$/),
        "2023-04": expect.stringMatching(/^\d+\.\d\d$/),
        "2023-05": expect.stringMatching(/^\d+\.\d\d$/),
      },
      governmentShare: expect.any(Object),
      total: { payable: expect.any(String), governmentShare: expect.any(String) },
    });
    // a school's total is its months' sum, to the fen
    const t = json.trends![0];
    const fen = (x: string) => Math.round(Number(x) * 100);
    expect(Object.values(t.payable).reduce((n, v) => n + fen(v), 0)).toBe(fen(t.total.payable));
  });
});
