import path from "path";
import { relativeToGiven } from "../../src/cli/commands/consolidate";

describe("relativeToGiven", () => {
  const root = path.join(path.sep, "home", "局", "报送");
  const shown = relativeToGiven([root, path.join(path.sep, "mnt", "单独.xlsx")]);

  it("names a file in a folder given by its path inside that folder", () => {
    expect(shown(path.join(root, "第二批", "无名.xlsx"))).toBe(path.join("第二批", "无名.xlsx"));
  });

  it("names a file given by itself by its name alone", () => {
    expect(shown(path.join(path.sep, "mnt", "单独.xlsx"))).toBe("单独.xlsx");
  });
});
