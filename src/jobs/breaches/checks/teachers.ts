import { halfUpToFen } from "../../../policy/money";
import { finding } from "../../../findings/finding";
import type { BreachCheck } from "../context";

/** Teachers (§三(五)3(2) 教师补助费根据课时按月发放): a subsidy must be hours × the rate. */
export const teacherBreaches: BreachCheck = (ctx) => {
  const t = ctx.teachers;
  if (!t) return [];
  return t.rows.flatMap((row) => {
    const rate = row.rate ?? ctx.workbook.settings.teacherRate;
    if (!rate) return [];
    const expected = halfUpToFen(row.hours.times(rate));
    if (expected.equals(row.subsidy)) return [];
    return [
      finding(
        "TEACHER_SUBSIDY_NOT_BY_HOURS",
        { sheet: t.sheet, cell: row.subsidyCell },
        {
          teacher: row.teacher,
          hours: row.hours.toString(),
          rate: rate.toFixed(2),
          expected: expected.toFixed(2),
          actual: row.subsidy.toFixed(2),
        }
      ),
    ];
  });
};
