import { readProviderText } from "../../src/sheets/provider-text";

describe("readProviderText", () => {
  it("reads the names under each heading, with or without # or brackets and a note", () => {
    const lists = readProviderText("# 白名单（2021年）\n少年宫\n\n[黑名单]\n某某培训学校\n");
    expect([...(lists.white ?? [])]).toHaveLength(1);
    expect([...(lists.black ?? [])]).toHaveLength(1);
  });

  it("takes no CSV header row 白名单,黑名单 for a heading, so no pair is read as a name", () => {
    const lists = readProviderText("白名单,黑名单\n阳光书屋,某某培训学校\n少年宫,\n");
    expect(lists).toEqual({ white: undefined, black: undefined });
  });
});
