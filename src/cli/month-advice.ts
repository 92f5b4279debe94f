import { CONSOLE_TEXT } from "../findings/messages/console";
import { formatMessage } from "../findings/messages/format";
import type { Finding } from "../findings/finding";

/**
 * The command line's own advice about the month: the findings say what fits every door
 * (设置's 月份), and only the command line has --month (the add-in and the page do not).
 */
export function monthAdvice(findings: readonly Finding[]): string | undefined {
  for (const f of findings) {
    if (f.rule === "ATTENDANCE_OTHER_MONTH" && f.params)
      return formatMessage(CONSOLE_TEXT.monthHeld, {
        held: f.params.held,
        heldMonth: f.params.heldMonth,
      });
    if (f.rule === "MONTH_UNKNOWN") return formatMessage(CONSOLE_TEXT.monthUnknownAdvice);
    if (f.rule === "MONTH_CHOSEN") return formatMessage(CONSOLE_TEXT.monthChosenAdvice);
  }
  return undefined;
}
