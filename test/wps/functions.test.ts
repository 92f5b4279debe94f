import { readFileSync } from "fs";
import path from "path";
import { registerFunctions } from "../../src/wps/functions";
import { forgetWpsPolicy, LOADED_POLICY_KEY } from "../../src/wps/workbook-policy";
import { readProfileFile } from "../../src/sheets/profile-file";
import { WpsHost } from "../../src/taskpane/wps-host";
import { EtFake } from "../support/et-fake";

const keshi = readProfileFile(
  readFileSync(path.join(__dirname, "..", "fixtures", "example-keshi.json"), "utf8"),
  "example-keshi.json"
);

/** A workbook in the fake WPS with its 设置, the four functions registered as WPS would. */
function wpsWith(settings: unknown[][]) {
  forgetWpsPolicy();
  const et = new EtFake();
  et.seed("设置", settings as never);
  registerFunctions(et.app as never);
  const call = (name: string, ...args: unknown[]) => et.functions.get(`KEHOU.${name}`)!.fn(...args);
  const storage = et.app.PluginStorage as { setItem(k: string, v: string): void };
  return { et, call, storage };
}

describe("WPS functions follow the policy the workbook names", () => {
  afterEach(() => forgetWpsPolicy());

  it("read the 政策 row of 设置 through the ET object model, once for a recalculation", () => {
    const { et, call } = wpsWith([
      ["学校名称", "一小"],
      ["政策", "suifenhe-2021"],
    ]);
    expect(call("SERVICEFEE", [[120]])).toBe(8);
    const after = et.calls;
    expect(call("REFUND", 300, 10, 20)).toBe(150);
    // The second formula reads no 设置 again: only the workbook's name and PluginStorage.
    expect(et.calls - after).toBeLessThan(8);
  });

  it("compute by the default where 设置 names a policy Kehou lacks", () => {
    const { call } = wpsWith([["政策", "haikou-2022"]]);
    expect(call("SERVICEFEE", [[100]])).toBe(6.67);
  });

  it("compute by a policy file the pane loaded for this workbook (whole 课时: 2 × 3.00)", () => {
    const { call, storage } = wpsWith([["政策", "suifenhe-2021"]]);
    if (!keshi.ok) throw new Error("the example profile does not pass its checks");
    storage.setItem(
      LOADED_POLICY_KEY,
      JSON.stringify({ workbook: "/home/u/学校.xlsx", profile: keshi.profile })
    );
    expect(call("SERVICEFEE", [[100]])).toBe(6);
    expect(call("WAIVERSHARE", 10, "政府")).toBe(6);
    // An id typed as the last argument still wins.
    expect(call("SERVICEFEE", [[100]], null, null, "suifenhe-2021")).toBe(6.67);
  });

  it("follow a policy file loaded in the pane (WpsHost hands it over through PluginStorage)", () => {
    const { et, call } = wpsWith([["政策", "suifenhe-2021"]]);
    if (!keshi.ok) throw new Error("the example profile does not pass its checks");
    new WpsHost(et.app as never).sharePolicy(keshi.profile);
    expect(call("SERVICEFEE", [[100]])).toBe(6);
  });

  it("ignore a policy file loaded for another workbook", () => {
    const { call, storage } = wpsWith([["政策", "suifenhe-2021"]]);
    if (!keshi.ok) throw new Error("the example profile does not pass its checks");
    storage.setItem(
      LOADED_POLICY_KEY,
      JSON.stringify({ workbook: "/home/u/别的学校.xlsx", profile: keshi.profile })
    );
    expect(call("SERVICEFEE", [[100]])).toBe(6.67);
  });

  it("take REFUND's policy as its 4th argument", () => {
    const { call } = wpsWith([["学校名称", "一小"]]);
    expect(call("REFUND", 300, 10, 20, "suifenhe-2021")).toBe(150);
  });
});
