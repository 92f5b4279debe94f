import { yuanText } from "../../policy/money";
import { findingsJson } from "../findings-sheet";
import type { ChargeResult, MoneyTotals } from "./compute";

function totalsJson(t: MoneyTotals, refunds: boolean) {
  return {
    students: t.students,
    minutes: t.minutes.toNumber(),
    billableMinutes: t.billableMinutes.toNumber(),
    gross: yuanText(t.gross),
    waived: yuanText(t.waived),
    ...(refunds ? { refund: yuanText(t.refund) } : {}),
    payable: yuanText(t.payable),
    governmentShare: yuanText(t.governmentShare),
    schoolShare: yuanText(t.schoolShare),
  };
}

/** The charge result as `kehou charge --json` prints it: money as strings with two decimals. */
export function chargeJson(result: ChargeResult) {
  const refunds = result.mode === "monthly";
  return {
    school: result.school,
    month: result.month ?? null,
    mode: result.mode,
    students: result.lines.map((l) => ({
      id: l.id,
      name: l.name,
      class: l.className,
      grade: l.gradeLabel,
      stage: l.stage ?? null,
      days: l.days,
      minutes: l.minutes.toNumber(),
      billableMinutes: l.billableMinutes.toNumber(),
      gross: yuanText(l.gross),
      waived: yuanText(l.waived),
      ...(refunds ? { refund: yuanText(l.refund) } : {}),
      payable: yuanText(l.payable),
      governmentShare: yuanText(l.governmentShare),
      schoolShare: yuanText(l.schoolShare),
    })),
    classes: result.classes.map((c) => ({ class: c.className, ...totalsJson(c.totals, refunds) })),
    totals: totalsJson(result.totals, refunds),
    findings: findingsJson(result.findings),
  };
}
