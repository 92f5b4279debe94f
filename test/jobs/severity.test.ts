import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { FINDING_RULES } from "../../src/findings/finding-rules";
import { MemoryWorkbook } from "../support/memory-workbook";
import { generateSchool } from "../support/generate-school";

const at = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;

describe("one problem, one severity in every job", () => {
  it("an 初中 sign-out past the firm 18:30 (§三(二)2) is an error in charge, as TIME_END_TOO_LATE is in breaches", async () => {
    // May 2023, the standard period: 初中非毕业年级不晚于18:30.
    const charge = await chargeJob(new MemoryWorkbook(generateSchool(40, 3, "绥芬河市第一学校")), {
      write: false,
    });
    const late = charge.findings.filter(
      (f) => f.rule === "SIGNOUT_PAST_WINDOW" && f.message.includes("初中允许的最晚结束时间 18:30")
    );
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((f) => f.severity === "error")).toBe(true);
    expect(FINDING_RULES.TIME_END_TOO_LATE.severity).toBe("error");
  });

  it("a sign-out past the pilot period's end is the same warning in charge and in breaches", async () => {
    const sample = async () => {
      const wb = new MemoryWorkbook();
      await wb.writeSheets(sampleSchoolSheets());
      return wb;
    };
    const charge = await chargeJob(await sample(), { write: false });
    const breaches = await breachesJob(await sample(), { write: false });
    const late = charge.findings.filter((f) => f.rule === "SIGNOUT_PAST_WINDOW");
    expect(late.length).toBeGreaterThan(0);
    const pairs = late.flatMap((f) => {
      const same = breaches.findings.find((b) => at(b) === at(f) && b.rule.startsWith("TIME_END"));
      return same ? [[at(f), f.severity, same.severity]] : [];
    });
    expect(pairs.length).toBeGreaterThan(0);
    for (const [cell, charged, breached] of pairs)
      expect([cell, charged]).toEqual([cell, breached]);
  });
});
