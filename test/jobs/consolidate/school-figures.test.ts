import { schoolFigures } from "../../../src/jobs/consolidate/school-figures";
import type { CellValue, SheetGrid } from "../../../src/sheets/grid";
import { generateSchool } from "../../support/generate-school";
import { breachSchool } from "../../support/breach-school";
import { readSchoolWorkbook } from "../../../src/jobs/school-workbook";

/** A generated school whose attendance has the given days' columns set to `value` for every pupil. */
function withDays(days: readonly string[], value: CellValue): SheetGrid[] {
  return generateSchool(3).map((g) => {
    if (g.name !== "5月考勤") return g;
    const header = g.values[1];
    const cols = days.map((d) => header.indexOf(d));
    return {
      ...g,
      values: g.values.map((row, r) =>
        r < 2 ? row : row.map((v, c) => (cols.includes(c) ? value : v))
      ),
    };
  });
}

describe("schoolFigures' last marked day (which of two submissions is newer)", () => {
  it("is the latest date with any mark", () => {
    expect(schoolFigures("a.xlsx", withDays(["2023-05-31"], "√")).lastDay).toBe("2023-05-31");
  });

  it("does not count a later day whose cells are blank or only spaces", () => {
    const blank = schoolFigures("a.xlsx", withDays(["2023-05-30", "2023-05-31"], null));
    expect(blank.lastDay).toBe("2023-05-29");
    const spaces = schoolFigures("a.xlsx", withDays(["2023-05-30", "2023-05-31"], "  "));
    expect(spaces.lastDay).toBe("2023-05-29");
  });

  it("counts a later day whose only marks are absences typed in (缺, 0)", () => {
    const blank = withDays(["2023-05-30", "2023-05-31"], null);
    const typed = blank.map((g) =>
      g.name !== "5月考勤"
        ? g
        : {
            ...g,
            values: g.values.map((row, r) =>
              r === 3 ? row.map((v, c) => (g.values[1][c] === "2023-05-31" ? "缺" : v)) : row
            ),
          }
    );
    expect(schoolFigures("a.xlsx", typed).lastDay).toBe("2023-05-31");
    expect(schoolFigures("a.xlsx", withDays(["2023-05-30", "2023-05-31"], 0)).lastDay).toBe(
      "2023-05-31"
    );
  });
});

describe("schoolFigures' reading of attendance rows", () => {
  it("reads each row's entries where the reader holds them: no row makes an array of its own", () => {
    const grids = generateSchool(30, 4);
    (grids[0].values as CellValue[][]).push(["收费公示日期", "2023-05-10"]);
    const planted = breachSchool([
      "startEarly",
      "beforeAgreement",
      "afterWithdrawal",
      "beforeNotice",
    ]);
    const row = readSchoolWorkbook(grids).attendance!.rows[0];
    const entries = jest.spyOn(Object.getPrototypeOf(row), "entries", "get");
    try {
      const figures = [schoolFigures("a.xlsx", grids), schoolFigures("b.xlsx", planted)];
      expect(figures.map((f) => f.counts.error + f.counts.warning)).not.toContain(0);
      expect(entries).not.toHaveBeenCalled();
    } finally {
      entries.mockRestore();
    }
  });
});
