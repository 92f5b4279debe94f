import { computeCharges } from "../../../src/jobs/charge/compute";
import { readSchoolWorkbook } from "../../../src/jobs/school-workbook";
import { finding } from "../../../src/findings/finding";
import { generateSchool } from "../../support/generate-school";

describe("studentDayMinutes", () => {
  it("says a sign-out past the window at its cell just as a finding made there says it", () => {
    const result = computeCharges(readSchoolWorkbook(generateSchool(60, 3)));
    const past = result.findings.filter((f) => f.rule === "SIGNOUT_PAST_WINDOW");
    expect(past.length).toBeGreaterThan(5);
    expect(new Set(past.map((f) => f.cell)).size).toBe(past.length);
    for (const f of past) {
      const made = finding(
        f.rule,
        { sheet: f.sheet, cell: f.cell, studentId: f.studentId },
        f.params,
        f.severity
      );
      expect(JSON.stringify(f)).toBe(JSON.stringify(made));
    }
  });
});
