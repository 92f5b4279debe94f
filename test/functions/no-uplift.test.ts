import { evaluate } from "../../src/functions/evaluate";
import { exampleProfile } from "../support/example-profile";

const keshi = exampleProfile("example-keshi.json"); // "uplift": { "maxPercent": 0, "stages": [] }

describe("SERVICEFEE under a profile that allows no uplift", () => {
  it("says the policy allows none, never 「不得超过0%」", () => {
    expect(evaluate("SERVICEFEE", [[[120]], "高中", 0.05], { profile: keshi })).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: "所用政策（example-keshi）不允许上浮收费标准，上浮比例须为0",
    });
  });

  it("takes an uplift of 0 as none", () => {
    expect(evaluate("SERVICEFEE", [[[120]], "高中", 0], { profile: keshi }).kind).toBe("value");
  });

  it("keeps Suifenhe's cap message for an uplift above its 10%", () => {
    expect(evaluate("SERVICEFEE", [[[120]], "高中", 0.11])).toMatchObject({
      message: "上浮比例不得超过10%",
    });
  });
});
