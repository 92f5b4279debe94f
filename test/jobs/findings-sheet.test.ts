import {
  findingsSheet,
  FINDINGS_SHEETS,
  NOTE_CAPPED,
  NOTE_KEPT,
} from "../../src/jobs/findings-sheet";
import { finding } from "../../src/findings/finding";
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

it("says which highlighted cells kept the school's note and which got colour only for too many notes", () => {
  const f = (cell: string) => ({
    rule: "HEADER_NEAR_MISS" as FindingRuleId,
    severity: "error" as const,
    sheet: "考勤",
    cell,
    message: "签退晚",
  });
  const sheet = findingsSheet([f("B2"), f("B3"), f("B4")], "t", "breaches", [
    { sheet: "考勤", cell: "B2" },
    { sheet: "考勤", cell: "B3", unnoted: "too-many" },
  ]);
  expect(sheet.rows.map((r) => r[6])).toEqual([
    `签退晚${NOTE_KEPT}`,
    `签退晚${NOTE_CAPPED}`,
    "签退晚",
  ]);
});

describe("a findings sheet's 建议", () => {
  it("fills the finding's values into the fix, and names no internal reference as 条款", () => {
    const f = finding(
      "POLICY_OTHER_THAN_GIVEN",
      { sheet: "设置", cell: "B3" },
      { value: "suifenhe-2021", policy: "taiyuan-2023" }
    );
    const [row] = findingsSheet([f], "t", "charge").rows;
    expect(row[7]).toBe("确认学校执行的政策；与全市一致时把设置中的「政策」改为 taiyuan-2023");
    expect(row[2]).not.toMatch(/SPEC/);
  });

  it("fills a reading rule's fix too (the header it expected)", () => {
    const [row] = findingsSheet(
      [
        {
          rule: "HEADER_NEAR_MISS",
          severity: "warning",
          sheet: "名册",
          cell: "A1",
          message: "…",
          params: { expected: "学号" },
        },
      ],
      "t",
      "charge"
    ).rows;
    expect(row[7]).toBe("把表头改成「学号」或其他常用名称");
  });
});
