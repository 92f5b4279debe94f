import { hostGrid } from "../../src/workbook/host-grid";

describe("a host's blocks as a grid", () => {
  it("puts every cell where it is on the sheet, blocks read in any order", () => {
    const grid = hostGrid("名册", [
      { row: 4, col: 2, values: [["S2", 7]], formats: [["@", "0"]] },
      { row: 3, col: 2, values: [["学号", "分钟"]], formats: [["General", "General"]] },
    ]);
    expect(grid.values).toEqual([[], [], [], [null, null, "学号", "分钟"], [null, null, "S2", 7]]);
    expect(grid.numberFormats![4]).toEqual(["General", "General", "@", "0"]);
  });

  it("is empty for a sheet with nothing read", () => {
    expect(hostGrid("空表", [])).toEqual({ name: "空表", values: [], numberFormats: [] });
  });
});

describe("a host grid's dates", () => {
  const block = {
    row: 0,
    col: 0,
    values: [[43954, 0.75, 43954, 0, 120, 90]],
    formats: [["yyyy/m/d", "h:mm", "General", "yyyy/m/d", "h:mm", "[h]:mm"]],
  };

  it("moves numbers of 1 or more shown as days in a 1904 workbook, never one shown as a time", () => {
    expect(hostGrid("考勤", [block], true).values).toEqual([[45416, 0.75, 43954, 0, 120, 90]]);
    expect(hostGrid("考勤", [block], false).values).toEqual(block.values);
  });
});
