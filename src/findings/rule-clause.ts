import type { Profile } from "../policy/profile";
import type { FindingRule } from "./finding-rules/rule";

/**
 * The clause a rule cites under a profile, as the 条款 column and the JSON say it: the
 * profile's label for it, else the rule's own reference, else "" (a label the profile leaves
 * out is cited nowhere rather than borrowed from another city).
 */
export function clauseOf(rule: FindingRule, profile: Profile): string {
  const label = rule.cites ? profile.provenance.clauses[rule.cites] : undefined;
  return label ?? rule.clause ?? "";
}
