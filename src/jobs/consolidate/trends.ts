import type { Fen } from "../../policy/fen";
import { nameKey } from "../../sheets/name-key";
import { schoolIdentity } from "./duplicates";
import type { CityResult } from "./job";

/** One school's month in a trend: what families pay and what the government pays. */
export interface TrendFigures {
  readonly payable: Fen;
  readonly governmentShare: Fen;
}

/** A school across the months of a run: its figures by month, absent where it did not submit. */
export interface SchoolTrend {
  /** The name shown: the school's name, with its 学校代码 where two schools share a name. */
  readonly school: string;
  readonly byMonth: ReadonlyMap<string, TrendFigures>;
  /** The run's sums, in fen. */
  readonly payable: Fen;
  readonly governmentShare: Fen;
}

/**
 * The per-school trends of a multi-month run: one entry per school (by the
 * same identity as the one-count rule: name, and code where given), in the order schools
 * first appear; empty for a single-month run.
 */
export function schoolTrends(result: CityResult): SchoolTrend[] {
  if (!result.months) return [];
  const key = schoolIdentity(result.schools);
  const codesOf = new Map<string, Set<string>>();
  for (const s of result.schools) {
    const name = nameKey(s.school);
    codesOf.set(name, new Set([...(codesOf.get(name) ?? []), key(s)]));
  }
  const trends = new Map<string, { school: string; byMonth: Map<string, TrendFigures> }>();
  for (const s of result.schools) {
    const k = key(s);
    const shown =
      (codesOf.get(nameKey(s.school))?.size ?? 0) > 1 && s.code
        ? `${s.school}（${s.code}）`
        : s.school;
    const trend = trends.get(k) ?? { school: shown, byMonth: new Map<string, TrendFigures>() };
    // The name as the newest file wrote it: the schools come month by month, in order.
    trend.school = shown;
    trends.set(k, trend);
    if (s.month)
      trend.byMonth.set(s.month, { payable: s.payable, governmentShare: s.governmentShare });
  }
  return [...trends.values()].map((t) => {
    const figures = [...t.byMonth.values()];
    return {
      ...t,
      payable: figures.reduce((n, f) => n + f.payable, 0),
      governmentShare: figures.reduce((n, f) => n + f.governmentShare, 0),
    };
  });
}
