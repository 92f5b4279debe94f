import type { Finding } from "../sheets/finding";

/**
 * The command line's own advice where the month asked has no attendance: the month the
 * workbook holds, and the --month that charges it (the add-in and the page have no --month,
 * so their findings do not say it).
 */
export function monthAdvice(findings: readonly Finding[]): string | undefined {
  const f = findings.find((x) => x.rule === "ATTENDANCE_OTHER_MONTH");
  if (!f?.params) return undefined;
  return `工作簿中的考勤表是 ${f.params.held}：计算该月请加 --month ${f.params.heldMonth}`;
}
