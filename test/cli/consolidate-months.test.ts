import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-city-months-"));
const MONTHS = ["2023-03", "2023-04", "2023-05"];
const SCHOOLS = ["绥芬河市第一小学", "绥芬河市第二小学", "绥芬河市第三小学", "绥芬河市第四小学"];
const folder = (m: string) => path.join(dir, m);
const out = (name: string) => path.join(dir, "out", name);

type Json = {
  month: string;
  schools: { school: string; month?: string; file: string }[];
  totals: Record<string, string | number>;
  months?: { month: string; totals: Record<string, string | number> }[];
  trends?: { school: string; payable: Record<string, string> }[];
  findings: { rule: string; school: string; message: string }[];
};

async function consolidate(...args: string[]): Promise<{ code: number; json: Json; err: string }> {
  const r = await runCli("consolidate", ...args, "--json");
  return { code: r.code, json: r.out ? JSON.parse(r.out) : undefined, err: r.err };
}

beforeAll(async () => {
  mkdirSync(path.join(dir, "out"));
  // One folder a month, every school in each; 三小 skips April.
  for (const m of MONTHS) {
    mkdirSync(folder(m));
    for (const [k, school] of SCHOOLS.entries()) {
      if (k === 2 && m === "2023-04") continue;
      const grids = generateSchool(10 + k * 4, k + 1, school, m);
      writeFileSync(path.join(folder(m), `${k + 1}.xlsx`), await gridsToXlsx(grids));
    }
  }
  writeFileSync(path.join(dir, "expected.txt"), SCHOOLS.join("\n"));
}, 120_000);

describe("kehou consolidate over several months", () => {
  let three: Json;
  let code: number;
  beforeAll(async () => {
    const r = await consolidate(
      ...MONTHS.map(folder),
      "-o",
      out("全市.xlsx"),
      "--expect",
      path.join(dir, "expected.txt")
    );
    ({ json: three, code } = r);
  }, 120_000);

  it("takes one folder a month, each file's month from its workbook", () => {
    expect(code).toBe(0);
    expect(three.month).toBe("2023-03..2023-05");
    expect(three.schools.map((s) => s.month)).toEqual([
      ...Array(4).fill("2023-03"),
      ...Array(3).fill("2023-04"),
      ...Array(4).fill("2023-05"),
    ]);
    expect(three.totals.schools).toBe(4);
  });

  it("gives each month exactly the totals of that month's run alone", async () => {
    for (const m of MONTHS) {
      const alone = await consolidate(folder(m), "-o", out(`${m}.xlsx`));
      expect(alone.code).toBe(0);
      expect(alone.json.month).toBe(m);
      expect(three.months!.find((x) => x.month === m)!.totals).toEqual(alone.json.totals);
    }
  }, 120_000);

  it("lists the school missing in April, with --expect", () => {
    const missing = three.findings.filter((f) => f.rule === "CITY_NOT_SUBMITTED");
    expect(missing.map((f) => f.message)).toEqual(["绥芬河市第三小学 没有报送 2023-04 的工作簿"]);
  });

  it("judges a resubmission per school per month", async () => {
    const late = path.join(dir, "补交");
    mkdirSync(late);
    // 一小 sends April again, later: its April counts once, its March and May are untouched.
    writeFileSync(
      path.join(late, "一小四月.xlsx"),
      await gridsToXlsx(generateSchool(10, 1, SCHOOLS[0], "2023-04"))
    );
    const r = await consolidate(...MONTHS.map(folder), late, "-o", out("补交.xlsx"));
    const dup = r.json.findings.filter((f) => f.rule === "CITY_DUPLICATE_SUBMISSION");
    expect(dup).toHaveLength(1);
    expect(dup[0].message).toContain("2023-04");
    expect(r.json.schools.filter((s) => s.school === SCHOOLS[0])).toHaveLength(3);
    expect(r.json.totals).toEqual(three.totals);
  }, 120_000);

  it("--month a range: only its months count, other files and empty months are listed", async () => {
    const r = await consolidate(
      ...MONTHS.map(folder),
      "-o",
      out("range.xlsx"),
      "--month",
      "2023-02..2023-04"
    );
    expect(r.code).toBe(0);
    expect(r.json.month).toBe("2023-02..2023-04");
    expect(new Set(r.json.schools.map((s) => s.month))).toEqual(new Set(["2023-03", "2023-04"]));
    const differs = r.json.findings.filter((f) => f.rule === "CITY_MONTH_DIFFERS");
    expect(differs).toHaveLength(4);
    for (const f of differs)
      expect(f.message).toMatch(/是 2023-05 的数据，汇总月份为 2023-02 至 2023-04，未计入/);
    expect(
      r.json.findings.filter((f) => f.rule === "CITY_NOT_SUBMITTED").map((f) => f.message)
    ).toEqual(["全市 没有报送 2023-02 的工作簿"]);
    expect(r.json.months!.find((m) => m.month === "2023-02")!.totals.schools).toBe(0);
  }, 120_000);

  it("--month one month over several months' folders is today's one-month run", async () => {
    const r = await consolidate(
      ...MONTHS.map(folder),
      "-o",
      out("april.xlsx"),
      "--month",
      "2023-04"
    );
    expect(r.json.month).toBe("2023-04");
    expect(r.json.months).toBeUndefined();
    expect(r.json.schools).toHaveLength(3);
  }, 120_000);

  it.each([
    [
      "2023-06..2023-03",
      "--month 的起始月份 2023-06 晚于结束月份 2023-03，请写成 2023-03..2023-06",
    ],
    ["2023-13", "--month 应写成 YYYY-MM（一个月）或 YYYY-MM..YYYY-MM（几个月）"],
    ["2023-01..2023-1", "--month 应写成 YYYY-MM（一个月）或 YYYY-MM..YYYY-MM（几个月）"],
    ["2022-01..2023-01", "--month 2022-01..2023-01 共 13 个月，一次最多汇总 12 个月，请分段汇总"],
  ])("refuses --month %s as a usage error (exit 2)", async (range, message) => {
    const r = await runCli(
      "consolidate",
      folder("2023-03"),
      "-o",
      out("bad.xlsx"),
      "--month",
      range
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it("writes the city workbook with 趋势 and the 趋势图 charts, read back by exceljs", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out("全市.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "汇总",
      "趋势",
      "政府补助",
      "问题",
      "图表",
      "趋势图",
    ]);
    const trend = wb.getWorksheet("趋势")!;
    expect(trend.getRow(3).values).toEqual([
      undefined,
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
    // 三小 has no April: a blank, not a zero
    expect(trend.getCell("A6").value).toBe(SCHOOLS[2]);
    expect(trend.getCell("C6").value).toBeNull();
    // the city total of each month is a SUM formula with the month's total as its value
    const total = trend.getRow(9);
    expect(total.getCell(1).value).toBe("全市合计");
    MONTHS.forEach((m, i) => {
      const cell = total.getCell(2 + i).value as { formula: string; result: number };
      expect(cell.formula).toBe(
        `SUM(${String.fromCharCode(66 + i)}4:${String.fromCharCode(66 + i)}7)`
      );
      expect(cell.result).toBe(Number(three.months!.find((x) => x.month === m)!.totals.payable));
    });
    const parts = unzipSync(readFileSync(out("全市.xlsx")));
    const charts = Object.keys(parts).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(8);
    const xml = charts.map((k) => strFromU8(parts[k]));
    expect(xml.filter((x) => x.includes("<c:f>'趋势图'!"))).toHaveLength(3);
    expect(xml.filter((x) => x.includes("<c:lineChart>"))).toHaveLength(2);
    expect(xml.some((x) => x.includes('<c:barDir val="col"/>'))).toBe(true);
  });

  it("prints the months and each school's trend without --json", async () => {
    const r = await runCli("consolidate", ...MONTHS.map(folder), "-o", out("text.xlsx"));
    expect(r.out).toContain("全市 2023-03 至 2023-05（3 个月）：4 所学校");
    expect(r.out).toMatch(
      /绥芬河市第三小学：2023-03 ¥[\d.]+（¥[\d.]+），2023-04 未报送，2023-05 ¥/
    );
  }, 120_000);
});
