import Decimal from "decimal.js";
import {
  rateLine,
  serviceTimeLines,
  transferLine,
  withClause,
} from "../../../src/jobs/notices/policy-lines";
import type { Profile } from "../../../src/policy/profile";
import { SUIFENHE_2021 } from "../../../src/policy/profiles/suifenhe-2021";
import { exampleProfile as profileOf } from "../../support/example-profile";

const keshi = profileOf("example-keshi.json");

describe("the 公示's lines under another city's profile", () => {
  it("words a transfer rule of one open tier without half months", () => {
    const whole: Profile = { ...keshi, transfer: { tiers: [{ inclusive: false, percent: 100 }] } };
    expect(withClause(transferLine(whole))).toBe("转出按退费办法办理；月中转入的缴整月（第七条）");
  });

  it("keeps Suifenhe's transfer wording of whole and half months", () => {
    expect(withClause(transferLine(SUIFENHE_2021))).toBe(
      "根据课时按整月或半月退费、缴费：转出按退费办法办理；月中转入，剩余课时不超过半月的缴半月，超过半月的缴整月（§三(五)3(2)）"
    );
  });

  it("says a seasonal window with its season's dates, whatever the notice's date", () => {
    const expected =
      "15:30开始，结束时间6月1日至9月30日原则上不晚于18:30（第三条（傍晚）），其余时间原则上不晚于17:30（第三条）";
    for (const date of ["2024-05-20", "2024-06-03", "2024-10-08"]) {
      const primary = serviceTimeLines(date, {}, undefined, keshi)[0];
      expect([date, withClause(primary)]).toEqual([date, expected]);
    }
    // A group without a season keeps its one window.
    expect(withClause(serviceTimeLines("2024-06-03", {}, undefined, keshi)[1])).toBe(
      "17:00开始，结束时间不晚于18:30（第三条）"
    );
  });

  it("says a rate once when every stage pays it and none may be uplifted", () => {
    expect(withClause(rateLine(new Decimal(0), keshi))).toBe("每生每课时3.00元（第五条）");
    const senior: Profile = { ...keshi, rates: { ...keshi.rates, senior: 350 } };
    expect(withClause(rateLine(new Decimal(0), senior))).toBe(
      "小学、初中每生每课时3.00元；高中每生每课时3.50元（第五条）"
    );
  });

  it("keeps Suifenhe's senior rate apart, where a school may uplift it", () => {
    expect(withClause(rateLine(new Decimal(0), SUIFENHE_2021))).toBe(
      "小学、初中每生每小时4.00元；高中每生每小时4.00元（§三(五)2）"
    );
  });

  it("says a fixed seasonal window whole, and a season over the new year ends 次年", () => {
    const period = keshi.service.periods[0];
    const winter: Profile = {
      ...keshi,
      service: {
        ...keshi.service,
        periods: [
          {
            ...period,
            ends: {
              ...period.ends,
              primary: { latest: "17:30", fixed: true, inPrinciple: true, clause: "第三条" },
            },
            seasons: [
              {
                from: "11-01",
                to: "02-28",
                ends: {
                  primary: { latest: "17:00", fixed: true, inPrinciple: true, clause: "第三条" },
                },
              },
            ],
          },
        ],
      },
    };
    expect(withClause(serviceTimeLines("2024-05-20", {}, undefined, winter)[0])).toBe(
      "11月1日至次年2月28日15:30至17:00，其余时间15:30至17:30（第三条）"
    );
  });
});
