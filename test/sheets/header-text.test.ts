import { normalizeHeader } from "../../src/sheets/header-text";

describe("normalizeHeader", () => {
  it("gives the same text for a header met again as the first time", () => {
    const headers = ["是否 困难家庭（是/否）", "ＩＤ", "学号:", "姓名*"];
    const first = headers.map(normalizeHeader);
    expect(first).toEqual(["困难家庭", "id", "学号", "姓名"]);
    expect(headers.map(normalizeHeader)).toEqual(first);
  });

  it("still normalises every header after more different texts than it keeps", () => {
    for (let i = 0; i < 5000; i++) expect(normalizeHeader(`列 ${i}`)).toBe(`列${i}`);
    expect(normalizeHeader("是否 留守儿童")).toBe("留守儿童");
    expect(normalizeHeader("列 7")).toBe("列7");
  });
});
