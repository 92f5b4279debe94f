import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";

/** The 23 school days of March 2022 (no holiday that month). */
const DAYS = Array.from(
  { length: 31 },
  (_, i) => `2022-03-${String(i + 1).padStart(2, "0")}`
).filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
const ticks = (n: number): CellValue[] => DAYS.map((_, i) => (i < n ? "√" : null));

/**
 * A 按月收取 school in March 2022 (23 days × 120 minutes × 4.00 = 184.00 a month): a hardship
 * student and a paying one who both leave after 8 sessions, and a hardship student who
 * applied for a refund and never came.
 */
function monthlySchool(): SheetGrid[] {
  return [
    {
      name: "设置",
      values: [
        ["学校名称", "按月困难小学"],
        ["收费方式", "按月收取"],
        ["收费公示日期", "2022-02-20"],
        ["月份", "2022-03"],
      ],
    },
    {
      name: "名册",
      values: [
        ["学号", "姓名", "班级", "年级", "困难家庭", "退费申请", "协议签订日期", "退出日期"],
        ["H1", "困难离校", "一班", "一年级", "是", "", "2022-02-20", "2022-03-10"],
        ["P1", "缴费离校", "一班", "一年级", "", "", "2022-02-20", "2022-03-10"],
        ["H2", "困难未到", "一班", "一年级", "是", "是", "2022-02-20", ""],
      ],
    },
    {
      name: "3月考勤",
      values: [
        ["学号", "姓名", ...DAYS],
        ["H1", "困难离校", ...ticks(8)],
        ["P1", "缴费离校", ...ticks(8)],
        ["H2", "困难未到", ...ticks(0)],
      ],
    },
  ];
}

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-hardship-"));
const inbox = path.join(dir, "报送");
const school = path.join(inbox, "school.xlsx");
beforeAll(async () => {
  mkdirSync(inbox);
  writeFileSync(school, await gridsToXlsx(monthlySchool()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hardship students in 按月收取 (§三(五)2, SPEC §5)", () => {
  it("waives what a paying family would pay after the refund tiers, not the whole month", async () => {
    const r = await runCli("charge", school, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const s = (id: string) => json.students.find((x: { id: string }) => x.id === id);
    expect(s("P1")).toMatchObject({ gross: "184.00", refund: "92.00", payable: "92.00" });
    expect(s("H1")).toMatchObject({
      gross: "184.00",
      refund: "92.00",
      waived: "92.00",
      payable: "0.00",
      governmentShare: "46.00",
    });
    // A month nobody attended, refunded on application: nothing is waived, the city owes nothing.
    expect(s("H2")).toMatchObject({
      gross: "184.00",
      refund: "184.00",
      waived: "0.00",
      payable: "0.00",
      governmentShare: "0.00",
    });
    expect(json.totals).toMatchObject({ waived: "92.00", governmentShare: "46.00" });
  });

  it("gives the city's 政府补助 on the corrected waiver through consolidation", async () => {
    const r = await runCli("consolidate", inbox, "-o", path.join(dir, "city.xlsx"), "--json");
    expect(r.code).toBe(0);
    const city = JSON.parse(r.out);
    expect(city.totals).toMatchObject({
      waived: "92.00",
      governmentShare: "46.00",
      payable: "92.00",
    });
  });
});
