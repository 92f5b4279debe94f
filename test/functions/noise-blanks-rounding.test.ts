import { evaluate, type FunctionResult } from "../../src/functions/evaluate";
import type { ExcelArg } from "../../src/functions/excel-value";
import { showResult } from "../../src/cli/commands/fn-result";

const value = (id: string, ...args: ExcelArg[]) => {
  const r: FunctionResult = evaluate(id, args, { today: () => new Date(2023, 4, 10) });
  return r.kind === "value" ? r.value : `${r.code} ${r.message}`;
};

describe("binary noise from formulas (SPEC §7)", () => {
  it("charges a day whose formula gives 29.999999999999893 minutes as 30", () => {
    expect((16 / 24 - 15.5 / 24) * 1440).toBe(29.999999999999893);
    expect(value("SERVICEFEE", 29.999999999999893)).toBe(2);
    expect(value("SERVICEFEE", 30)).toBe(2);
    expect(value("SERVICEFEE", [[29.999999999999893, 30]])).toBe(4);
  });
  it("still leaves a day of 29.9999 minutes free (noise is below a millionth, not a minute)", () => {
    expect(value("SERVICEFEE", 29.9999)).toBe(0);
  });
  it("reads attended 0.30000000000000004 of 0.6 as half, so the half refund stands", () => {
    expect(0.1 + 0.2).toBe(0.30000000000000004);
    expect(value("REFUND", 160, 0.1 + 0.2, 0.6)).toBe(80);
    expect(value("REFUND", 160, 0.3, 0.6)).toBe(80);
  });
  it("passes an uplift of 0.1 + 1e-10 (noise) and bills it as given", () => {
    expect(value("SERVICEFEE", 120, "高中", 0.1 + 1e-10)).toBe(8.8);
    expect(value("SERVICEFEE", 120, "高中", 1.1 - 1)).toBe(8.8);
  });
  it("refuses an uplift of 0.1 + 1e-7 and of 10.0001%", () => {
    expect(value("SERVICEFEE", 120, "高中", 0.1 + 1e-7)).toBe("#VALUE! 上浮比例不得超过10%");
    expect(value("SERVICEFEE", 120, "高中", 0.100001)).toBe("#VALUE! 上浮比例不得超过10%");
    expect(value("SERVICEFEE", 120, "高中", "10.0001%")).toBe("#VALUE! 上浮比例不得超过10%");
  });
  it("reads a noise uplift for 小学 as none", () => {
    expect(value("SERVICEFEE", 120, "小学", 1e-12)).toBe(8);
  });
});

describe("blank cells (SPEC §7)", () => {
  it("reads a blank required number as 0", () => {
    expect(value("REFUND", 300, null, 20)).toBe(300);
    expect(value("REFUND", 300, "", 20)).toBe(300);
    expect(value("REFUND", null, 0, 20)).toBe(0);
    expect(value("REFUND", 300, [[null]], 20)).toBe(300);
    expect(value("SERVICEFEE", null)).toBe(0);
    expect(value("SERVICEFEE", "")).toBe(0);
    expect(value("WAIVERSHARE", null)).toBe(0);
    expect(value("WAIVERSHARE", [[null, ""]])).toBe(0);
  });
  it("reads a blank scheduled time as 0, which is an error of its own, not a missing argument", () => {
    expect(value("REFUND", 300, 0, null)).toBe("#VALUE! 应上课时必须大于0");
  });
  it("never turns trailing blank arguments into a wrong number of arguments", () => {
    expect(value("REFUND", 300, null, 20, null)).toBe(300);
    expect(value("SERVICEFEE", 120, null, null, "", null)).toBe(8);
    expect(value("WAIVERSHARE", 100, null, null)).toBe(50);
  });
  it("still counts arguments that are typed", () => {
    expect(value("REFUND", 300)).toBe("#VALUE! REFUND 需要 3 到 4 个参数，实际为 1 个");
    // The 4th is the optional policy; a 5th is one too many.
    expect(value("REFUND", 300, 1, 2, "suifenhe-2021", 3)).toBe(
      "#VALUE! REFUND 需要 3 到 4 个参数，实际为 5 个"
    );
  });
  it("takes a blank optional as omitted", () => {
    expect(value("SERVICEFEE", 120, "", "")).toBe(8);
    expect(value("ENDTIMECHECK", "18:30", "初中", "", "")).toBe("OK");
  });
});

describe("round once (SPEC §7)", () => {
  it("halves the amount paid as typed, then rounds: 160.005 → 80.0025 → 80.00 (not 80.01)", () => {
    expect(value("REFUND", 160.005, 1, 2)).toBe(80);
    expect(value("REFUND", 160.015, 1, 2)).toBe(80.01);
    expect(value("REFUND", 160.004, 1, 2)).toBe(80);
    expect(value("REFUND", 160.005, 0, 2)).toBe(160.01);
  });
  it("splits a waived amount as typed and rounds each share once", () => {
    expect(value("WAIVERSHARE", 100.005)).toBe(50);
    expect(value("WAIVERSHARE", 100.005, "学校")).toBe(50.01);
    expect(value("WAIVERSHARE", [[0.005, 0.005]])).toBe(0.01);
  });
});

describe("a day of more than 1,440 minutes", () => {
  it("is #NUM! with a message", () => {
    expect(value("SERVICEFEE", 1440)).toBe(96);
    expect(value("SERVICEFEE", 1440.5)).toBe(
      "#NUM! 第1行第1个单元格的分钟数 1440.5 超过一天的 1440 分钟：请填写当天的服务分钟数"
    );
    expect(value("SERVICEFEE", [[120, 2000]])).toMatch(/^#NUM! 第1行第2个单元格/);
  });
});

describe("kehou fn prints money with its fen", () => {
  it("shows 1e8 yuan and more with two decimals, where Excel's General format drops them", () => {
    expect(showResult(evaluate("WAIVERSHARE", [246913578.02]))).toBe("123456789.01");
    expect(showResult(evaluate("REFUND", [100000000.1, 0, 1]))).toBe("100000000.10");
    expect(showResult(evaluate("SERVICEFEE", [[[120, 29, 45]]]))).toBe("11.00");
  });
  it("prints text as it is", () => {
    expect(showResult(evaluate("ENDTIMECHECK", ["18:00", "小学", false, "2023-05-10"]))).toBe("OK");
  });
});
