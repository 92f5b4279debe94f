import { expectedSchools } from "../../../src/cli/commands/expect-list";

const list = (text: string) => expectedSchools(new TextEncoder().encode(text));

describe("expectedSchools", () => {
  it("reads a name a line, spaces and blank lines dropped", () => {
    expect(list(" 测试小学 \r\n\r\n新华学校\n")).toEqual(["测试小学", "新华学校"]);
  });

  it("reads a table saved as text: its header row left out, the name beside its code", () => {
    expect(list("学校名称\t学校代码\n测试小学\t2301001\n新华学校\t2301002\n")).toEqual([
      "测试小学",
      "新华学校",
    ]);
    expect(list('序号,学校名称,学校代码\n1,测试小学,2301001\n2,"新华学校",2301002\n')).toEqual([
      "测试小学",
      "新华学校",
    ]);
  });

  it("leaves out a title line and the ordinals of a numbered list", () => {
    expect(list("# 学校名单\n1. 测试小学\n2、新华学校\n")).toEqual(["测试小学", "新华学校"]);
  });

  it("keeps a name that holds digits or brackets as written", () => {
    expect(list("第1中学\n测试学校（南校区）\n")).toEqual(["第1中学", "测试学校（南校区）"]);
  });
});
