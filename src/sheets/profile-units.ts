import type { Profile, Tier } from "../policy/profile";

/** A field whose value looks written in the wrong unit: where, and why in Chinese. */
export interface UnitProblem {
  readonly field: string;
  readonly reason: string;
}

/**
 * The least fen a rate of one hour, 课时 or day plausibly is (0.10 元): a rate under it was
 * almost surely typed in yuan (the city's text says "1.0 元", the file wants 100).
 */
export const MIN_UNIT_RATE_FEN = 10;
/** The least fen a month's fee or a cap plausibly is (10 元): 120 元 typed as 120 is 1.20 元. */
export const MIN_MONTH_FEN = 1000;

const UNIT_ZH = { hour: "小时", session: "课时", day: "天", month: "月" } as const;

/** How a fen amount written in yuan should have been written: 1 → 100, 2.5 → 250. */
const asFen = (yuan: number) => Math.round(yuan * 100);

function rates(p: Profile, out: UnitProblem[]): void {
  const unit = p.billing.unit;
  const least = unit === "month" ? MIN_MONTH_FEN : MIN_UNIT_RATE_FEN;
  const tables: [string, Profile["rates"]][] = [["rates", p.rates]];
  for (const [name, table] of Object.entries(p.rateVariants?.options ?? {}))
    tables.push([`rateVariants.options.${name}`, table]);
  for (const [field, table] of tables)
    for (const [stage, fen] of Object.entries(table))
      if (fen > 0 && fen < least)
        out.push({
          field: `${field}.${stage}`,
          reason: `每${UNIT_ZH[unit]} ${fen} 分看起来是以元填写：收费以分为单位，${fen} 元应写 ${asFen(fen)}（分）`,
        });
  const caps: [string, number | undefined][] = [
    ["caps.perMonthFen", p.caps.perMonthFen],
    ["caps.perSemesterFen", p.caps.perSemesterFen],
  ];
  for (const [field, fen] of caps)
    if (fen !== undefined && fen > 0 && fen < MIN_MONTH_FEN)
      out.push({
        field,
        reason: `上限 ${fen} 分看起来是以元填写：金额以分为单位，${fen} 元应写 ${asFen(fen)}（分）`,
      });
}

/** A percent written as a fraction of one: 0.5 for 50. */
const fraction = (n: number) => n > 0 && n < 1;

const asPercent = (n: number) => Math.round(n * 10000) / 100;

function percentReason(n: number): string {
  return `${n} 看起来是把百分比写成了小数：比例以百分数填写，${n} 应写 ${asPercent(n)}`;
}

/**
 * A tier list written in fractions: each fraction is said, and where every percent of the
 * list is at most 1, its 1s too (1 beside 0.5 means all of it, 100).
 */
function tiers(list: readonly Tier[], field: string, boundIsPercent: boolean, out: UnitProblem[]) {
  const percents = list.map((t) => t.percent);
  const allSmall = percents.some(fraction) && percents.every((n) => n <= 1);
  list.forEach((t, i) => {
    if (fraction(t.percent) || (allSmall && t.percent === 1))
      out.push({
        field: `${field}[${i}].percent`,
        reason: fraction(t.percent)
          ? percentReason(t.percent)
          : `同一列表的比例都不超过 1，1 看起来是把百分比写成了小数：比例以百分数填写，应写 100`,
      });
    if (boundIsPercent && t.upTo !== undefined && fraction(t.upTo))
      out.push({ field: `${field}[${i}].upTo`, reason: percentReason(t.upTo) });
  });
}

/**
 * Values whose unit a bureau is likely to have mistaken, refused by name: a rate or a cap in
 * yuan where the file wants fen, a percent written as a fraction (0.5 for 50). Both would be
 * taken silently as valid and charge a hundredth of the fee.
 */
export function unitProblems(p: Profile): UnitProblem[] {
  const out: UnitProblem[] = [];
  rates(p, out);
  if (fraction(p.uplift.maxPercent))
    out.push({ field: "uplift.maxPercent", reason: percentReason(p.uplift.maxPercent) });
  p.waiver.shares.forEach((s, i) => {
    if (fraction(s.percent))
      out.push({ field: `waiver.shares[${i}].percent`, reason: percentReason(s.percent) });
  });
  tiers(p.refund.tiers, "refund.tiers", p.refund.over === "attendedPercent", out);
  tiers(p.transfer.tiers, "transfer.tiers", true, out);
  if (p.billing.unit === "month") tiers(p.billing.monthTiers, "billing.monthTiers", true, out);
  return out;
}
