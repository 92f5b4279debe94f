import { findingsText } from "../../src/cli/findings-text";
import { finding } from "../../src/findings/finding";

describe("findings as the console prints them", () => {
  const findings = [
    finding("CHARGE_NO_NOTICE_DATE", { sheet: "设置" }),
    finding("CHARGE_STAGE_UNKNOWN", { sheet: "学生名册", cell: "D3" }),
    finding("CHARGE_STAGE_UNKNOWN", { sheet: "学生名册", cell: "D4" }),
  ];

  it("counts them by severity, then lists them with their cells", () => {
    const lines = findingsText(findings).split("\n");
    expect(lines[0]).toBe("问题：错误 2，警告 1，提示 0");
    expect(lines[1]).toBe(
      "  [错误] 学生名册!D3 无法确定该学生的学段（年级或学段无法识别），本月未计费"
    );
  });

  it("says how many more there are past the limit, and where to read them", () => {
    const lines = findingsText(findings, 1).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("  …… 另有 2 条，见「问题清单」工作表或 --json");
  });
});
