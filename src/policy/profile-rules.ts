import Decimal from "decimal.js";
import { Money } from "./money";
import type { Profile, ProfileEndRule, Tier } from "./profile";
import type { EndRule, ServicePeriod, WindowGroup } from "./service-period";
import type { Stage } from "./stage";
import { type MinutesOfDay } from "./time-of-day";

/** A profile's figures in the forms the rules compute with, made once per profile. */
export interface ProfileRules {
  readonly profile: Profile;
  /** The rate of one billing unit, in yuan, by stage. */
  readonly rates: Readonly<Record<Stage, Money>>;
  /** The highest uplift as a fraction (10% is 0.1). */
  readonly maxUplift: Money;
  readonly start: Readonly<Record<Stage, MinutesOfDay>>;
  readonly periods: readonly ServicePeriod[];
}

const made = new WeakMap<Profile, ProfileRules>();

/** "17:30" as minutes of the day; the schema has already refused any other shape. */
export function clockMinutes(text: string): MinutesOfDay {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`not a time of day: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** A percent as a fraction, exactly (50 → 0.5). */
export function percentFraction(percent: number): Money {
  return new Money(percent).dividedBy(100);
}

/** Fen as yuan, exactly. */
export function fenYuan(fen: number): Money {
  return new Money(fen).dividedBy(100);
}

function endRules(
  ends: Readonly<Partial<Record<WindowGroup, ProfileEndRule>>>
): Partial<Record<WindowGroup, EndRule>> {
  const out: Partial<Record<WindowGroup, EndRule>> = {};
  for (const g of Object.keys(ends) as WindowGroup[]) {
    const e = ends[g]!;
    out[g] = {
      ...(e.earliest !== undefined ? { earliest: clockMinutes(e.earliest) } : {}),
      latest: clockMinutes(e.latest),
      ...(e.fixed ? { fixed: true } : {}),
      inPrinciple: e.inPrinciple,
      clause: e.clause,
    };
  }
  return out;
}

/** The rules' view of a profile. */
export function rulesOf(profile: Profile): ProfileRules {
  let r = made.get(profile);
  if (r) return r;
  const s = profile.service;
  const periods: ServicePeriod[] = s.periods.map((p) => ({
    id: p.id,
    from: p.from,
    ...(p.to !== undefined ? { to: p.to } : {}),
    ends: endRules(p.ends) as ServicePeriod["ends"],
    ...(p.seasons
      ? { seasons: p.seasons.map((x) => ({ from: x.from, to: x.to, ends: endRules(x.ends) })) }
      : {}),
  }));
  r = {
    profile,
    rates: {
      primary: fenYuan(profile.rates.primary),
      junior: fenYuan(profile.rates.junior),
      senior: fenYuan(profile.rates.senior),
    },
    maxUplift: percentFraction(profile.uplift.maxPercent),
    start: {
      primary: clockMinutes(s.start.primary),
      junior: clockMinutes(s.start.junior),
      senior: clockMinutes(s.start.senior),
    },
    periods,
  };
  made.set(profile, r);
  return r;
}

/**
 * The tier a share falls in: `part` of `whole` compared with each tier's percent bound
 * exactly (part × 100 against upTo × whole), first tier that admits it.
 */
export function tierOfShare(
  tiers: readonly Tier[],
  part: Decimal.Value,
  whole: Decimal.Value
): Tier {
  const p = new Money(part).times(100);
  const w = new Money(whole);
  return tierWhere(tiers, (upTo) => p.comparedTo(w.times(upTo)));
}

/** The tier a count (days) falls in. */
export function tierOfCount(tiers: readonly Tier[], count: number): Tier {
  return tierWhere(tiers, (upTo) => Math.sign(count - upTo));
}

function tierWhere(tiers: readonly Tier[], compare: (upTo: number) => number): Tier {
  for (const t of tiers) {
    if (t.upTo === undefined) return t;
    const c = compare(t.upTo);
    if (c < 0 || (c === 0 && t.inclusive)) return t;
  }
  // The schema asks for an open last tier; a list without one charges or refunds nothing more.
  return { inclusive: false, percent: 0 };
}
