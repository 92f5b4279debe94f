import { writtenText } from "../../src/cli/written-text";

describe("the console's line after a copy is written", () => {
  it("names the file and its sheets", () => {
    expect(writtenText("out.xlsx", ["收费表", "问题清单"])).toBe(
      "已写出：out.xlsx（工作表：收费表、问题清单）"
    );
  });

  it("says the cells were marked when they were", () => {
    expect(writtenText("out.xlsx", ["问题清单"], true)).toBe(
      "已写出：out.xlsx（工作表：问题清单；已标记问题单元格）"
    );
  });
});
