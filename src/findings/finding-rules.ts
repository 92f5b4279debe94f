import { BREACH_RULES } from "./finding-rules/breaches";
import { CHARGE_RULES } from "./finding-rules/charge";
import { CITY_RULES } from "./finding-rules/city";
import { PROFILE_RULES } from "./finding-rules/profile";
import { READING_RULES } from "./finding-rules/reading";
import { ROSTER_RULES } from "./finding-rules/roster";
import type { FindingRule } from "./finding-rules/rule";

export type { FindingRule, RuleFamily } from "./finding-rules/rule";

/**
 * Every finding Kehou can report, by stable id, one table per family. docs/findings.md is
 * generated from it (npm run docs) and a test keeps the page current.
 */
export const FINDING_RULES = {
  ...READING_RULES,
  ...ROSTER_RULES,
  ...CHARGE_RULES,
  ...BREACH_RULES,
  ...CITY_RULES,
  ...PROFILE_RULES,
} as const satisfies Record<string, FindingRule>;

export type FindingRuleId = keyof typeof FINDING_RULES;

/** A rule's entry, typed as the general shape (clause and fix may be absent). */
export function ruleOf(id: FindingRuleId): FindingRule {
  return FINDING_RULES[id];
}
