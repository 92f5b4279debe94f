import type Decimal from "decimal.js";
import { hourlyRate } from "./fee";
import { Money } from "./money";
import type { Profile } from "./profile";
import type { Stage } from "./stage";

/**
 * The rate a stage is charged at: the profile's (`withUplift`, the school's uplift in it where
 * the stage may have one), or under a profile whose rates are ceilings (最高不超过, e.g. "at most
 * 2.5 元 a 课时") the school's own 收费标准 where it states one under the ceiling. A stage's own
 * rate (高中收费标准) is its rate as charged, held to `withUplift`; the school's one 收费标准 is
 * its base rate, held to the ceiling, and a stage that may raise it adds its `uplift`. A rate
 * above the ceiling is a breach, and the ceiling is charged. `own` is the school's rate by
 * stage, "all" for every stage.
 */
export function chargedRate(
  stage: Stage,
  withUplift: Money,
  own: Readonly<Partial<Record<Stage | "all", Money>>>,
  profile: Profile,
  uplift: Decimal.Value = 0
): Money {
  if (profile.rateIsCeiling !== true) return withUplift; // §三(五)2 收费标准为每生每小时…: the fee itself
  const byStage = own[stage];
  if (byStage !== undefined) return byStage.lessThan(withUplift) ? byStage : withUplift;
  if (own.all === undefined) return withUplift;
  const base = hourlyRate(stage, 0, profile);
  const ceiling = base.ok ? base.value : withUplift;
  // The rate set by the school within the ceiling is the one it posted, raised where allowed.
  return (own.all.lessThan(ceiling) ? own.all : ceiling).times(new Money(uplift).plus(1));
}
