import { analyseSchool } from "../../../src/jobs/breaches/analyse";
import type { SheetGrid } from "../../../src/sheets/grid";
import { exampleProfile } from "../../support/example-profile";

const school = (policy: string): SheetGrid[] => [
  {
    name: "设置",
    values: [
      ["学校名称", "示例学校"],
      ["政策", policy],
      ["月份", "2024-05"],
      ["收费公示日期", "2024-04-01"],
    ],
  },
  {
    name: "名册",
    values: [
      ["学号", "姓名", "年级"],
      ["P1", "甲", "三年级"],
    ],
  },
  {
    name: "考勤",
    values: [
      ["学号", "姓名", "5/10"],
      ["P1", "甲", "90分钟"],
    ],
  },
];

describe("breaches say which policy was applied over the workbook's own", () => {
  it("warns at the 政策 cell when the run's policy is not the one the workbook names", () => {
    const { breaches } = analyseSchool(school("suifenhe-2021"), {
      profile: exampleProfile("example-keshi.json"),
    });
    expect(
      breaches.filter((f) => f.rule.startsWith("POLICY_")).map((f) => [f.rule, f.cell])
    ).toEqual([["POLICY_OTHER_THAN_GIVEN", "B2"]]);
  });

  it("says nothing of the policy when the workbook names the one applied", () => {
    const { breaches } = analyseSchool(school("example-keshi"), {
      profile: exampleProfile("example-keshi.json"),
    });
    expect(breaches.filter((f) => f.rule.startsWith("POLICY_"))).toEqual([]);
  });
});
