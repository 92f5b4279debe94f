import { BUILT_IN_PROFILES } from "../../src/policy/profiles";
import { readProfileFile } from "../../src/sheets/profile-file";

const suifenhe = () => JSON.parse(JSON.stringify(BUILT_IN_PROFILES["suifenhe-2021"]));

function refused(profile: unknown): [unknown, string][] {
  const read = readProfileFile(JSON.stringify(profile), "city.json");
  if (read.ok) throw new Error("accepted");
  return read.findings.map((f) => [f.params?.field, f.message]);
}

describe("readProfileFile: the clause labels and names the notices print", () => {
  it("takes a profile that leaves every optional label, payer name and safety text out", () => {
    const p = suifenhe();
    const required = ["rate", "dailyMinimum", "uplift", "waiver", "refund", "transfer"];
    for (const key of Object.keys(p.provenance.clauses))
      if (![...required, "serviceTimes", "notice"].includes(key)) delete p.provenance.clauses[key];
    delete p.waiver.shares[0].name;
    delete p.safetyMeasures;
    expect(readProfileFile(JSON.stringify(p), "city.json")).toMatchObject({ ok: true });
  });

  it("refuses a blank label, a blank payer name and a blank safety text, naming each field", () => {
    const p = suifenhe();
    p.provenance.clauses.voluntary = " ";
    p.waiver.shares[1].name = "";
    p.safetyMeasures = "";
    expect(refused(p)).toEqual([
      [
        "waiver.shares[1].name",
        "政策文件「city.json」的字段 waiver.shares[1].name 不符合要求：分担方名称是空的：填写收费公示上的名称（如 市政府），或删去此字段",
      ],
      [
        "safetyMeasures",
        "政策文件「city.json」的字段 safetyMeasures 不符合要求：安全保障措施是空的：填写致家长的一封信中的安全保障措施，或删去此字段",
      ],
      [
        "provenance.clauses.voluntary",
        "政策文件「city.json」的字段 provenance.clauses.voluntary 不符合要求：条款标注不能为空（公示和通知会印出「（）」）：填写本市文件的条款，如 第三条；没有对应条款的删去此字段",
      ],
    ]);
  });

  it("refuses a label of a rule Kehou does not know and a label that is not text", () => {
    const p = suifenhe();
    p.provenance.clauses.parking = "第九条";
    p.provenance.clauses.safety = 4;
    expect(refused(p).map(([field]) => field)).toEqual([
      "provenance.clauses.safety",
      "provenance.clauses.parking",
    ]);
  });
});
