import type { Finding } from "../../findings/finding";
import { finding } from "../../findings/finding";
import type { SchoolSettings } from "../../sheets/settings";
import type { MonthCalendar } from "./school-days";

/**
 * §三(五)3(1) 未经公示不得收费: a month wholly before the fee notice is charged nothing, and
 * the charge sheet of zeros says why at the notice date's cell. Undefined when some day of
 * the month is on or after the notice, or there is no notice date.
 */
export function monthBeforeNotice(
  settings: SchoolSettings,
  calendar: MonthCalendar
): Finding | undefined {
  const notice = settings.feeNoticeDate;
  const last = calendar.days[calendar.days.length - 1];
  if (notice === undefined || notice <= last) return undefined;
  return finding(
    "CHARGE_MONTH_BEFORE_NOTICE",
    { sheet: settings.sheet ?? "", cell: settings.cells.feeNoticeDate },
    { month: calendar.month, notice }
  );
}

/**
 * §三(五)3(1): a 按月收取 month whose fee notice falls within it is charged from the notice on,
 * for every student, whether or not a day before it was marked: said once at the notice
 * date's cell, so a month of fewer days is never read as a slip.
 */
export function monthlyFromNotice(
  settings: SchoolSettings,
  calendar: MonthCalendar
): Finding | undefined {
  const notice = settings.feeNoticeDate;
  if (settings.mode !== "monthly" || notice === undefined) return undefined;
  const before = calendar.schoolDays.filter((d) => d < notice).length;
  const days = calendar.schoolDays.length;
  if (before === 0 || before === days) return undefined;
  return finding(
    "CHARGE_MONTHLY_FROM_NOTICE",
    { sheet: settings.sheet ?? "", cell: settings.cells.feeNoticeDate },
    { notice, days, charged: days - before }
  );
}
