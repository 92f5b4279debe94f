import type { BreachCheck } from "../context";

/** Service days (§三(二), SPEC §9): service on a day that is not a school day, as the charge found it. */
export const dayBreaches: BreachCheck = (ctx) =>
  ctx.charges.findings.filter((f) => f.rule === "DAY_NOT_SCHOOL_DAY");
