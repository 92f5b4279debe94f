import type { Money } from "./money";
import type { Profile } from "./profile";
import type { Stage } from "./stage";

/**
 * The rate a stage is charged at: the profile's, or under a profile whose rates are ceilings
 * (最高不超过, e.g. "at most 2.5 元 a 课时"), the school's own 收费标准 where it states one at
 * or under the ceiling. A school's rate above the ceiling is a breach, and the ceiling is
 * charged. `own` is the school's rate by stage, "all" for every stage.
 */
export function chargedRate(
  stage: Stage,
  ceiling: Money,
  own: Readonly<Partial<Record<Stage | "all", Money>>>,
  profile: Profile
): Money {
  if (profile.rateIsCeiling !== true) return ceiling; // §三(五)2 收费标准为每生每小时…: the fee itself
  const stated = own[stage] ?? own.all;
  // The rate set by the school within the ceiling is the one it posted and charges.
  return stated !== undefined && stated.lessThan(ceiling) ? stated : ceiling;
}
