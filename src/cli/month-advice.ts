import type { Finding } from "../findings/finding";

/**
 * The command line's own advice about the month: the findings say what fits every door
 * (设置's 月份), and only the command line has --month (the add-in and the page do not).
 */
export function monthAdvice(findings: readonly Finding[]): string | undefined {
  for (const f of findings) {
    if (f.rule === "ATTENDANCE_OTHER_MONTH" && f.params)
      return `工作簿中的考勤表是 ${f.params.held}：计算该月请加 --month ${f.params.heldMonth}`;
    if (f.rule === "MONTH_UNKNOWN") return "也可在运行时加 --month YYYY-MM 指定月份";
    if (f.rule === "MONTH_CHOSEN") return "计算其他月份请加 --month YYYY-MM";
  }
  return undefined;
}
