import { a1, columnLetters, rowCol } from "../../src/sheets/a1";

describe("A1 addresses", () => {
  it("reads back every address it writes, after Z comes AA", () => {
    for (const [row, col] of [
      [0, 0],
      [4, 25],
      [9, 26],
      [1_048_575, 16_383],
    ])
      expect(rowCol(a1(row, col))).toEqual([row, col]);
    expect(columnLetters(27)).toBe("AB");
  });

  it("reads nothing that is not a plain address", () => {
    for (const ref of ["", "b5", "$B$5", "B", "5", "ABCD1", "'表'!B5"])
      expect(rowCol(ref)).toBeUndefined();
  });
});
