import { editDistance, foldSpaces, nameKey, nearness } from "../../src/sheets/name-key";

describe("nameKey", () => {
  it("makes one key of a school's name whatever brackets, widths and spaces it is typed with", () => {
    const key = nameKey("测试学校(南校区)");
    for (const typed of [
      "测试学校（南校区）",
      "测试学校【南校区】",
      "测试学校［南校区］",
      " 测试学校 (南校区)\u3000",
      "测试\u00a0学校\u200b（南校区）",
    ])
      expect(nameKey(typed)).toBe(key);
  });

  it("reads full-width letters and digits as half-width, Latin letters in either case", () => {
    expect(nameKey("２３０１００２")).toBe("2301002");
    expect(nameKey("Ａ校")).toBe(nameKey("a校"));
  });

  it("keeps names that differ in a character apart", () => {
    expect(nameKey("第三学校")).not.toBe(nameKey("第二学校"));
  });
});

describe("foldSpaces", () => {
  it("takes out spaces of every kind, the ideographic space too", () => {
    expect(foldSpaces("张 小明")).toBe("张小明");
    expect(foldSpaces("李\u3000华\t")).toBe("李华");
  });
});

describe("nearness", () => {
  it("finds a name that holds the other near, and one a character off", () => {
    expect(nearness(nameKey("新华学校"), nameKey("绥芬河市新华学校"))).toBe(4);
    expect(nearness(nameKey("绥芬河市新华学校"), nameKey("绥芬河市新化学校"))).toBe(1);
  });

  it("finds names of other schools not near", () => {
    expect(nearness(nameKey("新华学校"), nameKey("第一中学"))).toBeUndefined();
    expect(nearness("校", "第一学校")).toBeUndefined();
  });

  it("counts edits by character", () => {
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("新华学校", "新华小学")).toBe(2);
  });
});
