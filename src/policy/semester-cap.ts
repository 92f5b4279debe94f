import type { Fen } from "./fen";

/**
 * The semester a month (YYYY-MM) belongs to: the spring semester runs February to July, the
 * autumn semester August to January (a January counts with the autumn before it), as Chinese
 * school years run (第一学期 9月至次年1月, 第二学期 2月至7月; the summer's August goes with the
 * coming autumn).
 * @example semesterOf("2024-01") //=> "2023-autumn"
 */
export function semesterOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (m === 1) return `${year - 1}-autumn`;
  return m <= 7 ? `${year}-spring` : `${year}-autumn`;
}

/** What a month's 应缴 becomes under a semester cap, and how much the cap took off. */
export interface SemesterCapped {
  readonly payable: Fen;
  readonly reduced: Fen;
}

/**
 * A month's 应缴 held to what remains of the semester cap after the months before it in the
 * same semester: whole fen in, whole fen out, so no rounding is needed.
 * @example capToSemester(11000, 33000, 40000) //=> { payable: 7000, reduced: 4000 }
 */
export function capToSemester(payable: Fen, paidBefore: Fen, cap: Fen): SemesterCapped {
  const left = Math.max(0, cap - paidBefore);
  return payable > left ? { payable: left, reduced: payable - left } : { payable, reduced: 0 };
}
