import { fenText } from "../../policy/fen";
import { findingsJson } from "../findings-sheet";
import { policyJson } from "../policy-json";
import type { ChargeResult, MoneyTotals } from "./compute";

function totalsJson(t: MoneyTotals, refunds: boolean) {
  return {
    students: t.students,
    minutes: t.minutes,
    billableMinutes: t.billableMinutes,
    gross: fenText(t.gross),
    waived: fenText(t.waived),
    ...(refunds ? { refund: fenText(t.refund) } : {}),
    payable: fenText(t.payable),
    governmentShare: fenText(t.governmentShare),
    schoolShare: fenText(t.schoolShare),
  };
}

/**
 * The charge result as `kehou charge --json` prints it: money as strings with two decimals,
 * and the policy applied (`policyFile`: where it was read from, when from a file).
 */
export function chargeJson(result: ChargeResult, policyFile?: string) {
  const refunds = result.mode === "monthly";
  return {
    school: result.school,
    month: result.month ?? null,
    mode: result.mode,
    policy: policyJson(result.profile, policyFile),
    students: result.lines.map((l) => ({
      id: l.id,
      name: l.name,
      class: l.className,
      grade: l.gradeLabel,
      stage: l.stage ?? null,
      days: l.days,
      minutes: l.minutes,
      billableMinutes: l.billableMinutes,
      gross: fenText(l.gross),
      waived: fenText(l.waived),
      ...(refunds ? { refund: fenText(l.refund) } : {}),
      payable: fenText(l.payable),
      governmentShare: fenText(l.governmentShare),
      schoolShare: fenText(l.schoolShare),
    })),
    classes: result.classes.map((c) => ({ class: c.className, ...totalsJson(c.totals, refunds) })),
    totals: totalsJson(result.totals, refunds),
    findings: findingsJson(result.findings, result.profile),
  };
}
