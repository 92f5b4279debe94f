import { readDays, readSettings } from "../../src/sheets/settings";
import type { SheetGrid } from "../../src/sheets/grid";

/** A settings sheet of these rows, a school's name under them where they give none. */
const grid = (rows: (string | number | null)[][]): SheetGrid => ({
  name: "设置",
  values: rows.some((r) => r[0] === "学校名称") ? rows : [...rows, ["学校名称", "测试学校"]],
});

describe("readSettings", () => {
  it("takes SPEC's defaults for a workbook without settings, the missing name an error", () => {
    const { settings, findings } = readSettings(undefined);
    expect(settings).toMatchObject({ system: "6-3", mode: "actual", closures: [] });
    expect(settings.uplift.toString()).toBe("0");
    expect(findings).toMatchObject([{ rule: "SCHOOL_NAME_MISSING", severity: "error" }]);
  });

  it("makes every school's settings one shape, whichever rows it has and in whatever order", () => {
    const fields = (rows: (string | number | null)[][]) =>
      Object.keys(readSettings(grid(rows)).settings).join();
    expect(
      fields([
        ["月份", "2023-05"],
        ["收费公示日期", "2023-04-01"],
      ])
    ).toBe(fields([["教师补助标准", 30]]));
  });

  it.each([
    ["left empty", [["学校名称", null]], "B1"],
    [
      "of spaces and an ideographic space",
      [
        ["学制", "六三制"],
        ["学校名称", " \u3000 "],
      ],
      "B2",
    ],
    ["with no 学校名称 row at all", [["学制", "六三制"]], ""],
  ])("makes a school name %s an error at its cell (SPEC §11)", (_what, rows, cell) => {
    const { settings, findings } = readSettings({ name: "设置", values: rows });
    expect(settings.school).toBeUndefined();
    expect(findings).toMatchObject([
      { rule: "SCHOOL_NAME_MISSING", severity: "error", sheet: "设置", cell },
    ]);
  });

  it("shows a school's name as typed, a trailing ideographic space trimmed", () => {
    const { settings, findings } = readSettings({
      name: "设置",
      values: [["学校名称", "测试学校（南校区）\u3000"]],
    });
    expect(settings.school).toBe("测试学校（南校区）");
    expect(findings).toEqual([]);
  });

  it("reads every key it knows, ignoring a 说明 column", () => {
    const { settings, findings } = readSettings(
      grid([
        ["项目", "值", "说明"],
        ["学校名称", "第一中学", "全称"],
        ["学制", "五四制", "六三制 或 五四制"],
        ["高中上浮", "10%", null],
        ["收费方式", "按月收取", null],
        ["收费公示日期", "2021-04-15", null],
        ["月份", "2021年5月", null],
        ["小学结束时间", "18:00", null],
        ["高中结束时间", 0.8125, null],
        ["停课日期", "2021-05-17至2021-05-18、2021-05-20", "多个日期用、分隔"],
        ["调休上班日", 46000, null],
      ])
    );
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      school: "第一中学",
      system: "5-4",
      mode: "monthly",
      feeNoticeDate: "2021-04-15",
      month: "2021-05",
      endTimes: { primary: 1080, senior: 1170 },
      closures: ["2021-05-17", "2021-05-18", "2021-05-20"],
      makeupDays: ["2025-12-09"],
    });
    expect(settings.uplift.toString()).toBe("0.1");
  });

  it("reads a bare 10 in 高中上浮 as 10%, and refuses 11% with a finding", () => {
    expect(readSettings(grid([["高中上浮", 10]])).settings.uplift.toString()).toBe("0.1");
    const bad = readSettings(
      grid([
        ["学制", "六三制"],
        ["高中上浮", "11%"],
      ])
    );
    expect(bad.settings.uplift.toString()).toBe("0");
    expect(bad.findings).toMatchObject([{ rule: "FEE_UPLIFT_ABOVE_POLICY", cell: "B2" }]);
  });

  it("takes a formula's 10% (=1.1-1, 0.1 + 1e-10) and refuses 0.1 + 1e-7 (SPEC §7)", () => {
    expect(readSettings(grid([["高中上浮", 1.1 - 1]])).findings).toEqual([]);
    expect(readSettings(grid([["高中上浮", 0.1 + 1e-10]])).findings).toEqual([]);
    const over = readSettings(grid([["高中上浮", 0.1 + 1e-7]]));
    expect(over.settings.uplift.toString()).toBe("0");
    expect(over.findings).toMatchObject([{ rule: "FEE_UPLIFT_ABOVE_POLICY", cell: "B1" }]);
  });

  it("makes an unreadable value a finding at its cell and keeps the default", () => {
    const { settings, findings } = readSettings(
      grid([
        ["学制", "八年制"],
        ["收费方式", "随便"],
        ["停课日期", "下周一"],
      ])
    );
    expect(settings.system).toBe("6-3");
    expect(findings.map((f) => f.cell)).toEqual(["B1", "B2", "B3"]);
    expect(findings[0].message).toBe("设置「学制」的值「八年制」无法识别，已按默认值 六三制 处理");
  });
});

describe("readDays", () => {
  it("reads single dates, lists and ranges, across a month's end", () => {
    expect(readDays("2021-04-30至2021-05-02")).toEqual(["2021-04-30", "2021-05-01", "2021-05-02"]);
    expect(readDays("2021-12-31~2022-01-01")).toEqual(["2021-12-31", "2022-01-01"]);
    expect(readDays("2021/5/6，2021年5月7日")).toEqual(["2021-05-06", "2021-05-07"]);
    expect(readDays("2021-05-09至2021-05-08")).toBeUndefined();
  });
});
