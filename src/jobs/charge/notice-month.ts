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
