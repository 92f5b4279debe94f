import { readFileSync } from "fs";
import path from "path";
import { cityResult } from "../../../src/jobs/consolidate/city-result";
import { citySheets } from "../../../src/jobs/consolidate/sheets";
import { readProfileFile } from "../../../src/sheets/profile-file";

const read = readProfileFile(
  readFileSync(path.join(__dirname, "..", "..", "fixtures", "example-keshi.json"), "utf8"),
  "example-keshi.json"
);
if (!read.ok) throw new Error("the example profile does not pass its checks");

/** The 条款 of the city's 问题 sheet, for an unreadable file (a rule citing clauses.waiver). */
function problemClauses(options: Parameters<typeof cityResult>[1]): unknown[] {
  const result = cityResult([{ file: "甲校.xlsx", error: "不是工作簿" }], options);
  const problems = citySheets(result).find((s) => s.name === "问题")!;
  return problems.rows.map((r) => [r[3], r[4]]);
}

describe("the city's 问题 sheet cites the profile applied to the city", () => {
  it("writes Suifenhe's label by default and the given profile's under --policy", () => {
    expect(problemClauses({ month: "2021-05" })).toEqual([["CITY_FILE_UNREADABLE", "§三(五)2"]]);
    expect(problemClauses({ month: "2021-05", profile: read.profile })).toEqual([
      ["CITY_FILE_UNREADABLE", "第六条"],
    ]);
  });
});
