import { readFileSync } from "fs";
import path from "path";
import { readProfileFile } from "../../src/sheets/profile-file";
import { evaluate, type FunctionResult } from "../../src/functions/evaluate";
import type { ExcelArg } from "../../src/functions/excel-value";

const value = (id: string, ...args: ExcelArg[]) => {
  const r: FunctionResult = evaluate(id, args, { today: () => new Date(2023, 4, 10) });
  return r.kind === "value" ? r.value : `${r.code} ${r.message}`;
};

describe("a built-in policy's id as the optional last argument", () => {
  it("computes by the named profile, the same as without it for the default", () => {
    expect(value("SERVICEFEE", [[120, 29, 45]], null, null, "suifenhe-2021")).toBe(11);
    expect(value("WAIVERSHARE", 5, "政府", "Suifenhe-2021")).toBe(2.5);
    expect(value("ENDTIMECHECK", "18:30", "小学", false, "2023-05-10", "suifenhe-2021")).toBe("OK");
  });

  it("refuses an id it does not know with #VALUE! and the ids it has", () => {
    expect(value("SERVICEFEE", 120, "小学", 0, "haikou-2022")).toBe(
      "#VALUE! 没有编号为「haikou-2022」的内置政策：可用的有 suifenhe-2021"
    );
  });
});

describe("REFUND's optional policy", () => {
  it("refunds by the named built-in profile, the same as the default", () => {
    expect(value("REFUND", 300, 10, 20, "suifenhe-2021")).toBe(150);
    expect(value("REFUND", 300, 10, 20)).toBe(150);
  });

  it("refuses a 4th argument that is no policy's id", () => {
    expect(value("REFUND", 300, 1, 2, 3)).toBe(
      "#VALUE! 没有编号为「3」的内置政策：可用的有 suifenhe-2021"
    );
  });
});

describe("the policy the workbook names, where the argument is left out", () => {
  const keshi = readProfileFile(
    readFileSync(path.join(__dirname, "..", "fixtures", "example-keshi.json"), "utf8"),
    "example-keshi.json"
  );
  if (!keshi.ok) throw new Error("the example profile does not pass its checks");
  const inWorkbook = (id: string, ...args: ExcelArg[]) => {
    const r = evaluate(id, args, { profile: keshi.profile, today: () => new Date(2023, 4, 10) });
    return r.kind === "value" ? r.value : `${r.code} ${r.message}`;
  };

  it("charges by whole 课时 of that profile (100 minutes: 2 × 40-minute 课时 × 3.00)", () => {
    expect(inWorkbook("SERVICEFEE", [[100]])).toBe(6);
  });

  it("splits a waiver by that profile's shares (60% government)", () => {
    expect(inWorkbook("WAIVERSHARE", 10, "政府")).toBe(6);
  });

  it("checks an end time by that profile's windows (primary to 17:30, 18:30 in summer)", () => {
    expect(inWorkbook("ENDTIMECHECK", "18:30", "小学", false, "2023-05-10")).not.toBe("OK");
    expect(inWorkbook("ENDTIMECHECK", "18:30", "小学", false, "2023-06-10")).toBe("OK");
  });

  it("says REFUND does not apply to a profile refunding by consecutive absence", () => {
    expect(inWorkbook("REFUND", 300, 10, 20)).toMatch(
      /^#VALUE! 政策 example-keshi 按连续缺勤天数退费/
    );
  });

  it("yields to an id typed as the last argument", () => {
    expect(inWorkbook("SERVICEFEE", [[100]], null, null, "suifenhe-2021")).toBe(6.67);
  });
});
