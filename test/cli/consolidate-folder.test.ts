import ExcelJS from "exceljs";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";
import { NODE_FS, type WalkFs } from "../../src/cli/collect-files";
import type { Io } from "../../src/cli/io";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { schoolFigures } from "../../src/jobs/consolidate/school-figures";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import {
  earlierSubmission,
  lyingZip,
  namedSchool,
  NAMES,
  schoolWithoutIds,
  STRANGER,
  withFarCorner,
} from "../support/city-fixtures";
import { generateSchool, gridsToXlsx } from "../support/generate-school";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-bureau-"));
const inbox = path.join(dir, "报送");
const locked = path.join(inbox, "锁");
const at = (...p: string[]) => path.join(inbox, ...p);
/** The distinct schools as submitted (the newest of each), for the expected totals. */
const distinct: Record<string, SheetGrid[]> = {};

/** Root reads a chmod 000 folder anyway: there the walk is given the EACCES a user would get. */
const asRoot = process.getuid?.() === 0;
const walkFs: WalkFs = asRoot
  ? {
      ...NODE_FS,
      readdir: async (p) => {
        if (p === realpathSync(locked))
          throw Object.assign(new Error("permission denied"), { code: "EACCES" });
        return NODE_FS.readdir(p);
      },
    }
  : NODE_FS;

async function consolidate(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runConsolidate(args, io, walkFs);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  mkdirSync(at("副本"), { recursive: true });
  mkdirSync(at("子"), { recursive: true });
  mkdirSync(at("坏"), { recursive: true });
  mkdirSync(locked, { recursive: true });
  // 一小 submits twice: the later file's attendance reaches 31 May and has a stranger's row.
  const first = namedSchool("一小", 1);
  const second = namedSchool("一小", 1);
  const att = second[2].values as CellValue[][];
  att.push(["", STRANGER, "一年级1班", ...att[2].slice(3)]);
  distinct["一小"] = second;
  writeFileSync(at("一小.xlsx"), await gridsToXlsx(earlierSubmission(first)));
  writeFileSync(at("一小(1).xlsx"), await gridsToXlsx(second));
  // 二小, and a byte-identical copy of it saved earlier in a subfolder.
  distinct["二小"] = generateSchool(12, 2, "二小");
  writeFileSync(at("二小.xlsx"), await gridsToXlsx(distinct["二小"]));
  writeFileSync(at("副本", "二小 - 副本.xlsx"), readFileSync(at("二小.xlsx")));
  utimesSync(at("副本", "二小 - 副本.xlsx"), new Date(2023, 5, 1), new Date(2023, 5, 1));
  // 三小 with one value in XFD1048576 of its 设置 sheet.
  distinct["三小"] = generateSchool(10, 3, "三小");
  writeFileSync(at("三小.xlsx"), await withFarCorner(distinct["三小"], "设置"));
  // 五小: names, no 学号 column.
  distinct["五小"] = schoolWithoutIds("五小", 5);
  writeFileSync(at("五小.xlsx"), await gridsToXlsx(distinct["五小"]));
  // 四小 in a folder the bureau cannot read; a zip that lies about its parts; a link loop.
  writeFileSync(path.join(locked, "四小.xlsx"), await gridsToXlsx(generateSchool(9, 4, "四小")));
  if (!asRoot) chmodSync(locked, 0o000);
  writeFileSync(at("坏", "lying.xlsx"), lyingZip());
  symlinkSync("..", at("子", "up"));
}, 300_000);

// The temp folders' cleanup may have run first (it unlocks what it removes).
afterAll(() => existsSync(locked) && chmodSync(locked, 0o755));

describe("kehou consolidate on a folder a bureau really receives", () => {
  let json: {
    schools: { school: string; file: string; students: number; payable: string }[];
    totals: Record<string, string | number>;
    errors: { file: string; message: string }[];
    findings: {
      school: string;
      file: string;
      rule: string;
      sheet: string;
      cell: string;
      message: string;
    }[];
  };
  let city: ExcelJS.Workbook;
  let text: string;
  beforeAll(async () => {
    const r = await consolidate(inbox, "-o", path.join(dir, "全市.xlsx"), "--json");
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
    city = new ExcelJS.Workbook();
    await city.xlsx.readFile(path.join(dir, "全市.xlsx"));
    text = (await consolidate(inbox, "-o", path.join(dir, "全市-文本.xlsx"))).out;
  }, 400_000);

  it("counts each distinct school once, to the exact totals of the distinct schools", () => {
    expect(json.schools.map((s) => s.school).sort()).toEqual(
      ["一小", "三小", "二小", "五小"].sort()
    );
    const figures = Object.entries(distinct).map(([name, grids]) => schoolFigures(name, grids));
    const fen = (v: string | number) => Math.round(Number(v) * 100);
    expect(json.totals.students).toBe(figures.reduce((n, f) => n + f.students, 0));
    expect(fen(json.totals.payable)).toBe(figures.reduce((n, f) => n + f.payable, 0));
    expect(fen(json.totals.governmentShare)).toBe(
      figures.reduce((n, f) => n + f.governmentShare, 0)
    );
    expect(json.schools.find((s) => s.school === "一小")!.file).toBe(at("一小(1).xlsx"));
  });

  it("lists every file not counted, and why, in errors and in 问题", () => {
    const why = (name: string) =>
      json.errors.find((e) => path.basename(e.file) === name)?.message ?? "(not listed)";
    expect(why("一小.xlsx")).toMatch(/重复报送.*一小\(1\)\.xlsx.*考勤记到 2023-05-31/);
    expect(why("二小 - 副本.xlsx")).toMatch(/重复报送.*二小\.xlsx/);
    expect(why("up")).toMatch(/循环/);
    expect(why("锁")).toMatch(/EACCES/);
    expect(why("lying.xlsx")).toMatch(/超过 10000 个部件/);
    const problems = JSON.stringify(city.getWorksheet("问题")!.getSheetValues());
    for (const e of json.errors) expect(problems).toContain(e.file);
  });

  it("holds no student name anywhere without --with-names", async () => {
    const everything = [
      JSON.stringify(json),
      text,
      JSON.stringify(city.worksheets.map((w) => w.getSheetValues())),
    ].join("\n");
    for (const name of [...NAMES, STRANGER]) expect(everything).not.toContain(name);
    expect(everything).toMatch(/5月考勤 第 \d+ 行的学生/);
    const named = await consolidate(
      inbox,
      "-o",
      path.join(dir, "named.xlsx"),
      "--with-names",
      "--json"
    );
    expect(named.out).toContain(STRANGER);
  }, 300_000);

  it("reports one finding per problem and cell", () => {
    const keys = json.findings
      .filter((f) => f.cell)
      .map((f) => [f.file, f.sheet, f.cell].join("|"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("names the school and file of each finding on the console, and the 问题 sheet by its name", () => {
    expect(text).toMatch(/\[(错误|警告)\] 一小（.*一小\(1\)\.xlsx）/);
    expect(text).not.toContain("问题清单");
  });
});

describe("consolidate -o onto an input", () => {
  const refused = async (output: string) => {
    const r = await consolidate(inbox, at("..", "报送", "二小.xlsx"), "-o", output, "--force");
    return [r.code, r.err];
  };
  it.each([
    ["a submitted file", () => at("二小.xlsx")],
    ["a submitted file spelled through ..", () => path.join(inbox, "子", "..", "三小.xlsx")],
    ["a new file inside the folder", () => at("副本", "全市.xlsx")],
    ["a path through the loop link", () => at("子", "up", "new.xlsx")],
    [
      "a link to a submitted file",
      () => {
        const link = path.join(dir, "link-to-school.xlsx");
        symlinkSync(at("二小.xlsx"), link);
        return link;
      },
    ],
    [
      "a hard link to a submitted file, outside the folder",
      () => {
        const hard = path.join(dir, "hard-school.xlsx");
        linkSync(at("二小.xlsx"), hard);
        return hard;
      },
    ],
    [
      "the folder through a linked alias",
      () => {
        const alias = path.join(dir, "别名");
        symlinkSync(inbox, alias);
        return path.join(alias, "全市.xlsx");
      },
    ],
  ])("refuses %s with exit 2, leaving it unchanged", async (_what, output) => {
    const file = output();
    const before = (() => {
      try {
        return readFileSync(file);
      } catch {
        return undefined;
      }
    })();
    expect(await refused(file)).toEqual([2, expect.stringMatching(/不能写出到/)]);
    expect(
      (() => {
        try {
          return readFileSync(file);
        } catch {
          return undefined;
        }
      })()
    ).toEqual(before);
  });
});
