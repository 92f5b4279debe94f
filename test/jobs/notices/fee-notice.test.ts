import { noticeJob } from "../../../src/jobs/notices/job";
import { sampleSchoolSheets } from "../../../src/jobs/sample-school";
import { SERVICE_PERIODS, type ServicePeriod } from "../../../src/policy/service-window";
import { at } from "../../../src/policy/time-of-day";
import type { SheetGrid } from "../../../src/sheets/grid";
import { MemoryWorkbook } from "../../support/memory-workbook";
import { LIBREOFFICE_METRICS, wrappedLines } from "../../../src/jobs/wrap-height";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";

async function demo(extraSettings: [string, string][] = []): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.writeSheets(sampleSchoolSheets());
  await wb.setCells(
    "设置",
    extraSettings.flatMap(([k, v], i) => [
      { row: 20 + i, col: 0, value: k },
      { row: 20 + i, col: 1, value: v },
    ])
  );
  return wb;
}

const text = (grid: SheetGrid | undefined) =>
  (grid?.values ?? []).map((r) => r.filter((v) => v !== null && v !== "").join(" ")).join("\n");

async function sheets(wb: MemoryWorkbook) {
  const all = await wb.readSheets();
  return {
    notice: all.find((g) => g.name === "收费公示"),
    letter: all.find((g) => g.name === "致家长的一封信"),
  };
}

describe("job notice: 收费公示 and 致家长的一封信", () => {
  it("states rates, the 30-minute rule, waiver, refunds, transfers and the pilot's times, each rule with its clause", async () => {
    const wb = await demo([
      ["联系电话", "0453-3921234"],
      ["监督电话", "0453-12345"],
    ]);
    const r = await noticeJob(wb);
    expect(r.date).toBe("2021-04-15"); // the settings' 收费公示日期
    const { notice } = await sheets(wb);
    const body = text(notice);
    expect(body).toContain("小学、初中每生每小时4.00元");
    expect(body).toContain("不足30分钟的不收费");
    expect(body).toContain("免收额度的50%由市政府统筹解决");
    expect(body).toContain("未满半月（含半月）课时退半费");
    expect(body).toContain("按整月或半月");
    expect(body).toContain("15:30至17:30");
    expect(body).toContain("17:00至18:30");
    expect(body).toContain("0453-3921234");
    expect(body).toContain("0453-12345");
    expect(body).toContain("公示日期 2021-04-15");
    const rules = notice!.values
      .slice(3)
      .filter((row) => /^(收费|计费|困难|退费|转学|小学|初中|高中)/.test(String(row[0])));
    expect(rules.length).toBeGreaterThanOrEqual(9);
    for (const row of rules) expect(String(row[1])).toMatch(/（§[一二三四五六七]/);
  });

  it("follows the service-time table and the rate: a change to SERVICE_PERIODS or the uplift changes the notice", async () => {
    const changed: ServicePeriod[] = SERVICE_PERIODS.map((p) =>
      p.id === "pilot"
        ? { ...p, ends: { ...p.ends, primary: { ...p.ends.primary, latest: at(17, 45) } } }
        : p
    );
    const wb = await demo([["高中上浮", "10%"]]);
    await noticeJob(wb, { periods: changed });
    const body = text((await sheets(wb)).notice);
    expect(body).toContain("15:30至17:45");
    expect(body).not.toContain("15:30至17:30");
    expect(body).toContain("高中每生每小时4.40元（上浮10%）");
  });

  it("gives the standard windows from 2022-03-01", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets(sampleSchoolSheets().filter((s) => s.name !== "设置"));
    await noticeJob(wb, { date: "2022-09-01" });
    const body = text((await sheets(wb)).notice);
    expect(body).toContain("自 2022-03-01 起");
    expect(body).toContain("原则上不早于17:30、不晚于18:30");
    expect(body).toMatch(/初中非毕业年级 17:00开始，结束时间不晚于18:30/);
  });

  it("gives every 收费公示 label a line of its column, in Excel and in LibreOffice alike", async () => {
    const r = await noticeJob(await demo(), { write: false });
    const notice = r.sheets.find((s) => s.name === "收费公示")!;
    const width = notice.columns[0].width;
    // A label beside a text (one alone, as the title, runs over the empty cell beside it).
    const labels = notice.rows.filter((row) => row[0] && row[1]).map((row) => String(row[0]));
    expect(labels).toContain("初中非毕业年级");
    for (const label of labels) {
      expect([label, wrappedLines(label, width)]).toEqual([label, 1]);
      expect([label, wrappedLines(label, width, { metrics: LIBREOFFICE_METRICS })]).toEqual([
        label,
        1,
      ]);
    }
  });

  it("writes the letter with the school's safety paragraph and a tear-off 回执, when asked", async () => {
    const wb = await demo([["安全保障措施", "放学时由班主任当面交给家长"]]);
    const r = await noticeJob(wb, { letter: true });
    expect(r.sheetNames).toEqual(["收费公示", "致家长的一封信"]);
    const body = text((await sheets(wb)).letter);
    for (const part of [
      "服务时间",
      "自愿参加",
      "体育锻炼不少于30分钟",
      "不讲新课",
      "放学时由班主任当面交给家长",
      "每生每小时4.00元",
      "签订服务协议",
      "沿此线剪下",
      "课后服务回执",
      "是否参加课后服务",
      "家长签字",
    ])
      expect(body).toContain(part);
  });

  it("names the policy's safety measures where the school wrote none, and writes a real .xlsx read back the same", async () => {
    const xlsx = XlsxWorkbook.empty();
    await xlsx.writeSheets(sampleSchoolSheets());
    await noticeJob(xlsx, { letter: true });
    const back = await (await XlsxWorkbook.fromBuffer(await xlsx.toBuffer())).readSheets();
    const letter = text(back.find((g) => g.name === "致家长的一封信"));
    expect(letter).toContain("门卫登记");
    expect(letter).toContain("（§四(四)）");
    expect(text(back.find((g) => g.name === "收费公示"))).toContain("15:30至17:30");
  });
});
