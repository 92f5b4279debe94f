import { expectedSchools } from "../../../src/jobs/consolidate/expected";
import type { Finding } from "../../../src/findings/finding";

/** What the comparison says, as "RULE school: message". */
function said(listed: string[], submitted: string[], unlistedSaid?: Set<string>): string[] {
  const out: string[] = [];
  expectedSchools(
    listed,
    submitted.map((school) => ({ school, file: `${school}.xlsx` })),
    "2023-05",
    (f: Finding, school: string) => out.push(`${f.rule} ${school}: ${f.message}`),
    unlistedSaid
  );
  return out;
}

describe("expectedSchools (--expect)", () => {
  it("matches names however typed: brackets, widths and spaces", () => {
    expect(
      said(["测试学校（南校区）", "第三学校"], ["测试学校(南校区)", "第三学校\u3000"])
    ).toEqual([]);
  });

  it("asks about a near unlisted submitter, never saying the listed name twice", () => {
    expect(said(["新华学校"], ["绥芬河市新华学校"])).toEqual([
      "CITY_NOT_SUBMITTED 新华学校: 新华学校 没有报送 2023-05 的工作簿；是否为「绥芬河市新华学校」？（该校已报送，但不在名单中）",
    ]);
  });

  it("lists a school that submitted but is not on the list, once a run", () => {
    const once = new Set<string>();
    expect(said(["第一学校"], ["第一学校", "第九中学"], once)).toEqual([
      "CITY_NOT_EXPECTED 第九中学: 「第九中学」报送了 2023-05 的工作簿，但不在学校名单中；已计入汇总",
    ]);
    expect(said(["第一学校"], ["第一学校", "第九中学"], once)).toEqual([]);
  });

  it("says a listed school missing once however often the list names it", () => {
    expect(said(["第五学校", "第五学校 ", "第五 学校"], [])).toEqual([
      "CITY_NOT_SUBMITTED 第五学校: 第五学校 没有报送 2023-05 的工作簿",
    ]);
  });
});
