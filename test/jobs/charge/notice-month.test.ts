import { analyseSchool } from "../../../src/jobs/breaches/analyse";
import { computeCharges } from "../../../src/jobs/charge/compute";
import { readSchoolWorkbook } from "../../../src/jobs/school-workbook";
import { lateNoticeSchool } from "../../support/refund-month-school";

/** May 2021 with the fee notice dated after the month: nothing of it may be charged. */
const noticeInJune = (mode: "据实收取" | "按月收取") => lateNoticeSchool(mode, "2021-06-01");

describe("a month before the fee notice (§三(五)3(1))", () => {
  it("says at the settings' notice date that the month is not charged, in both modes", () => {
    for (const mode of ["据实收取", "按月收取"] as const) {
      const charges = computeCharges(readSchoolWorkbook(noticeInJune(mode)));
      expect(charges.totals.payable).toBe(0);
      const said = charges.findings.filter((f) => f.rule === "CHARGE_MONTH_BEFORE_NOTICE");
      expect(said.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["设置", "B4", "warning"]]);
      expect(said[0].message).toBe(
        "本月 2021-05 全在收费公示日期 2021-06-01 之前：未经公示不得收费，本月未计费"
      );
    }
  });

  it("says it in a 按月收取 month where no student's attendance was recorded", () => {
    const grids = noticeInJune("按月收取");
    grids[2] = {
      name: "考勤",
      values: grids[2].values.map((r, i) => (i === 0 ? r : r.slice(0, 2))),
    };
    const charges = computeCharges(readSchoolWorkbook(grids));
    expect(charges.findings.map((f) => f.rule)).toContain("CHARGE_MONTH_BEFORE_NOTICE");
  });

  it("is said by the breach check with the charge's rule and severity", () => {
    const { breaches } = analyseSchool(noticeInJune("按月收取"));
    const said = breaches.filter((f) => f.rule === "CHARGE_MONTH_BEFORE_NOTICE");
    expect(said.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["设置", "B4", "warning"]]);
  });

  it("says nothing of the kind when the notice is within the month or before it", () => {
    for (const notice of ["2021-05-12", "2021-04-01"]) {
      const charges = computeCharges(readSchoolWorkbook(lateNoticeSchool("按月收取", notice)));
      expect(charges.findings.filter((f) => f.rule === "CHARGE_MONTH_BEFORE_NOTICE")).toEqual([]);
    }
  });
});
