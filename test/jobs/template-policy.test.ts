import { jobEntry } from "../../src/jobs/catalogue";
import { settingsRows, templateSheets } from "../../src/jobs/template";
import type { Profile } from "../../src/policy/profile";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from "../../src/policy/profiles";
import { readSettings } from "../../src/sheets/settings";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { exampleProfile as profileOf } from "../support/example-profile";

/** The 说明 of a 设置 row, by its key; undefined where the template has no such row. */
const noteOf = (profile: Profile, key: string) =>
  settingsRows(profile).find(([k]) => k === key)?.[2];

describe("a city's template (template --policy)", () => {
  const keshi = profileOf("example-keshi.json");

  it("names the city's profile in 政策, with its id first in the drop-down", () => {
    const [settings] = templateSheets("2024-05", keshi);
    const row = settings.rows.findIndex((r) => r[0] === "政策");
    expect(settings.rows[row][1]).toBe("example-keshi");
    expect(settings.rows[row][2]).toContain("示例市中小学课后服务管理办法（整课时示例）");
    expect(settings.validations).toContainEqual(
      expect.objectContaining({
        from: row,
        list: ["example-keshi", ...Object.keys(BUILT_IN_PROFILES)],
      })
    );
  });

  it("writes a 收费标准 row where the profile's rates are ceilings, none where they are the fee", () => {
    expect(noteOf({ ...keshi, rateIsCeiling: true }, "收费标准")).toBe(
      "本校每课时收费标准（元），不超过3.00元；不填按3.00元收取（第五条）"
    );
    expect(noteOf(keshi, "收费标准")).toBeUndefined();
    expect(noteOf(DEFAULT_PROFILE, "收费标准")).toBeUndefined();
  });

  it("writes no uplift row under a profile that allows none", () => {
    expect(noteOf(keshi, "高中上浮")).toBeUndefined();
    expect(noteOf(DEFAULT_PROFILE, "高中上浮")).toBe(
      `仅高中，0%–${DEFAULT_PROFILE.uplift.maxPercent}%（${DEFAULT_PROFILE.provenance.clauses.uplift}）`
    );
  });

  it("says the profile's √ minutes and clauses in the instructions, not the default's", () => {
    expect(noteOf(keshi, "小学结束时间")).toBe(
      "√ 按开始时间到此时间计时；不填按政策规定（小学80分钟）"
    );
    expect(noteOf(keshi, "初中结束时间")).toBe("不填按1.5小时");
    expect(noteOf(keshi, "高中结束时间")).toBe("高中用 √ 记考勤时必填");
    expect(noteOf(keshi, "收费公示日期")).toContain("（第八条）");
    const [, roster] = templateSheets("2024-05", keshi);
    expect(roster.columns.find((c) => c.header === "退费申请")?.note).toBe("是/否（第七条）");
    expect(roster.columns.find((c) => c.header === "家庭经济困难")?.note).toBe(
      "是/否，免收费（第六条）"
    );
  });

  it("keeps the default's instructions (试行期间标准, 2 hours for 小学)", () => {
    expect(noteOf(DEFAULT_PROFILE, "小学结束时间")).toBe(
      "√ 按开始时间到此时间计时；不填按试行期间标准（小学2小时）"
    );
    expect(noteOf(DEFAULT_PROFILE, "初中结束时间")).toBe("不填按1小时");
    expect(noteOf(DEFAULT_PROFILE, "初中毕业年级结束时间")).toBe("不填按1.5小时");
    expect(templateSheets("2024-05")).toEqual(templateSheets("2024-05", DEFAULT_PROFILE));
  });

  it("adds the row choosing a rate table, with its options as a drop-down", () => {
    const byArea: Profile = {
      ...keshi,
      rateVariants: { setting: "城乡", options: { 城区: keshi.rates, 农村: keshi.rates } },
    };
    const [settings] = templateSheets("2024-05", byArea);
    const row = settings.rows.findIndex((r) => r[0] === "城乡");
    expect(settings.rows[row]).toEqual(["城乡", "", "选用的收费标准，从列表选择：城区、农村"]);
    expect(settings.validations).toContainEqual(
      expect.objectContaining({ from: row, list: ["城区", "农村"] })
    );
  });

  it("is read back under its profile without a 政策 warning", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(templateSheets("2024-05", keshi));
    const grid = (await wb.readSheets()).find((g) => g.name === "设置")!;
    const read = readSettings(grid, keshi);
    expect(read.settings.profile.id).toBe("example-keshi");
    expect(read.findings.map((f) => f.rule)).not.toContain("POLICY_OTHER_THAN_GIVEN");
  });
});

describe("the template button with a policy file loaded in the pane", () => {
  it("inserts the city's template", async () => {
    const wb = XlsxWorkbook.empty();
    await jobEntry("template").run!(wb, { profile: profileOf("example-keshi.json") });
    const grid = (await wb.readSheets()).find((g) => g.name === "设置")!;
    expect(grid.values.find((r) => r[0] === "政策")?.[1]).toBe("example-keshi");
  });
});
