import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { consolidateJob } from "../../src/jobs/consolidate/job";
import { cityJson } from "../../src/jobs/consolidate/json";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { pickedSources } from "../../src/taskpane/picked-sources";
import { MemoryWorkbook } from "../support/memory-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { earlierSubmission } from "../support/city-fixtures";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";

const rows = (g: SheetGrid) => g.values as CellValue[][];

/**
 * A school month under a name (and code) as typed, its pupils carrying these names, a 备注
 * column after the attendance; `marks` puts text in a pupil's first day (row index, text).
 */
function school(
  name: string | null,
  seed: number,
  names: readonly string[],
  options: { code?: string; marks?: [number, string][]; notes?: [number, string][] } = {}
): SheetGrid[] {
  const grids = generateSchool(names.length, seed, "x");
  const [settings, roster, attendance] = grids;
  rows(settings)[0][1] = name;
  if (options.code) rows(settings).push(["学校代码", options.code]);
  for (const g of [roster, attendance]) rows(g).forEach((r, i) => i >= 2 && (r[1] = names[i - 2]));
  rows(attendance)[1].push("备注");
  for (const [i, text] of options.marks ?? []) rows(attendance)[i + 2][3] = text;
  for (const [i, text] of options.notes ?? []) rows(attendance)[i + 2].push(text);
  return grids;
}

const XINHUA = ["张小明", "李\u3000华", "王春燕", "赵志刚", "刘芳菲", "陈建国"];
const SOUTH = ["孙丽娜", "周海涛", "吴晓东", "郑美玲", "冯雪松", "韩雪梅"];
const THIRD = ["马丽", "朱建华", "胡晓光", "郭子豪", "林小雨", "何静"];
const NAMELESS = ["宋佳怡", "唐明轩", "许文博", "邓雅琴", "曹梓涵", "彭俊杰"];

/** Every way a name of these schools could leak: whole, folded, as typed, its given name. */
const leaks = [...XINHUA, ...SOUTH, ...THIRD, ...NAMELESS].flatMap((n) => {
  const folded = [...n.replace(/\s/g, "")];
  return [n, folded.join(""), ...(folded.length >= 3 ? [folded.slice(1).join("")] : [])];
});

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-identity-"));
const inbox = path.join(dir, "报送");
const expectFile = path.join(dir, "名单.txt");
/** The distinct schools' own charges, each workbook charged alone. */
const distinct: SheetGrid[][] = [];

beforeAll(async () => {
  const xinhua = school("绥芬河市新华学校", 11, XINHUA, {
    marks: [
      [0, "小明早退"],
      [1, "李华请假走了"],
      [2, "张 小明 代签"],
    ],
    notes: [
      [0, "张 小明 家长接"],
      [2, "春燕 由奶奶接送"],
    ],
  });
  const newer = school("测试学校(南校区)", 12, SOUTH, { code: "2301002" });
  // Two hardship pupils: the government's half of their waiver must be paid once.
  for (const r of [2, 5]) rows(newer[1])[r][4] = "是";
  // The day before, the same school typed its name with full-width brackets and code.
  const older = earlierSubmission(newer);
  rows(older[0])[0][1] = "测试学校（南校区）";
  rows(older[0])[2][1] = "２３０１００２";
  const third = school("第三学校\u3000", 13, THIRD, { marks: [[3, "晓光 发烧回家"]] });
  // 第三学校's 胡晓光 has the 学号 of 新华's 王春燕: one pupil on two rosters.
  const shared = rows(xinhua[1])[4][0];
  rows(third[1])[4][0] = shared;
  rows(third[2])[4][0] = shared;
  const nameless = school(null, 14, NAMELESS, { marks: [[0, "佳怡早退"]] });
  distinct.push(xinhua, newer, third);
  const files: [string, SheetGrid[]][] = [
    ["新华.xlsx", xinhua],
    ["南校区.xlsx", older],
    ["南校区-更正.xlsx", newer],
    ["三校.xlsx", third],
    ["无名.xlsx", nameless],
  ];
  mkdirSync(inbox);
  for (const [file, grids] of files)
    writeFileSync(path.join(inbox, file), await gridsToXlsx(grids));
  writeFileSync(expectFile, "新华学校\n测试学校(南校区)\n第三学校\n第五学校\n");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type CityJson = ReturnType<typeof cityJson>;

/** A text with this run's folder taken out, to set the command line's lists by the page's. */
const local = (text: string) => text.split(`${inbox}${path.sep}`).join("");

describe("a bureau's folder with names typed every way (SPEC §13)", () => {
  let json: CityJson;
  let text: string;
  let cells: string;

  beforeAll(async () => {
    const r = await runCli(
      "consolidate",
      inbox,
      "-o",
      path.join(dir, "全市.xlsx"),
      "--expect",
      expectFile,
      "--json"
    );
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
    text = (
      await runCli(
        "consolidate",
        inbox,
        "-o",
        path.join(dir, "全市-文本.xlsx"),
        "--expect",
        expectFile
      )
    ).out;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "全市.xlsx"));
    cells = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
  }, 120_000);

  it("counts the distinct schools once each, to their exact totals, named as the newest file", async () => {
    expect(Number(json.totals.governmentShare)).toBeGreaterThan(0);
    expect(json.schools.map((s) => s.school)).toEqual([
      "第三学校",
      "测试学校(南校区)",
      "绥芬河市新华学校",
    ]);
    const charged = await Promise.all(
      distinct.map(async (g) => (await chargeJob(new MemoryWorkbook(g), { write: false })).totals)
    );
    const fen = (v: string) => Math.round(Number(v) * 100);
    for (const key of [
      "gross",
      "waived",
      "refund",
      "payable",
      "governmentShare",
      "schoolShare",
    ] as const)
      expect(fen(json.totals[key])).toBe(charged.reduce((n, t) => n + t[key], 0));
    expect(json.totals.students).toBe(charged.reduce((n, t) => n + t.students, 0));
  });

  it("lists the nameless file relative to the folder and leaves it out of the city", () => {
    expect(json.errors.map((e) => local(e.file)).sort()).toEqual(
      ["南校区.xlsx", "无名.xlsx"].sort()
    );
    const nameless = json.errors.find((e) => e.file === "无名.xlsx")!;
    expect(nameless.message).toMatch(/^「无名\.xlsx」的设置中没有填写学校名称/);
    // No school is named by a path of this machine, anywhere.
    for (const s of [...json.schools.map((x) => x.school), ...json.findings.map((f) => f.school)])
      expect(s).not.toMatch(/[/\\]|\.xlsx/);
    expect(text).toContain("未汇总 无名.xlsx：「无名.xlsx」的设置中没有填写学校名称");
  });

  it("asks about the short name on the list once, and says the missing school once", () => {
    const expected = json.findings.filter((f) => /CITY_NOT_(SUBMITTED|EXPECTED)/.test(f.rule));
    expect(expected.map((f) => [f.rule, f.school, f.message])).toEqual([
      [
        "CITY_NOT_SUBMITTED",
        "新华学校",
        "新华学校 没有报送 2023-05 的工作簿；是否为「绥芬河市新华学校」？（该校已报送，但不在名单中）",
      ],
      ["CITY_NOT_SUBMITTED", "第五学校", "第五学校 没有报送 2023-05 的工作簿"],
    ]);
    expect(text).toContain("[错误] 新华学校 没有报送");
    expect(text).not.toMatch(/新华学校 新华学校/);
  });

  it("says where the pupil on two rosters is in each workbook, the id masked", () => {
    const twice = json.findings.filter((f) => f.rule === "CITY_DUPLICATE_STUDENT");
    expect(twice.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^学号 S\d\*+\d 同时出现在 绥芬河市新华学校 和 第三学校 的名册中：绥芬河市新华学校 的名册 第 5 行，第三学校 的名册 第 5 行$/
      ),
    ]);
  });

  it("lists each problem once", () => {
    const keys = json.findings.map((f) =>
      [f.rule, f.school, f.file, f.sheet, f.cell, f.message].join("|")
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(json.findings.filter((f) => f.rule === "CITY_DUPLICATE_SUBMISSION")).toHaveLength(1);
    expect(json.findings.filter((f) => f.rule === "CITY_SCHOOL_UNNAMED")).toHaveLength(1);
  });

  it("holds no pupil's name, however typed, in --json, on the console or in the workbook", () => {
    const everything = [JSON.stringify(json), text, cells].join("\n");
    for (const name of leaks) expect(everything).not.toContain(name);
    expect(everything).toContain("（含学生姓名，已隐去）");
  });

  it("says every problem and error in Chinese", () => {
    for (const m of [...json.errors.map((e) => e.message), ...json.findings.map((f) => f.message)])
      expect(m).toMatch(/[\u4e00-\u9fff]/);
  });

  it("gives the same figures and lists through the page's 汇总报送", async () => {
    const names = readdirSync(inbox).sort();
    const picked = names.map((name) => {
      const bytes = readFileSync(path.join(inbox, name));
      return { name, arrayBuffer: async () => new Uint8Array(bytes).buffer };
    });
    const pane = cityJson(
      await consolidateJob(
        pickedSources(picked, async (bytes) => (await XlsxWorkbook.fromBuffer(bytes)).readSheets())
      )
    );
    const figures = (j: CityJson) => ({
      totals: j.totals,
      schools: j.schools.map((s) => ({ ...s, file: undefined })),
    });
    expect(figures(pane)).toEqual(figures(json));
    const listed = (j: CityJson) =>
      j.findings
        // The page has no list of schools to compare with.
        .filter((f) => !/CITY_NOT_(SUBMITTED|EXPECTED)/.test(f.rule))
        .map((f) =>
          local([f.rule, f.school, path.basename(f.file), f.sheet, f.cell, f.message].join("|"))
        )
        .sort();
    expect(listed(pane)).toEqual(listed(json));
    const errors = (j: CityJson) =>
      j.errors.map((e) => local(`${path.basename(e.file)}|${e.message}`)).sort();
    expect(errors(pane)).toEqual(errors(json));
    for (const name of leaks) expect(JSON.stringify(pane)).not.toContain(name);
  });
});
