import { cityText } from "../../../src/cli/commands/city-text";
import { finding } from "../../../src/findings/finding";
import type { CityResult } from "../../../src/jobs/consolidate/job";

describe("a city run as the console prints it", () => {
  const place = { sheet: "设置" };
  const result: CityResult = {
    schools: [],
    errors: [],
    findings: [
      { ...finding("CHARGE_NO_NOTICE_DATE", place), school: "一中", file: "一中.xlsx" },
      { ...finding("CHARGE_STAGE_UNKNOWN", place), school: "二中", file: "二中.xlsx" },
    ],
  };

  it("counts the findings by severity and says where the rest are", () => {
    const lines = cityText(result, "全市.xlsx", 1).split("\n");
    expect(lines).toContain("问题：错误 1，警告 1，提示 0");
    expect(lines).toContain("  …… 另有 1 条，见「问题」工作表或 --json");
    expect(lines[lines.length - 1]).toBe("未写出文件。");
  });
});
