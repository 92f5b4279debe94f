import fc from "fast-check";
import { computeCharges } from "../../src/jobs/charge/compute";
import { readSchoolWorkbook } from "../../src/jobs/school-workbook";
import { safeSheetName } from "../../src/jobs/output-sheet";
import { generateSchool } from "../support/generate-school";

describe("money laws over random schools (exact to the fen)", () => {
  it("students add up to the totals, classes to the school, shares to the waived amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom("据实收取", "按月收取"),
        (seed, students, mode) => {
          const grids = generateSchool(students, seed);
          (grids[0].values as unknown[][]).push(["收费方式", mode], ["高中上浮", "5%"]);
          const r = computeCharges(readSchoolWorkbook(grids));
          const sum = (pick: (l: (typeof r.lines)[number]) => number) =>
            r.lines.reduce((s, l) => s + pick(l), 0);
          for (const key of [
            "gross",
            "waived",
            "refund",
            "payable",
            "governmentShare",
            "schoolShare",
          ] as const) {
            expect(sum((l) => l[key])).toBe(r.totals[key]);
            expect(r.classes.reduce((s, c) => s + c.totals[key], 0)).toBe(r.totals[key]);
          }
          for (const l of r.lines) {
            expect(
              Number.isInteger(l.gross) &&
                Number.isInteger(l.payable) &&
                Number.isInteger(l.governmentShare)
            ).toBe(true);
            expect(l.governmentShare + l.schoolShare).toBe(l.waived);
            expect(l.payable).toBe(l.gross - l.waived - l.refund);
            expect(l.payable).toBeGreaterThanOrEqual(0);
          }
          expect(r.totals.governmentShare + r.totals.schoolShare).toBe(r.totals.waived);
          expect(r.totals.governmentShare).toBe(Math.floor((r.totals.waived + 1) / 2)); // half of the school's total, half up
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("sheet names from inputs", () => {
  it("are made safe for Excel", () => {
    expect(safeSheetName("收费表 2021/05")).toBe("收费表 2021-05");
    expect(safeSheetName("[坏]:名*字?\\")).toBe("-坏--名-字--");
    expect(safeSheetName("'引号'")).toBe("引号");
    expect(safeSheetName("很长".repeat(40)).length).toBe(31);
    expect(safeSheetName("   ")).toBe("Sheet");
  });
});
