import { cityResult } from "../../../src/jobs/consolidate/job";
import { schoolFigures } from "../../../src/jobs/consolidate/school-figures";
import { schoolTrends } from "../../../src/jobs/consolidate/trends";
import type { CellValue, SheetGrid } from "../../../src/sheets/grid";
import { earlierSubmission } from "../../support/city-fixtures";
import { generateSchool } from "../../support/generate-school";

const rows = (g: SheetGrid) => g.values as CellValue[][];

/** A generated school of 6 students under a name (and code) as typed. */
function school(name: string | null, seed: number, code?: string): SheetGrid[] {
  const grids = generateSchool(6, seed, "x");
  rows(grids[0])[0][1] = name;
  if (code) rows(grids[0]).push(["学校代码", code]);
  return grids;
}

const gathered = (file: string, grids: SheetGrid[]) => ({
  file,
  figures: schoolFigures(file, grids),
});

describe("a school in the city, however its name is typed", () => {
  it("counts a resubmission with the other brackets and a full-width code once, as the newest names it", () => {
    const newer = school("测试学校(南校区)", 2, "2301002");
    const older = earlierSubmission(school("测试学校（南校区）", 2, "２３０１００２"));
    const r = cityResult([
      gathered("/报送/南校区.xlsx", older),
      gathered("/报送/南校区-改.xlsx", newer),
    ]);
    expect(r.schools.map((s) => [s.school, s.file])).toEqual([
      ["测试学校(南校区)", "/报送/南校区-改.xlsx"],
    ]);
    expect(r.findings.filter((f) => f.rule === "CITY_DUPLICATE_SUBMISSION")).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === "CITY_DUPLICATE_STUDENT")).toEqual([]);
  });

  it("counts a name with a trailing ideographic space as the name", () => {
    const r = cityResult(
      [gathered("a.xlsx", school("第三学校\u3000", 3)), gathered("b.xlsx", school("第三 学校", 3))],
      { expect: ["第三学校"] }
    );
    expect(r.schools).toHaveLength(1);
    expect(r.findings.map((f) => f.rule)).not.toContain("CITY_NOT_SUBMITTED");
  });

  it("makes a school without a name an error entry by its file relative to the folder, not counted", () => {
    const r = cityResult(
      [
        gathered("/home/局/报送/第二批/无名.xlsx", school(null, 4)),
        gathered("/home/局/报送/一小.xlsx", school("一小", 5)),
      ],
      { shownFile: (f) => f.replace("/home/局/报送/", "") }
    );
    expect(r.schools.map((s) => s.school)).toEqual(["一小"]);
    expect(r.errors).toEqual([
      {
        file: "第二批/无名.xlsx",
        message:
          "「第二批/无名.xlsx」的设置中没有填写学校名称，其数据未计入全市汇总；请学校填写学校名称后重新报送",
      },
    ]);
    const unnamed = r.findings.filter((f) => f.rule === "CITY_SCHOOL_UNNAMED");
    expect(unnamed).toMatchObject([{ school: "", file: "第二批/无名.xlsx", severity: "error" }]);
    // The machine's path names no school and no entry of the unnamed file.
    expect(r.findings.filter((f) => f.school.includes("/"))).toEqual([]);
    expect(JSON.stringify([r.errors, unnamed])).not.toContain("/home/局");
  });

  it("says where a pupil on two schools' rosters is in each, the id masked", () => {
    const a = school("一小", 6);
    const b = school("二小", 7);
    rows(b[1])[4][0] = rows(a[1])[6][0]; // 二小's roster row 5 holds 一小's row 7 pupil
    const r = cityResult([gathered("a.xlsx", a), gathered("b.xlsx", b)]);
    const twice = r.findings.filter((f) => f.rule === "CITY_DUPLICATE_STUDENT");
    expect(twice.map((f) => f.message)).toEqual([
      "学号 S******4 同时出现在 二小 和 一小 的名册中：二小 的名册 第 5 行，一小 的名册 第 7 行",
    ]);
  });
});

describe("a school's trend over months, however its name is typed", () => {
  it("is one school, named as its latest month's file wrote it", () => {
    const april = generateSchool(6, 8, "测试学校（南校区）", "2023-04");
    const may = generateSchool(6, 8, "测试学校 (南校区)", "2023-05");
    const r = cityResult([gathered("4月.xlsx", april), gathered("5月.xlsx", may)]);
    expect(r.months).toEqual(["2023-04", "2023-05"]);
    expect(schoolTrends(r).map((t) => [t.school, [...t.byMonth.keys()]])).toEqual([
      ["测试学校 (南校区)", ["2023-04", "2023-05"]],
    ]);
  });
});
