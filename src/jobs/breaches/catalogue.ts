import type { RuleFamily } from "../../findings/finding-rules";
import type { BreachCheck } from "./context";
import { contentBreaches } from "./checks/content";
import { dayBreaches } from "./checks/days";
import { enrollmentBreaches } from "./checks/enrollment";
import { feeBreaches } from "./checks/fees";
import { managementBreaches } from "./checks/management";
import { teacherBreaches } from "./checks/teachers";
import { timeBreaches } from "./checks/times";

/**
 * The breach checks, one per family of the rule catalogue (src/findings/finding-rules/,
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
