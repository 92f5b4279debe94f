import { isTotalRow } from "../../src/sheets/total-row";

describe("isTotalRow", () => {
  it.each(["合计", "小计", "总计", "共计", "合计（一年级）"])("takes %j for a sum row", (text) =>
    expect(isTotalRow(text)).toBe(true)
  );
  it.each(["", "计", "S1000001", "学生12", "计合", "统计", "会计班学生"])(
    "takes %j for a student",
    (text) => expect(isTotalRow(text)).toBe(false)
  );
});
