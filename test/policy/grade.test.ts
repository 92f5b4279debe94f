import { isGraduatingJunior, parseGrade, stageOfGrade } from "../../src/policy/grade";
import { parseSchoolSystem } from "../../src/policy/school-system";
import { parseStage } from "../../src/policy/stage";

describe("parseStage", () => {
  it.each([
    ["小学", "primary"],
    ["小学部", "primary"],
    ["Primary", "primary"],
    ["初中", "junior"],
    ["初中部", "junior"],
    ["junior", "junior"],
    ["高中", "senior"],
    ["高中部", "senior"],
    ["senior", "senior"],
    [" 高中 ", "senior"],
  ])("reads %s as %s", (text, stage) => expect(parseStage(text)).toBe(stage));
  it("does not guess unknown words", () => expect(parseStage("大学")).toBeUndefined());
});

describe("parseSchoolSystem", () => {
  it("reads 六三制 and 五四制", () => {
    expect(parseSchoolSystem("六三制")).toBe("6-3");
    expect(parseSchoolSystem("五四制")).toBe("5-4");
    expect(parseSchoolSystem("５－４")).toBe("5-4");
    expect(parseSchoolSystem("5-4")).toBe("5-4");
  });
});

describe("parseGrade", () => {
  it.each([
    ["1", "6-3", 1],
    ["１２", "6-3", 12],
    ["三年级", "6-3", 3],
    ["七年级", "6-3", 7],
    ["十年级", "6-3", 10],
    ["十二年级", "6-3", 12],
    ["初一", "6-3", 7],
    ["初三", "6-3", 9],
    ["初三", "5-4", 8],
    ["初四", "5-4", 9],
    ["初一", "5-4", 6],
    ["初中二年级", "6-3", 8],
    ["高一", "6-3", 10],
    ["高三", "5-4", 12],
    ["６年级", "6-3", 6],
  ] as const)("reads %s under %s as grade %i", (label, system, grade) =>
    expect(parseGrade(label, system)).toBe(grade)
  );
  it("reads numbers", () => expect(parseGrade(5, "6-3")).toBe(5));
  it.each([
    ["初四", "6-3"],
    ["13", "6-3"],
    ["0", "6-3"],
    ["高四", "6-3"],
    ["幼儿园", "6-3"],
    ["", "6-3"],
  ] as const)("refuses %s under %s", (label, system) =>
    expect(parseGrade(label, system)).toBeUndefined()
  );
});

describe("stageOfGrade", () => {
  it("puts grade 6 in primary under 六三制 and junior under 五四制", () => {
    expect(stageOfGrade(6, "6-3")).toBe("primary");
    expect(stageOfGrade(6, "5-4")).toBe("junior");
    expect(stageOfGrade(9, "6-3")).toBe("junior");
    expect(stageOfGrade(10, "5-4")).toBe("senior");
  });
  it("makes grade 9 the graduating junior year in both systems", () => {
    expect(isGraduatingJunior(9)).toBe(true);
    expect(isGraduatingJunior(8)).toBe(false);
    expect(parseGrade("初四", "5-4")).toBe(9);
    expect(parseGrade("初三", "6-3")).toBe(9);
  });
});
