import { analyseSchool } from "../../../../src/jobs/breaches/analyse";
import type { Profile } from "../../../../src/policy/profile";
import { DEFAULT_PROFILE } from "../../../../src/policy/profiles";
import type { SheetGrid } from "../../../../src/sheets/grid";

/** A three-day month of one student, with or without an activities sheet of 10 minutes' 跳绳. */
function school(withActivities: boolean): SheetGrid[] {
  const grids: SheetGrid[] = [
    {
      name: "设置",
      values: [
        ["学校名称", "活动学校"],
        ["月份", "2023-05"],
        ["收费公示日期", "2023-04-01"],
      ],
    },
    {
      name: "名册",
      values: [
        ["学号", "姓名", "年级"],
        ["C1", "甲", "三年级"],
      ],
    },
    {
      name: "考勤",
      values: [
        ["学号", "姓名", "5/10", "5/11", "5/12"],
        ["C1", "甲", "√", "√", "√"],
      ],
    },
  ];
  if (withActivities)
    grids.push({
      name: "活动安排",
      values: [
        ["日期", "班级", "活动", "时长"],
        ["2023-05-10", "三年级1班", "跳绳", 10],
      ],
    });
  return grids;
}

const withChecks = (checks: Partial<Profile["checks"]>): Profile => ({
  ...DEFAULT_PROFILE,
  checks: { noNewLessons: false, noCommercialProviders: false, ...checks },
});

const skipped = (profile: Profile) =>
  analyseSchool(school(false), { profile }).breaches.filter((f) =>
    f.rule.startsWith("CONTENT_CHECKS_SKIPPED")
  );

describe("the content checks a profile has", () => {
  it("says no exercise minimum when the profile has no exercise check", () => {
    for (const profile of [withChecks({ noNewLessons: true }), withChecks({})]) {
      const said = skipped(profile);
      expect(said.map((f) => f.message)).toEqual([
        "工作簿中没有「活动安排」工作表：活动内容和合作机构（§四(三)1）的检查未做",
      ]);
      expect(said[0].severity).toBe("info");
    }
  });

  it("states the exercise minimum of a profile that has one", () => {
    expect(skipped(withChecks({ exerciseMinutesPerDay: 45 })).map((f) => f.message)).toEqual([
      "工作簿中没有「活动安排」工作表：每天体育锻炼不少于45分钟（§三(三)）和不讲新课、合作机构（§四(三)1）的检查未做",
    ]);
  });

  it("does not check exercise minutes under a profile without the check", () => {
    const rules = (profile: Profile) =>
      analyseSchool(school(true), { profile }).breaches.map((f) => f.rule);
    expect(rules(DEFAULT_PROFILE)).toContain("CONTENT_EXERCISE_SHORT");
    expect(rules(withChecks({ noNewLessons: true }))).not.toContain("CONTENT_EXERCISE_SHORT");
  });
});
