import { countOnce } from "../../src/jobs/consolidate/duplicates";
import { cityResult } from "../../src/jobs/consolidate/job";
import { maskId } from "../../src/jobs/consolidate/mask";
import { schoolFigures } from "../../src/jobs/consolidate/school-figures";
import type { CellValue } from "../../src/sheets/grid";
import { generateSchool } from "../support/generate-school";

describe("maskId", () => {
  it("shows at most a third of an id's characters", () => {
    expect(maskId("2021005")).toBe("2*****5");
    expect(maskId("G230100112345")).toBe("G2*********45");
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const id = String(seed).slice(0, 1 + (seed % 18));
      const shown = [...maskId(id)].filter((c) => c !== "*").length;
      if (shown * 3 > id.length) throw new Error(`seed 7, id ${id}: ${maskId(id)}`);
      expect(maskId(id)).toHaveLength(id.length);
    }
  });
});

describe("one school, one count", () => {
  const figures = (file: string, school: string, code?: string, modified?: number) => {
    const grids = generateSchool(6, 1, school);
    if (code) (grids[0].values as CellValue[][]).push(["学校代码", code]);
    return schoolFigures(file, grids, { modified });
  };

  it("counts the newer of two submissions of the same school, by file time on equal data", () => {
    const older = figures("一小.xlsx", "一小", undefined, 1000);
    const newer = figures("一小(1).xlsx", "一小", undefined, 2000);
    const { counted, resubmissions } = countOnce([newer, older]);
    expect(counted.map((s) => s.file)).toEqual(["一小(1).xlsx"]);
    expect(resubmissions).toEqual([
      { file: "一小.xlsx", kept: "一小(1).xlsx", school: "一小", reason: "文件保存时间较晚" },
    ]);
    const city = cityResult([
      { file: older.file, figures: older },
      { file: newer.file, figures: newer },
    ]);
    expect(city.schools).toHaveLength(1);
    expect(city.findings.map((f) => f.rule)).toContain("CITY_DUPLICATE_SUBMISSION");
  });

  it("keeps two schools of one name apart by their 学校代码", () => {
    const a = figures("a.xlsx", "实验小学", "2301001");
    const b = figures("b.xlsx", "实验小学", "2301002");
    expect(countOnce([a, b]).counted).toHaveLength(2);
    // A file of that name without a code cannot be told apart: it is neither school's, and said.
    const three = countOnce([a, b, figures("c.xlsx", "实验小学")]);
    expect(three.counted).toHaveLength(3);
    expect(three.undecided).toEqual([
      { file: "c.xlsx", school: "实验小学", codes: "2301001、2301002" },
    ]);
    const city = cityResult(
      [a, b, figures("c.xlsx", "实验小学")].map((f) => ({ file: f.file, figures: f }))
    );
    expect(city.findings.filter((f) => f.rule === "CITY_SCHOOL_CODE_UNDECIDED")).toHaveLength(1);
    // With one code in the city, a file without it is that school.
    expect(countOnce([a, figures("c.xlsx", "实验小学", undefined, 1)]).counted).toHaveLength(1);
  });

  it("reports one finding per problem and cell: the charge's and the breach's reading are one", () => {
    const grids = generateSchool(6, 1, "一小");
    const roster = grids[1].values as CellValue[][];
    roster[2][7] = null; // served with no agreement
    roster[3][7] = "2023-05-20"; // served before the agreement
    const s = schoolFigures("一小.xlsx", grids);
    const cells = s.findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells).toContain("名册!H3");
    expect(cells.filter((c) => c.startsWith("5月考勤!") && c.endsWith("4")).length).toBeGreaterThan(
      5
    );
  });

  it("makes a crafted 1E+999 in the school's 应收金额 a finding, and still counts the school", () => {
    const grids = generateSchool(5, 1, "一小");
    const roster = grids[1].values as CellValue[][];
    roster[1].push("应收金额");
    for (let r = 2; r < roster.length; r++) roster[r].push(r === 3 ? Infinity : 30);
    const s = schoolFigures("一小.xlsx", grids);
    expect(s.isSchool).toBe(true);
    // Read as no amount at all, so the fee check never sees it.
    expect(s.findings.find((f) => f.rule === "OWN_AMOUNT_UNREADABLE")?.cell).toBe("I4");
  });
});
