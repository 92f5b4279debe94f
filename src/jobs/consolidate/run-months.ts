/** The most months one consolidation covers: a year of trends, as a `--month` range allows. */
export const MAX_RUN_MONTHS = 12;

/** The months from `first` to `last` (YYYY-MM), inclusive; none when `first` is later. */
export function monthsBetween(first: string, last: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let i = index(first); i <= index(last); i++)
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  return months;
}

/**
 * The months a consolidation covers: the month or range asked with
 * `--month`; else every month the schools' files hold that at least half as many files
 * hold as the month most files hold (a stray file of another month among a month's files is
 * a misfiled file, said in 问题, not a month of its own), the latest twelve of them. One
 * month, or none when no file says its month, is a single-month run as before.
 * @example runMonths(["2021-05", "2021-05", "2021-04", "2021-04", "2020-05"]) //=> ["2021-04", "2021-05"]
 */
export function runMonths(
  held: readonly (string | undefined)[],
  asked: { readonly month?: string; readonly months?: readonly string[] } = {}
): string[] {
  if (asked.months) return [...asked.months];
  if (asked.month) return [asked.month];
  const counts = new Map<string, number>();
  for (const m of held) if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return [...counts]
    .filter(([, n]) => n * 2 >= most)
    .map(([m]) => m)
    .sort()
    .slice(-MAX_RUN_MONTHS);
}

/**
 * A run's months as people read them: the month, or the first and last.
 * @example periodText(["2021-03", "2021-04", "2021-05"]) //=> "2021-03 至 2021-05"
 */
export function periodText(months: readonly string[]): string {
  return months.length > 1 ? `${months[0]} 至 ${months[months.length - 1]}` : (months[0] ?? "");
}
