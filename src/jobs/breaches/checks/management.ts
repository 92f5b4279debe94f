import { fenText } from "../../../policy/fen";
import { Money } from "../../../policy/money";
import { finding, type Finding } from "../../../findings/finding";
import type { BreachCheck } from "../context";

/**
 * Management (§三(四), §四(三)3, §二(五)): the staff list posted and the management rules
 * passed before the month's first service day, where the settings record those dates; and
 * income against teacher pay, a surplus being a warning of the non-profit principle.
 */
export const managementBreaches: BreachCheck = (ctx) => {
  const { settings } = ctx.workbook;
  const findings: Finding[] = [];
  // The first day served, found in one pass (no list of every student's days to sort), and
  // only when the settings record a date to hold against it.
  let first: string | undefined;
  const days = ctx.workbook.attendance?.days ?? [];
  if (settings.staffNoticeDate || settings.rulesApprovedDate)
    for (const r of ctx.rows.values()) {
      const { block, from } = r; // in the order of the sheet's day columns
      for (let i = 0; i < days.length; i++) {
        const kind = block[from + i].kind;
        if (kind === "absent" || kind === "unreadable") continue;
        const date = days[i].date;
        if (first === undefined || date < first) first = date;
      }
    }
  const sheet = settings.sheet ?? "";
  if (first && settings.staffNoticeDate && settings.staffNoticeDate > first) {
    findings.push(
      finding(
        "STAFF_NOT_POSTED",
        { sheet, cell: settings.cells.staffNoticeDate },
        { date: settings.staffNoticeDate, first }
      )
    );
  }
  if (first && settings.rulesApprovedDate && settings.rulesApprovedDate > first) {
    findings.push(
      finding(
        "RULES_NOT_APPROVED",
        { sheet, cell: settings.cells.rulesApprovedDate },
        { date: settings.rulesApprovedDate, first }
      )
    );
  }
  if (ctx.teachers && ctx.teachers.rows.length > 0) {
    const { payable, governmentShare } = ctx.charges.totals;
    const spending = ctx.teachers.rows.reduce((sum, r) => sum.plus(r.subsidy), new Money(0));
    const income = payable + governmentShare;
    const surplus = income - Math.round(spending.times(100).toNumber());
    if (surplus > 0) {
      findings.push(
        finding(
          "NONPROFIT_SURPLUS",
          { sheet: ctx.teachers.sheet },
          {
            income: fenText(income),
            paid: fenText(payable),
            government: fenText(governmentShare),
            spending: spending.toFixed(2),
            surplus: fenText(surplus),
          }
        )
      );
    }
  }
  return findings;
};
