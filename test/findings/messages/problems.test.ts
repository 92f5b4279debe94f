import { problemMessage, problemText } from "../../../src/findings/messages/problems";
import { hourlyRate } from "../../../src/policy/fee";
import { DEFAULT_PROFILE } from "../../../src/policy/profiles";

describe("the policy's problems worded", () => {
  it("words a code the policy returned, in either language", () => {
    const r = hourlyRate("senior", "0.2");
    if (r.ok) throw new Error("an uplift of 20% was allowed");
    const problem = r.problem;
    expect(problemMessage(problem)).toBe("上浮比例不得超过10%");
    expect(problemMessage(problem, "en")).toBe("The uplift may not exceed 10%");
  });

  it("names the stages to choose from as the stage names say", () => {
    expect(problemText("STAGE_UNKNOWN", { value: "幼儿园" })).toBe(
      "无法识别学段「幼儿园」：请填写 小学、初中 或 高中"
    );
    expect(problemText("STAGE_UNKNOWN", { value: "x" }, "en")).toBe(
      'Unknown stage "x": use primary, junior or senior (小学, 初中, 高中)'
    );
  });

  it("names the parties to choose from as the party names say", () => {
    expect(problemText("PARTY_UNKNOWN", { value: "家长" })).toBe(
      "无法识别分担方「家长」：请填写 政府 或 学校"
    );
    expect(problemText("PARTY_UNKNOWN", { value: "x" }, "en")).toBe(
      'Unknown party "x": use government (政府) or school (学校)'
    );
  });
});

describe("a problem's stage", () => {
  it("is given by the policy as an id and named in the reader's language", () => {
    const r = hourlyRate("junior", "0.05");
    if (r.ok) throw new Error("a junior uplift was allowed");
    expect(r.problem.params).toEqual({ stage: "junior", stages: "senior" });
    expect(problemMessage(r.problem)).toBe("只有高中可以上浮收费标准，初中的上浮比例须为0");
    expect(problemMessage(r.problem, "en")).toContain("the uplift for junior must be 0");
  });
});

describe("the stages that may raise the fee", () => {
  it("are the profile's, named in the reader's language", () => {
    const profile = {
      ...DEFAULT_PROFILE,
      uplift: { ...DEFAULT_PROFILE.uplift, stages: ["junior", "senior"] as const },
    };
    const r = hourlyRate("primary", "0.05", profile);
    if (r.ok) throw new Error("a primary uplift was allowed");
    expect(problemMessage(r.problem)).toBe("只有初中、高中可以上浮收费标准，小学的上浮比例须为0");
    expect(problemMessage(r.problem, "en")).toBe(
      "Only junior and senior may raise the fee; the uplift for primary must be 0"
    );
  });
});
