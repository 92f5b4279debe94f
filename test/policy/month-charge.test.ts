import { hourlyRate } from "../../src/policy/fee";
import { chargeStudentMonth, type StudentMonth } from "../../src/policy/month-charge";
import { Money } from "../../src/policy/money";

const RATE = new Money(4);
const month = (m: Partial<StudentMonth>): StudentMonth => ({
  hardship: false,
  refundApplied: false,
  dayMinutes: [],
  ...m,
});
const charge = (m: Partial<StudentMonth>, mode: "actual" | "monthly" = "monthly") => {
  const r = chargeStudentMonth(month(m), mode, RATE);
  if (!r.ok) throw new Error(r.problem.code);
  return r.value;
};

describe("chargeStudentMonth: refund tiers and short days (SPEC §6)", () => {
  const scheduled = 22 * 120; // 176.00 a month
  it("keeps the half refund of 11 full days and one 20-minute day in a 22-day month", () => {
    const c = charge({
      refundApplied: true,
      scheduledMinutes: scheduled,
      dayMinutes: [...Array(11).fill(120), 20],
    });
    expect([c.gross, c.refund, c.payable]).toEqual([17600, 8800, 8800]);
  });
  it("counts a 29.999999999999893-minute day (a formula's 30) as attended, so 11 days and it pass half", () => {
    const c = charge({
      refundApplied: true,
      scheduledMinutes: scheduled,
      dayMinutes: [...Array(11).fill(120), 29.999999999999893],
    });
    expect(c.refund).toBe(0);
  });
  it("gives the full refund when the only service was days under 30 minutes", () => {
    const c = charge({ refundApplied: true, scheduledMinutes: scheduled, dayMinutes: [20, 29] });
    expect([c.refund, c.payable]).toEqual([17600, 0]);
  });
  it("charges a formula's 29.999999999999893 minutes as a 30-minute day in 据实收取", () => {
    expect(charge({ dayMinutes: [29.999999999999893] }, "actual").gross).toBe(200);
    expect(charge({ dayMinutes: [29.9999] }, "actual").gross).toBe(0);
  });
});

describe("hourlyRate: the uplift against 10% (SPEC §7)", () => {
  it("passes noise below 1e-9 and bills the value given", () => {
    const r = hourlyRate("senior", 0.1 + 1e-10);
    expect(r.ok && r.value.toFixed(10)).toBe("4.4000000004");
  });
  it("refuses 0.1 + 1e-7 and 10.0001%", () => {
    expect(hourlyRate("senior", 0.1 + 1e-7)).toMatchObject({
      ok: false,
      problem: { code: "UPLIFT_TOO_HIGH" },
    });
    expect(hourlyRate("senior", "0.100001")).toMatchObject({ ok: false });
  });
});

describe("chargeStudentMonth: hardship in 按月收取 (§三(五)2, SPEC §5)", () => {
  const scheduled = 23 * 120; // 184.00 a month
  it("waives only what is left after the half refund of a student who leaves after 8 of 23 sessions", () => {
    const c = charge({
      hardship: true,
      leftDuringMonth: true,
      scheduledMinutes: scheduled,
      dayMinutes: Array(8).fill(120),
    });
    expect([c.gross, c.refund, c.waived, c.payable]).toEqual([18400, 9200, 9200, 0]);
  });
  it("waives nothing for a month refunded whole on application", () => {
    const c = charge({ hardship: true, refundApplied: true, scheduledMinutes: scheduled });
    expect([c.gross, c.refund, c.waived, c.payable]).toEqual([18400, 18400, 0, 0]);
  });
});
