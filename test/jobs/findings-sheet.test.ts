import { findingsSheet, FINDINGS_SHEETS } from "../../src/jobs/findings-sheet";
import { FINDING_RULES, type FindingRuleId } from "../../src/findings/finding-rules";

describe("findings sheets", () => {
  it("fill 条款 and 建议 for every rule", () => {
    for (const id of Object.keys(FINDING_RULES) as FindingRuleId[]) {
      const sheet = findingsSheet(
        [{ rule: id, severity: "error", sheet: "表", cell: "A1", message: "…" }],
        "t",
        "charge"
      );
      const [row] = sheet.rows;
      expect({ id, clause: row[2] !== "", fix: row[7] !== "" }).toEqual({
        id,
        clause: true,
        fix: true,
      });
    }
  });

  it("are named after their job, so one job's list never replaces another's", () => {
    expect(new Set(Object.values(FINDINGS_SHEETS)).size).toBe(Object.keys(FINDINGS_SHEETS).length);
    expect(findingsSheet([], "t", "breaches").name).toBe("违规问题清单");
    expect(findingsSheet([], "t", "charge").name).toBe("收费问题清单");
  });
});
