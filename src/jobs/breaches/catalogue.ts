import type { RuleFamily } from "../../sheets/finding-rules";
import type { BreachCheck } from "./context";
import { contentBreaches } from "./rules/content";
import { dayBreaches } from "./rules/days";
import { enrollmentBreaches } from "./rules/enrollment";
import { feeBreaches } from "./rules/fees";
import { managementBreaches } from "./rules/management";
import { teacherBreaches } from "./rules/teachers";
import { timeBreaches } from "./rules/times";

/**
 * The breach checks, one per family of the rule catalogue (src/sheets/finding-rules/,
 * documented in docs/findings.md). Each is a pure function from the read workbook to findings.
 */
export const BREACH_CHECKS: Readonly<
  Record<Exclude<RuleFamily, "reading" | "roster" | "charge" | "city">, BreachCheck>
> = {
  times: timeBreaches,
  fees: feeBreaches,
  days: dayBreaches,
  content: contentBreaches,
  enrollment: enrollmentBreaches,
  teachers: teacherBreaches,
  management: managementBreaches,
};
