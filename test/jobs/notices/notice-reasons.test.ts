import { readFileSync } from "fs";
import path from "path";
import type { ChargeLine } from "../../../src/jobs/charge/compute";
import { ZERO_CHARGE } from "../../../src/jobs/charge/lines";
import { reasonOf } from "../../../src/jobs/notices/family-notices";
import { DEFAULT_PROFILE } from "../../../src/policy/profiles";
import { readProfileFile } from "../../../src/sheets/profile-file";

const keshi = (() => {
  const name = "example-keshi.json";
  const read = readProfileFile(
    readFileSync(path.join(__dirname, "..", "..", "fixtures", name), "utf8"),
    name
  );
  if (!read.ok) throw new Error(read.findings.map((f) => f.message).join("\n"));
  return read.profile;
})();

const line = (over: Partial<ChargeLine>): ChargeLine => ({
  id: "S1",
  name: "王芳",
  className: "三年级1班",
  gradeLabel: "三年级",
  grade: 3,
  stage: "primary",
  hardship: false,
  ...ZERO_CHARGE,
  governmentShare: 0,
  schoolShare: 0,
  ...over,
});

describe("a family notice's reason cites the clauses of the policy in force", () => {
  const charged = line({ days: 8, minutes: 960, billableMinutes: 960, gross: 6400, payable: 6400 });
  const waived = line({ hardship: true, days: 8, gross: 6400, waived: 6400 });
  const refunded = line({ days: 0, gross: 6400, refund: 6400 });

  it("under Suifenhe's policy, its clauses as before", () => {
    expect(reasonOf(charged, "actual", DEFAULT_PROFILE)).toBe(
      "按本月实际服务时间据实收取（§三(五)2）"
    );
    expect(reasonOf(charged, "monthly", DEFAULT_PROFILE)).toBe("按月收取（§三(五)3(2)）");
    expect(reasonOf(waived, "actual", DEFAULT_PROFILE)).toBe(
      "家庭经济困难学生免收费（§三(五)2），本月无需缴费"
    );
    expect(reasonOf(refunded, "monthly", DEFAULT_PROFILE)).toBe(
      "已按退费办法全额退费（§三(五)3(2)）"
    );
  });

  it("under another city's profile, that city's clause labels and none of Suifenhe's", () => {
    const texts = [
      reasonOf(charged, "actual", keshi),
      reasonOf(charged, "monthly", keshi),
      reasonOf(waived, "actual", keshi),
      reasonOf(refunded, "monthly", keshi),
    ];
    expect(texts).toEqual([
      // A whole-课时 city charges its 课时, not the time.
      `按本月实际服务的整课时据实收取（${keshi.provenance.clauses.rate}）`,
      `按月收取（${keshi.provenance.clauses.refund}）`,
      `家庭经济困难学生免收费（${keshi.provenance.clauses.waiver}），本月无需缴费`,
      `已按退费办法全额退费（${keshi.provenance.clauses.refund}）`,
    ]);
    for (const t of texts) expect(t).not.toContain("§");
  });
});
