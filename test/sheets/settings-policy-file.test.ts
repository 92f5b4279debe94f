import { readFileSync } from "fs";
import path from "path";
import { readSettings } from "../../src/sheets/settings";
import { readProfileFile } from "../../src/sheets/profile-file";
import { policyRefusal } from "../../src/jobs/school-workbook";

const rows = (policy: string) => ({
  name: "设置",
  values: [
    ["学校名称", "测试学校"],
    ["政策", policy],
  ],
});

describe("a 政策 row naming a policy file", () => {
  it.each(["./绥芬河.json", "C:\\政策\\x.json", "政策/本市.JSON", " 本市.json "])(
    "says at the cell that a file is given with --policy or loaded in the pane: %s",
    (value) => {
      const { settings, findings } = readSettings(rows(value));
      expect(settings.profile.id).toBe("suifenhe-2021");
      expect(findings.map((f) => [f.rule, f.sheet, f.cell, f.severity])).toEqual([
        ["POLICY_ROW_IS_FILE", "设置", "B2", "error"],
      ]);
      expect(findings[0].message).toBe(
        `设置「政策」的值「${value.trim()}」是文件路径：此行只填内置政策编号（suifenhe-2021），政策文件用 --policy 文件 给出或在任务窗格中载入`
      );
    }
  );

  it("refuses the run as for an unknown id: no rules were named that Kehou can read", () => {
    const { settings, findings } = readSettings(rows("./绥芬河.json"));
    expect(settings.unknownPolicy).toBe("./绥芬河.json");
    expect(policyRefusal(findings)?.rule).toBe("POLICY_ROW_IS_FILE");
  });

  it("says the row differs from the policy file the run was given, which is in force", () => {
    const keshi = readProfileFile(
      readFileSync(path.join(__dirname, "..", "fixtures", "example-keshi.json"), "utf8"),
      "example-keshi.json"
    );
    if (!keshi.ok) throw new Error("the example profile does not pass its checks");
    const { settings, findings } = readSettings(rows("./example-keshi.json"), keshi.profile);
    expect(settings.profile.id).toBe("example-keshi");
    expect(findings.map((f) => f.rule)).toEqual(["POLICY_OTHER_THAN_GIVEN"]);
  });

  it("keeps an unknown id an unknown id", () => {
    const { findings } = readSettings(rows("haikou-2022"));
    expect(findings.map((f) => f.rule)).toEqual(["POLICY_UNKNOWN"]);
  });
});
