import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { findingMessage } from "../../src/findings/finding";
import type { Profile } from "../../src/policy/profile";
import { SUIFENHE_2021 } from "../../src/policy/profiles/suifenhe-2021";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

/** A school of May 2021 whose one pupil has no service in the month. */
async function school(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [
    ["学校名称", "示例学校"],
    ["月份", "2021-05"],
  ].forEach((r) => s.addRow(r));
  wb.addWorksheet("名册").addRow(["学号", "姓名", "班级", "年级"]);
  wb.getWorksheet("名册")!.addRow(["P1", "学生P1", "一班", "一年级"]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", "5/10", "5/11", "5/12"]);
  att.addRow(["P1", "学生P1", null, null, null]);
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function noService(profile: Profile) {
  const r = await chargeJob(await school(), { profile, write: false });
  return r.findings.find((f) => f.rule === "CHARGE_NO_SERVICE_NO_WITHDRAWAL")!;
}

const refunding = (percent: number): Profile => ({
  ...SUIFENHE_2021,
  refund: { over: "attendedPercent", tiers: [{ inclusive: false, percent }] },
});

describe("the no-service warning in the English UI", () => {
  const lead =
    "The student has no service this month and no withdrawal: record the refund application or the withdrawal if there is one";

  it("says the profile's refund of a month without service in English", async () => {
    const cases: [Profile, string][] = [
      [SUIFENHE_2021, "a month without service is refunded whole"],
      [refunding(50), "a month without service is refunded 50%"],
      [refunding(0), "the policy refunds nothing for a month without service"],
    ];
    for (const [profile, refund] of cases) {
      const f = await noService(profile);
      expect(findingMessage(f.rule, f.params, "en")).toBe(`${lead} (${refund})`);
    }
  });

  it("keeps the Chinese as it was", async () => {
    const f = await noService(SUIFENHE_2021);
    expect(f.message).toBe(
      "学生本月没有任何服务记录，名册中也没有退出日期：如家长已申请退费或退出，请登记（整月未上课的全额退费）"
    );
    expect(findingMessage(f.rule, f.params)).toBe(f.message);
  });
});
