import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { noticeJob } from "../../src/jobs/notices/job";
import type { Finding } from "../../src/findings/finding";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { gridsToXlsx } from "../support/generate-school";
import {
  demoWithAgreementHeader,
  dottedSchool,
  hardshipMonthly,
  schoolIn2027,
  smallSchool,
  timedSchool,
} from "../support/slip-schools";

/** A picked file as the browser page opens it: the file adapter over its bytes. */
const picked = (bytes: Uint8Array) => XlsxWorkbook.fromBuffer(bytes);
const charged = async (bytes: Uint8Array, month?: string) =>
  chargeJson(await chargeJob(await picked(bytes), { month, write: false }));
const rules = (findings: readonly { rule: string }[]) => findings.map((f) => f.rule);

describe("the browser page's jobs on the slips schools make", () => {
  it("reads 协议签定日期 as the agreement, and asks about 协义签订日期 at its cell", async () => {
    expect((await charged(await demoWithAgreementHeader("协议签定日期"))).totals.payable).toBe(
      "193.00"
    );
    const typo = await demoWithAgreementHeader("协义签订日期");
    expect(rules((await charged(typo)).findings)).toContain("HEADER_NEAR_MISS");
    const breaches = await breachesJob(await picked(typo), { write: false });
    expect(rules(breaches.findings)).toContain("HEADER_NEAR_MISS");
  });

  it("reads date headers typed 5.7 and 11.1 … 11.30, and never guesses an undecidable 5.1", async () => {
    expect(
      (await charged(await dottedSchool("2021-05", [5.6, 5.7, 5.1, 5.11, 5.12], Array(5).fill(60))))
        .totals.payable
    ).toBe("20.00");
    const days = Array.from({ length: 30 }, (_, i) => i + 1);
    const november = await dottedSchool(
      "2021-11",
      days.map((d) => Number(`11.${d}`)),
      days.map((d) => ([0, 6].includes(new Date(Date.UTC(2021, 10, d)).getUTCDay()) ? null : 60))
    );
    expect((await charged(november)).totals.payable).toBe("88.00");
    const undecided = await charged(await dottedSchool("2021-05", [5.1, 5.11, 5.12], [60, 60, 60]));
    expect(rules(undecided.findings)).toContain("DATE_HEADER_AMBIGUOUS");
    expect(undecided.totals.payable).toBe("8.00");
  });

  it("charges a 1904 workbook with time-typed attendance as its 1900 twin", async () => {
    const [y1900, y1904] = [
      await charged(await timedSchool(false)),
      await charged(await timedSchool(true)),
    ];
    expect(y1904.totals).toEqual(y1900.totals);
    expect(y1904.totals.payable).toBe("18.00");
  });

  it("waives a hardship month in 按月收取 after the refund tiers", async () => {
    const json = await charged(await hardshipMonthly());
    const s = (id: string) => json.students.find((x) => x.id === id)!;
    expect(s("H1")).toMatchObject({ waived: "92.00", governmentShare: "46.00", payable: "0.00" });
    expect(s("H2")).toMatchObject({ waived: "0.00", refund: "184.00" });
  });

  it("gives breaches the calendar warning at 设置's 节假日 row", async () => {
    const bytes = await gridsToXlsx(
      schoolIn2027([
        ["学校名称", "二〇二七小学"],
        ["月份", "2027-03"],
        ["收费公示日期", "2027-02-15"],
        ["节假日", null],
      ])
    );
    const r = await breachesJob(await picked(bytes), { write: false });
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: "CALENDAR_NO_DATA", sheet: "设置", cell: "B4" })
    );
  });

  it("warns on an id/name mismatch and on minutes over a day", async () => {
    const json = await charged(
      await gridsToXlsx(
        smallSchool({
          attendance: [
            ["学号", "姓名", "2021-05-10", "2021-05-11", "2021-05-12"],
            ["A9", "甲", 1e308, 60, 60],
            ["A2", "乙", 60, null, 60],
          ],
        })
      )
    );
    expect(rules(json.findings)).toEqual(
      expect.arrayContaining(["ATTENDANCE_ID_NAME_MISMATCH", "ATTENDANCE_MINUTES_OVER_DAY"])
    );
    expect(JSON.stringify(json)).not.toMatch(/Infinity|NaN/);
  });

  it("says which month the workbook holds, with no --month advice (the page has none)", async () => {
    const bytes = await gridsToXlsx(
      smallSchool({
        settings: [
          ["学校名称", "小毛病小学"],
          ["月份", "2021-04"],
        ],
      })
    );
    const r = await chargeJob(await picked(bytes), { write: false });
    const f = r.findings.find((x: Finding) => x.rule === "ATTENDANCE_OTHER_MONTH");
    expect(f?.message).toContain("工作簿中的考勤表是 2021-05（5月考勤）");
    for (const x of r.findings) expect(x.message).not.toContain("--month");
  });

  it("says on the fee notice job that a 高中上浮 above 10% was refused", async () => {
    const bytes = await gridsToXlsx(
      smallSchool({
        settings: [
          ["学校名称", "小毛病小学"],
          ["高中上浮", "12%"],
        ],
      })
    );
    const r = await noticeJob(await picked(bytes), { write: false });
    expect(rules(r.findings)).toContain("FEE_UPLIFT_ABOVE_POLICY");
  });
});
