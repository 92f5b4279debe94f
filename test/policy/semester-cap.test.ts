import { capToSemester, semesterOf } from "../../src/policy/semester-cap";

describe("the semester a month belongs to", () => {
  it("puts February to July in the spring semester", () => {
    expect(["2021-02", "2021-03", "2021-07"].map(semesterOf)).toEqual([
      "2021-spring",
      "2021-spring",
      "2021-spring",
    ]);
  });

  it("puts August to December and the next January in the autumn semester", () => {
    expect(["2021-08", "2021-12", "2022-01"].map(semesterOf)).toEqual([
      "2021-autumn",
      "2021-autumn",
      "2021-autumn",
    ]);
  });
});

describe("a month's 应缴 under a semester cap", () => {
  it("keeps a month that stays under the cap", () => {
    expect(capToSemester(13500, 13500, 40000)).toEqual({ payable: 13500, reduced: 0 });
  });

  it("lowers the month that crosses the cap to what remains, to the fen", () => {
    // 400.00 − 270.00 paid = 130.00 left of a 135.00 month
    expect(capToSemester(13500, 27000, 40000)).toEqual({ payable: 13000, reduced: 500 });
  });

  it("charges nothing once the cap is reached", () => {
    expect(capToSemester(13500, 40000, 40000)).toEqual({ payable: 0, reduced: 13500 });
  });
});
