import { formatMessage } from "../../../src/findings/messages/format";

const stageMessage = { zh: "{stage}课后服务", en: "{stage} service" };

describe("formatMessage, the one formatter of every message", () => {
  it("fills placeholders in the chosen language", () => {
    const m = { zh: "共 {n} 条", en: "{n} findings" };
    expect(formatMessage(m, { n: 3 })).toBe("共 3 条");
    expect(formatMessage(m, { n: 3 }, "en")).toBe("3 findings");
  });

  it("leaves a placeholder without a value as written", () => {
    expect(formatMessage({ zh: "转到 {cell}", en: "Go to {cell}" }, {})).toBe("转到 {cell}");
  });

  it("names a stage given by its id or by its Chinese name in the reader's language", () => {
    expect(formatMessage(stageMessage, { stage: "primary" })).toBe("小学课后服务");
    expect(formatMessage(stageMessage, { stage: "小学" })).toBe("小学课后服务");
    expect(formatMessage(stageMessage, { stage: "primary" }, "en")).toBe("primary service");
    expect(formatMessage(stageMessage, { stage: "高中" }, "en")).toBe("senior service");
  });

  it("shows a stage it does not know as the school typed it", () => {
    expect(formatMessage(stageMessage, { stage: "幼儿园" }, "en")).toBe("幼儿园 service");
  });

  it("names an amount given by its id", () => {
    const m = { zh: "{what}不能为负数", en: "{what} cannot be negative" };
    expect(formatMessage(m, { what: "paid" })).toBe("已缴费用不能为负数");
    expect(formatMessage(m, { what: "paid" }, "en")).toBe("The amount paid cannot be negative");
  });
});
