import fc from "fast-check";
import { evaluate, type FunctionResult } from "../../src/functions/evaluate";
import type { ExcelArg } from "../../src/functions/excel-value";
import { serviceFee } from "../../src/policy/fee";

const value = (id: string, ...args: ExcelArg[]) => {
  const r: FunctionResult = evaluate(id, args, { today: () => new Date(2023, 4, 10) });
  return r.kind === "value" ? r.value : `${r.code} ${r.message}`;
};

describe("SPEC §7 worked examples", () => {
  it.each<[string, ExcelArg[], number | string]>([
    ["SERVICEFEE", [120], 8],
    ["SERVICEFEE", [29], 0],
    ["SERVICEFEE", [30], 2],
    ["SERVICEFEE", [100], 6.67],
    ["SERVICEFEE", [120, "高中", 0.1], 8.8],
    ["SERVICEFEE", [[[120, 29, 45]]], 11],
    ["REFUND", [160, 0, 20], 160],
    ["REFUND", [160, 10, 20], 80],
    ["REFUND", [160, 11, 20], 0],
    ["WAIVERSHARE", [100], 50],
    ["WAIVERSHARE", [100, "学校"], 50],
    ["ENDTIMECHECK", ["18:00", "小学", false, "2023-05-10"], "OK"],
  ])("%s(%j) = %s", (id, args, expected) => expect(value(id, ...args)).toBe(expected));

  it("ENDTIMECHECK 18:00 小学 on 2021-05-10 gives a Chinese reason", () => {
    expect(value("ENDTIMECHECK", "18:00", "小学", false, "2021-05-10")).toBe(
      "试行期间小学课后服务应于 17:30 结束，18:00 不符（§三(二)）"
    );
  });
});

describe("how Excel passes arguments", () => {
  it("treats blank cells in a range as no service", () => {
    expect(value("SERVICEFEE", [[120, null, "", 45]])).toBe(11);
  });
  it("reads a column range and text numbers, full-width too", () => {
    expect(value("SERVICEFEE", [[120], ["２９"], ["45"]])).toBe(11);
  });
  it("fills defaults for omitted arguments (null)", () => {
    expect(value("SERVICEFEE", 120, null, null)).toBe(8);
    expect(value("WAIVERSHARE", 100, null)).toBe(50);
    expect(value("ENDTIMECHECK", "18:30", "初中", null, null)).toBe("OK");
  });
  it("takes English stage and party words", () => {
    expect(value("SERVICEFEE", 120, "senior", "10%")).toBe(8.8);
    expect(value("WAIVERSHARE", [[33.33, 0.02]], "school")).toBe(16.67);
    expect(value("WAIVERSHARE", [[33.33, 0.02]], "government")).toBe(16.68);
  });
  it("takes Excel time fractions and date serials", () => {
    expect(value("ENDTIMECHECK", 0.75, "小学", false, 44326)).toBe(
      "试行期间小学课后服务应于 17:30 结束，18:00 不符（§三(二)）"
    );
    expect(value("ENDTIMECHECK", 18.5 / 24, "初中", true, 44326)).toBe("OK");
  });
  it("reads TRUE for the graduating year", () => {
    expect(value("ENDTIMECHECK", "20:30", "初中", true, "2023-05-10")).toBe("OK");
    expect(value("ENDTIMECHECK", "20:30", "初中", false, "2023-05-10")).toMatch(
      /^初中课后服务结束时间不晚于 18:30/
    );
  });
  it("uses today when the date is left out", () => {
    expect(value("ENDTIMECHECK", "18:00", "小学")).toBe("OK");
  });
  it("accepts KEHOU.-prefixed and lower-case names", () => {
    expect(value("kehou.servicefee", 120)).toBe(8);
  });
});

describe("bad input becomes #VALUE! with a Chinese message", () => {
  it.each<[string, ExcelArg[], string]>([
    ["SERVICEFEE", [[[120, "abc"]]], "#VALUE! 第1行第2个单元格「abc」不是分钟数"],
    ["SERVICEFEE", [[[-5]]], "#VALUE! 第1行第1个单元格的分钟数不能为负数（-5）"],
    ["SERVICEFEE", [[[true]]], "#VALUE! 第1行第1个单元格「true」不是分钟数"],
    ["SERVICEFEE", [120, "大学"], "#VALUE! 无法识别学段「大学」：请填写 小学、初中 或 高中"],
    ["SERVICEFEE", [120, "高中", 0.11], "#VALUE! 上浮比例不得超过10%"],
    ["SERVICEFEE", [120, "高中", "许多"], "#VALUE! 上浮比例「许多」不是数字：请填写如 5% 的百分比"],
    ["SERVICEFEE", [120, "小学", 0.05], "#VALUE! 只有高中可以上浮收费标准，小学的上浮比例须为0"],
    ["REFUND", ["一百", 0, 20], "#VALUE! 已缴费用「一百」不是金额"],
    ["REFUND", [-1, 0, 20], "#VALUE! 已缴费用不能为负数（-1）"],
    ["REFUND", [160, "x", 20], "#VALUE! 已上课时「x」不是数字"],
    ["REFUND", [160, 21, 20], "#VALUE! 已上课时（21）不能多于应上课时（20）"],
    ["REFUND", [160, 0, 0], "#VALUE! 应上课时必须大于0"],
    ["REFUND", [160, 0, -3], "#VALUE! 应上课时不能为负数（-3）"],
    ["WAIVERSHARE", [100, "家长"], "#VALUE! 无法识别分担方「家长」：请填写 政府 或 学校"],
    ["WAIVERSHARE", [[["x"]]], "#VALUE! 减免金额「x」不是金额"],
    [
      "ENDTIMECHECK",
      ["晚上", "小学"],
      "#VALUE! 无法识别时间「晚上」：请写成 16:45、16:45:00、16时45分 或 4:45 PM",
    ],
    [
      "ENDTIMECHECK",
      ["18:00", "幼儿园"],
      "#VALUE! 无法识别学段「幼儿园」：请填写 小学、初中 或 高中",
    ],
    ["ENDTIMECHECK", ["18:00", "小学", "也许"], "#VALUE! 「也许」应为 TRUE 或 FALSE"],
    [
      "ENDTIMECHECK",
      ["18:00", "小学", false, "明天"],
      "#VALUE! 无法识别日期「明天」：请写成 2021-05-10、2021/5/10 或 2021年5月10日",
    ],
    [
      "ENDTIMECHECK",
      ["18:00", "小学", false, "2020-09-01"],
      "#VALUE! 2020-09-01 早于课后服务试行开始日 2021-04-01，政策未规定该日的服务时间",
    ],
    [
      "ENDTIMECHECK",
      ["15:00", "小学", false, "2023-05-10"],
      "#VALUE! 结束时间 15:00 不晚于小学课后服务开始时间 15:30，请检查输入",
    ],
    ["ENDTIMECHECK", [null, "小学"], "#VALUE! ENDTIMECHECK 缺少必填参数 endTime"],
    ["REFUND", [160, 0], "#VALUE! REFUND 需要 3 到 4 个参数，实际为 2 个"],
    [
      "NOSUCH",
      [1],
      "#VALUE! 没有名为 NOSUCH 的函数：可用的有 SERVICEFEE、REFUND、WAIVERSHARE、ENDTIMECHECK",
    ],
  ])("%s(%j)", (id, args, expected) => expect(value(id, ...args)).toBe(expected));

  it("speaks English when asked", () => {
    const r = evaluate("SERVICEFEE", [120, "高中", 0.2], { locale: "en" });
    expect(r).toEqual({ kind: "error", code: "#VALUE!", message: "The uplift may not exceed 10%" });
    const reason = evaluate("ENDTIMECHECK", ["18:00", "primary", false, "2021-05-10"], {
      locale: "en",
    });
    expect(reason).toEqual({
      kind: "value",
      value: "During the pilot, primary service ends at 17:30; 18:00 does not (§三(二))",
    });
  });
  it("never throws, whatever it is given (property)", () => {
    const scalar = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.integer({ min: -1000, max: 100000 })
    );
    const arg = fc.oneof(scalar, fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 3 }));
    fc.assert(
      fc.property(
        fc.constantFrom("SERVICEFEE", "REFUND", "WAIVERSHARE", "ENDTIMECHECK"),
        fc.array(arg, { maxLength: 5 }),
        (id, args) => {
          const r = evaluate(id, args);
          expect(["value", "error"]).toContain(r.kind);
          if (r.kind === "error") expect(r.message.length).toBeGreaterThan(0);
        }
      ),
      { numRuns: 2000 }
    );
  });
  it("does not mutate its input", () => {
    const range = [[120, 29, 45]];
    evaluate("SERVICEFEE", [range]);
    expect(range).toEqual([[120, 29, 45]]);
  });
});

describe("money laws through the functions (properties)", () => {
  it("a range's fee equals the fee of its summed billable minutes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 240 }), { maxLength: 23 }),
        fc.integer({ min: 0, max: 10 }),
        (days, pct) => {
          const billable = days.filter((d) => d >= 30).reduce((s, d) => s + d, 0);
          // The sum may pass a day's 1,440 minutes (#NUM! in one cell), so it goes to the rule itself.
          const fee = serviceFee([billable], "senior", pct / 100);
          expect(value("SERVICEFEE", [days], "高中", pct / 100)).toBe(
            fee.ok ? fee.value.toNumber() : "refused"
          );
        }
      )
    );
  });
  it("government + school = waived", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (fen) => {
        const waived = fen / 100;
        const gov = Math.round(Number(value("WAIVERSHARE", waived)) * 100);
        const school = Math.round(Number(value("WAIVERSHARE", waived, "学校")) * 100);
        expect(gov + school).toBe(fen);
      })
    );
  });
});
