import type { Profile } from "../../policy/profile";
import type { YearMonth } from "../../sheets/date-header";
import { sortFindings, type Finding } from "../../findings/finding";
import type { FindingRuleId } from "../../findings/finding-rules";
import type { SheetGrid } from "../../sheets/grid";
import { readOwnCharges } from "../../sheets/own-charges";
import { readProviderLists, type ProviderLists } from "../../sheets/providers";
import { readTeacherHours, teacherHoursHeader } from "../../sheets/teacher-hours";
import { computeCharges, type ChargeResult } from "../charge/compute";
import { earlierOfResult, withSemesterCap, type EarlierCharges } from "../charge/semester-cap";
import {
  isOwnedSheet,
  policyRefusal,
  readSchoolWorkbook,
  type SchoolWorkbook,
} from "../school-workbook";
import { BREACH_CHECKS } from "./catalogue";
import type { BreachContext } from "./context";

/** A school's month read, charged and checked against the policy. */
export interface SchoolAnalysis {
  readonly workbook: SchoolWorkbook;
  readonly charges: ChargeResult;
  /** The policy breaches, sorted by severity. */
  readonly breaches: readonly Finding[];
  /** Under a semester cap, the earlier months' 收费表 as read once for the cap and the city. */
  readonly earlier?: EarlierCharges;
}

function merge(a: ProviderLists, b: ProviderLists | undefined): ProviderLists {
  const union = (x?: ReadonlySet<string>, y?: ReadonlySet<string>) =>
    x || y ? new Set([...(x ?? []), ...(y ?? [])]) : undefined;
  return { white: union(a.white, b?.white), black: union(a.black, b?.black) };
}

/**
 * The reading's findings the breach checks rest on, said in the breach list too: a header
 * not read drops the rule of its column, a roster without agreements cannot show service
 * before one, a year the calendar package does not cover judges school days on the
 * school's own settings, a month the workbook does not hold has nothing to check, and a
 * 收费标准 not read is not checked against the standard, a month wholly before the fee
 * notice is charged nothing, and the checks ran under a policy other than the workbook names.
 */
const BREACHES_REST_ON: ReadonlySet<FindingRuleId> = new Set<FindingRuleId>([
  "HEADER_NEAR_MISS",
  "HEADER_COLUMN_MISSING",
  "CALENDAR_NO_DATA",
  "SHEET_ATTENDANCE_MISSING",
  "ATTENDANCE_OTHER_MONTH",
  "POLICY_UNKNOWN",
  "POLICY_ROW_IS_FILE",
  "POLICY_OTHER_THAN_GIVEN",
  "SETTING_RATE_UNREADABLE",
  "CHARGE_MONTH_BEFORE_NOTICE",
]);

/**
 * What the reading could not read, which the breach checks therefore skip: a cell, a day
 * column, a roster value or an attendance row the charge says it could not read (or pair) is
 * said in the breach list too, in the same words at the same cell (a job that reads both, the
 * city, says each once by its cell).
 */
const NOT_READ: ReadonlySet<FindingRuleId> = new Set<FindingRuleId>([
  "ATTENDANCE_CELL_UNREADABLE",
  "ATTENDANCE_MINUTES_OVER_DAY",
  "FORMULA_NOT_CALCULATED",
  "DATE_HEADER_UNREADABLE",
  "DATE_HEADER_AMBIGUOUS",
  "DATE_HEADER_OTHER_MONTH",
  "DATE_HEADER_MISSING",
  "ROSTER_DATE_UNREADABLE",
  "ROSTER_FLAG_UNREADABLE",
  "ROSTER_GRADE_UNREADABLE",
  "ROSTER_STAGE_UNREADABLE",
  "ATTENDANCE_STUDENT_UNKNOWN",
  "ATTENDANCE_STUDENT_DUPLICATE",
]);

/**
 * Reads a school's grids, computes the month's charges and runs every breach check: the
 * shared core of `breaches` and `consolidate`. Pure: grids in, figures and findings out.
 */
export function analyseSchool(
  grids: readonly SheetGrid[],
  options: { month?: YearMonth; providers?: ProviderLists; profile?: Profile } = {}
): SchoolAnalysis {
  const workbook = readSchoolWorkbook(grids, options.month, options.profile);
  const computed = computeCharges(workbook);
  const earlier = earlierOfResult(computed, grids);
  // The semester cap as the charge sheet applies it, so the checks compare like with like.
  const charges = withSemesterCap(computed, grids, earlier);
  const capped = earlier ? { earlier } : {};
  // Refused (a 政策 without rules): no check runs under rules the school did not name.
  const refused = policyRefusal(workbook.findings);
  if (refused) return { workbook, charges, breaches: [refused], ...capped };
  const user = grids.filter((g) => !isOwnedSheet(g));
  const teacherGrid = user.find((g) => teacherHoursHeader(g));
  const ctx: BreachContext = {
    workbook,
    charges,
    rows: charges.rows, // paired once, by the charge
    activities: workbook.activities,
    teachers: teacherGrid ? readTeacherHours(teacherGrid) : undefined,
    providers: merge(readProviderLists(user), options.providers),
    own: readOwnCharges(user, workbook.headers),
  };
  const breaches = sortFindings([
    ...charges.findings.filter((f) => BREACHES_REST_ON.has(f.rule) || NOT_READ.has(f.rule)),
    ...ctx.own.findings,
    ...Object.values(BREACH_CHECKS).flatMap((check) => check(ctx)),
  ]);
  return { workbook, charges, breaches, ...capped };
}
