import { analyseSchool } from "../../../../src/jobs/breaches/analyse";
import { findingsSheet } from "../../../../src/jobs/findings-sheet";
import type { Profile } from "../../../../src/policy/profile";
import { DEFAULT_PROFILE } from "../../../../src/policy/profiles";
import type { SheetGrid } from "../../../../src/sheets/grid";

const grids: SheetGrid[] = [
  {
    name: "设置",
    values: [
      ["学校名称", "自算学校"],
      ["收费方式", "据实收取"],
      ["月份", "2023-05"],
      ["收费公示日期", "2023-04-01"],
      ["收费标准", 4],
    ],
  },
  {
    name: "名册",
    values: [
      ["学号", "姓名", "年级", "协议签订日期", "应收金额"],
      ["F1", "甲", "三年级", "2023-04-01", 99],
      ["", "乙", "三年级", "2023-04-01", 98],
      ["F3", "丙", "三年级", "2023-04-01", 8],
    ],
  },
  {
    name: "考勤",
    values: [
      ["学号", "姓名", "5/10", "5/11", "5/12"],
      ["F1", "甲", "√", null, null],
      ["", "乙", "√", "√", null],
      ["F3", "丙", "√", null, null],
    ],
  },
];

describe("the school's own charge column", () => {
  it("is held to our line by 学号, or by name where the row has none", () => {
    const said = analyseSchool(grids)
      .breaches.filter((f) => f.rule.startsWith("FEE_"))
      .map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.studentId ?? "-"} ${f.message}`);
    expect(said).toEqual([
      "FEE_CHARGE_DIFFERS 名册!E2 F1 F1 甲 本月收费 99.00 元，按政策应为 8.00 元，相差 91.00 元",
      "FEE_CHARGE_DIFFERS 名册!E3 - 乙 本月收费 98.00 元，按政策应为 16.00 元，相差 82.00 元",
    ]);
  });
});

describe("a 收费标准 the settings cannot read, under Suifenhe's hourly rate", () => {
  const withRate = (rate: string): SheetGrid[] =>
    grids.map((g) =>
      g.name === "设置"
        ? { ...g, values: g.values.map((r) => (r[0] === "收费标准" ? ["收费标准", rate] : r)) }
        : g
    );

  it("is said among the breaches at its cell, with the form to write (4 or 4元)", () => {
    const { breaches } = analyseSchool(withRate("5元/课时"));
    expect(breaches).toContainEqual(
      expect.objectContaining({
        rule: "SETTING_RATE_UNREADABLE",
        sheet: "设置",
        cell: "B5",
        message: expect.stringContaining("收费标准应写成每小时的元数，如「4」或「4元」"),
      })
    );
  });

  it("reads 5元/小时 and finds it above the standard", () => {
    const { breaches } = analyseSchool(withRate("5元/小时"));
    expect(breaches.map((f) => f.rule)).toContain("FEE_RATE_ABOVE_STANDARD");
    expect(breaches.map((f) => f.rule)).not.toContain("SETTING_RATE_UNREADABLE");
  });
});

describe("a hardship student charged", () => {
  const hardship: SheetGrid[] = grids.map((g) =>
    g.name === "名册"
      ? {
          ...g,
          values: [
            ["学号", "姓名", "年级", "协议签订日期", "家庭经济困难", "应收金额"],
            ["F1", "甲", "三年级", "2023-04-01", "是", 5],
          ],
        }
      : g.name === "考勤"
        ? { ...g, values: [g.values[0], g.values[1]] }
        : g
  );
  const fixOf = (profile?: Profile) => {
    const f = analyseSchool(hardship, { profile }).breaches.find(
      (x) => x.rule === "FEE_HARDSHIP_CHARGED"
    );
    if (!f) throw new Error("no FEE_HARDSHIP_CHARGED");
    const sheet = findingsSheet([f], "违规问题清单", "breaches", [], profile);
    return sheet.rows.flat().find((c) => String(c).startsWith("免收该生费用"));
  };

  it("tells the school who shares the waiver, by the policy in force", () => {
    expect(fixOf()).toBe("免收该生费用，已收的退还；免收额度按政策由市政府与学校分担");
    const other = structuredClone(DEFAULT_PROFILE) as {
      -readonly [K in keyof Profile]: Profile[K];
    };
    other.waiver = {
      shares: [
        { payer: "government", percent: 60, name: "区财政" },
        { payer: "school", percent: 40 },
      ],
    };
    expect(fixOf(other as Profile)).toBe(
      "免收该生费用，已收的退还；免收额度按政策由区财政与学校分担"
    );
  });
});
