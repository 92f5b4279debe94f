import { readFileSync } from "fs";
import path from "path";
import { BUILT_IN_PROFILES } from "../../src/policy/profiles";
import { readProfileFile } from "../../src/sheets/profile-file";

const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(__dirname, "..", "fixtures", name), "utf8"));
const suifenhe = () => JSON.parse(JSON.stringify(BUILT_IN_PROFILES["suifenhe-2021"]));

/** The fields a profile is refused for, with their reasons. */
function refused(p: unknown): [string, string][] {
  const read = readProfileFile(JSON.stringify(p), "city.json");
  if (read.ok) throw new Error("accepted");
  return read.findings.map((f) => [String(f.params?.field), String(f.params?.reason)]);
}

describe("readProfileFile: a rate in yuan or a percent as a fraction is refused by name", () => {
  it("refuses a rate of 1 fen an hour as written in yuan, saying what to write", () => {
    const p = suifenhe();
    p.rates.primary = 1.0;
    expect(refused(p)).toEqual([
      ["rates.primary", "每小时 1 分看起来是以元填写：收费以分为单位，1 元应写 100（分）"],
    ]);
  });

  it("refuses a rate variant's and a 课时's yuan too, and a cap typed in yuan", () => {
    const p = fixture("example-keshi.json");
    p.rates.junior = 3;
    p.rateVariants = { setting: "城乡", options: { 农村: { primary: 80, junior: 2, senior: 80 } } };
    p.caps = { perSemesterFen: 400 };
    expect(refused(p).map(([field]) => field)).toEqual([
      "rates.junior",
      "rateVariants.options.农村.junior",
      "caps.perSemesterFen",
    ]);
  });

  it("refuses a month's fee of 120 fen (120 元 typed in yuan)", () => {
    const p = fixture("example-monthly.json");
    p.rates.primary = 120;
    expect(refused(p)[0]).toEqual([
      "rates.primary",
      "每月 120 分看起来是以元填写：收费以分为单位，120 元应写 12000（分）",
    ]);
  });

  it("takes a rate of 0 (a stage served free) and a rate of 10 fen", () => {
    const p = suifenhe();
    p.rates.primary = 0;
    p.rates.junior = 10;
    expect(readProfileFile(JSON.stringify(p), "city.json")).toMatchObject({ ok: true });
  });

  it("refuses an uplift cap of 0.1 and refund tiers of 0.5 and 1, meaning 50 and 100", () => {
    const p = fixture("example-keshi.json");
    p.uplift = { maxPercent: 0.1, stages: ["senior"] };
    p.refund.tiers = [
      { upTo: 4, inclusive: true, percent: 0 },
      { upTo: 9, inclusive: true, percent: 0.5 },
      { inclusive: false, percent: 1 },
    ];
    expect(refused(p)).toEqual([
      ["uplift.maxPercent", "0.1 看起来是把百分比写成了小数：比例以百分数填写，0.1 应写 10"],
      ["refund.tiers[1].percent", "0.5 看起来是把百分比写成了小数：比例以百分数填写，0.5 应写 50"],
      [
        "refund.tiers[2].percent",
        "同一列表的比例都不超过 1，1 看起来是把百分比写成了小数：比例以百分数填写，应写 100",
      ],
    ]);
  });

  it("refuses a waiver share and a tier bound over the attended share written as fractions", () => {
    const p = suifenhe();
    p.waiver.shares = [
      { payer: "government", percent: 0.5 },
      { payer: "school", percent: 99.5 },
    ];
    p.transfer.tiers[1].upTo = 0.5;
    expect(refused(p).map(([field]) => field)).toEqual([
      "waiver.shares[0].percent",
      "transfer.tiers[1].upTo",
    ]);
  });

  it("takes a percent with a fraction above 1 (12.5) and a whole tier of 1", () => {
    const p = suifenhe();
    p.uplift.maxPercent = 12.5;
    p.transfer.tiers[1].percent = 1;
    expect(readProfileFile(JSON.stringify(p), "city.json")).toMatchObject({ ok: true });
  });
});
