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
