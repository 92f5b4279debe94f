import { readFileSync } from "fs";
import path from "path";
import { evaluate } from "../../src/functions/evaluate";
import { readProfileFile } from "../../src/sheets/profile-file";
import { wpsCall } from "../../src/wps/functions";
import { runCli } from "../support/run-cli";

const file = path.join(__dirname, "..", "fixtures", "example-monthly.json");
const read = readProfileFile(readFileSync(file, "utf8"), "example-monthly.json");
if (!read.ok) throw new Error("the example profile does not pass its checks");
const monthly = read.profile;

/** What every door says of 120 minutes under a monthly fee: no fee for minutes, and why. */
const REFUSAL =
  "政策 example-monthly 按月收费（每月 120.00 元）：SERVICEFEE 不按分钟计费，请用「生成收费表」";

describe("SERVICEFEE under a profile that charges by the month", () => {
  it("refuses minutes with #VALUE! and says the fee is by the month", () => {
    expect(evaluate("SERVICEFEE", [[[120]]], { profile: monthly })).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: REFUSAL,
    });
  });

  it("says so in English where the English UI is chosen", () => {
    const r = evaluate("SERVICEFEE", [[[120]]], { profile: monthly, locale: "en" });
    expect(r.kind === "error" && r.message).toMatch(/^Policy example-monthly charges by the month/);
  });

  it("is refused the same by kehou fn --policy FILE and by the WPS function", async () => {
    const r = await runCli("fn", "--policy", file, "课后服务费", "120");
    expect([r.code, r.out.trim()]).toEqual([1, `#VALUE! ${REFUSAL}`]);
    expect(wpsCall("SERVICEFEE", [120], monthly)).toBe(`#VALUE! ${REFUSAL}`);
  });

  it("still charges by minutes when a built-in policy's id is typed as the last argument", () => {
    expect(
      evaluate("SERVICEFEE", [[[120]], null, null, "suifenhe-2021"], { profile: monthly })
    ).toEqual({ kind: "value", value: 8, money: true });
  });
});
