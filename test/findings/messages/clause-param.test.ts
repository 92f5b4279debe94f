import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { formatMessage } from "../../../src/findings/messages/format";
import { evaluate } from "../../../src/functions/evaluate";
import { breachesJob } from "../../../src/jobs/breaches/job";
import { validateJob } from "../../../src/jobs/validate";
import type { Profile } from "../../../src/policy/profile";
import { readProfileFile } from "../../../src/sheets/profile-file";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";

const read = readProfileFile(
  readFileSync(path.join(__dirname, "..", "..", "fixtures", "example-keshi.json"), "utf8"),
  "example-keshi.json"
);
if (!read.ok) throw new Error("the example profile does not pass its checks");
const keshi: Profile = read.profile;

/** A school without an agreement column or an activities sheet. */
async function school(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const settings = wb.addWorksheet("设置");
  settings.addRow(["学校名称", "示例学校"]);
  settings.addRow(["月份", "2021-05"]);
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级"]);
  roster.addRow(["P1", "学生P1", "一班", "一年级"]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", "5/10"]);
  att.addRow(["P1", "学生P1", "60分钟"]);
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe("a {clause} placeholder", () => {
  const message = { zh: "超时{clause}", en: "too late{clause}" };
  it("brackets the label in the reader's language, and says nothing for none", () => {
    expect(formatMessage(message, { clause: "第三条" })).toBe("超时（第三条）");
    expect(formatMessage(message, { clause: "第三条" }, "en")).toBe("too late (第三条)");
    expect(formatMessage(message, { clause: "" })).toBe("超时");
    expect(formatMessage(message, { clause: "" }, "en")).toBe("too late");
  });
});

describe("messages cite the labels of the profile in force", () => {
  const check = (...args: (string | boolean)[]) => {
    const r = evaluate("ENDTIMECHECK", args, {
      profile: keshi,
      today: () => new Date(2023, 4, 10),
    });
    return r.kind === "value" ? r.value : r.message;
  };

  it("ENDTIMECHECK: the profile's service-times label, none where it has none", () => {
    // example-keshi: 初中 must end by 18:30 (第三条).
    expect(check("19:00", "初中", false, "2023-05-10")).toBe(
      "初中课后服务结束时间不晚于 18:30，19:00 超时（第三条）"
    );
    // 高中 past 20:30: self-study, a label example-keshi does not give.
    expect(check("21:00", "高中", false, "2023-05-10")).toBe(
      "高中 20:30 以后为学生自愿的校内晚自习，不属于课后服务，21:00 不应计费"
    );
  });

  it("the skipped content checks and a missing agreement column: no Suifenhe clause", async () => {
    const breaches = await breachesJob(await school(), { profile: keshi, write: false });
    const skipped = breaches.findings.find((f) => f.rule === "CONTENT_CHECKS_SKIPPED");
    expect(skipped?.message).toBe(
      "工作簿中没有「活动安排」工作表：每天体育锻炼不少于60分钟和不讲新课、合作机构的检查未做"
    );
    const validated = await validateJob(await school(), { profile: keshi, write: false });
    const missing = validated.findings.find(
      (f) => f.rule === "HEADER_COLUMN_MISSING" && f.message.includes("协议签订日期")
    );
    expect(missing?.message).toBe("「名册」缺少「协议签订日期」列：无法检查是否在签订协议后才收费");
  });
});
