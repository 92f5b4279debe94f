import { activitiesHeader, readActivities } from "../../sheets/activities";
import type { YearMonth } from "../../sheets/date-header";
import { sortFindings, type Finding } from "../../sheets/finding";
import { readOwnCharges } from "../../sheets/own-charges";
import { readProviderLists, type ProviderLists } from "../../sheets/providers";
import { readTeacherHours, teacherHoursHeader } from "../../sheets/teacher-hours";
import { computeCharges } from "../charge/compute";
import { matchAttendance } from "../charge/match-students";
import { findingsSheet } from "../findings-sheet";
import { isOwnedSheet, readSchoolWorkbook } from "../school-workbook";
import type { WorkbookPort } from "../workbook-port";
import { BREACH_CHECKS } from "./catalogue";
import type { BreachContext } from "./context";

export interface BreachOptions {
  readonly month?: YearMonth;
  /** The bureau's white and black lists (`--providers FILE`), added to any in the workbook. */
  readonly providers?: ProviderLists;
  /** Mark the offending cells with a fill and a note (the pane's checkbox, `--highlight`). */
  readonly highlight?: boolean;
  readonly write?: boolean;
}

export interface BreachResult {
  readonly school: string;
  readonly month?: string;
  readonly findings: readonly Finding[];
  readonly sheetNames: readonly string[];
}

function merge(a: ProviderLists, b: ProviderLists | undefined): ProviderLists {
  const union = (x?: ReadonlySet<string>, y?: ReadonlySet<string>) =>
    x || y ? new Set([...(x ?? []), ...(y ?? [])]) : undefined;
  return { white: union(a.white, b?.white), black: union(a.black, b?.black) };
}

/**
 * Flags policy breaches (job `breaches`, 检查违规) over the whole workbook: service times,
 * fees, days, content and providers, enrollment, teacher pay. Writes the 问题清单 sorted by
 * severity; with `highlight`, marks the cells too (clearing the marks of the last run).
 */
export async function breachesJob(
  workbook: WorkbookPort,
  options: BreachOptions = {}
): Promise<BreachResult> {
  const grids = await workbook.readSheets();
  const school = readSchoolWorkbook(grids, options.month);
  const charges = computeCharges(school);
  const user = grids.filter((g) => !isOwnedSheet(g));
  const activityGrid = user.find((g) => activitiesHeader(g));
  const activities = activityGrid ? readActivities(activityGrid) : undefined;
  const teacherGrid = user.find((g) => teacherHoursHeader(g));
  const ctx: BreachContext = {
    workbook: school,
    charges,
    rows:
      school.roster && school.attendance
        ? matchAttendance(school.roster, school.attendance, [])
        : new Map(),
    activities: activities?.sheet,
    teachers: teacherGrid ? readTeacherHours(teacherGrid) : undefined,
    providers: merge(readProviderLists(user), options.providers),
    own: readOwnCharges(user),
  };
  const findings = sortFindings([
    ...Object.values(BREACH_CHECKS).flatMap((check) => check(ctx)),
    ...(activities?.findings ?? []),
  ]);
  const title = `${charges.school} ${charges.month ?? ""} 违规检查 问题清单`
    .replace(/\s+/g, " ")
    .trim();
  const sheetNames =
    options.write === false ? [] : await workbook.writeSheets([findingsSheet(findings, title)]);
  if (options.highlight) {
    await workbook.markCells(
      findings
        .filter((f) => f.cell && f.sheet)
        .map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, note: f.message }))
    );
  }
  return { school: charges.school, month: charges.month, findings, sheetNames };
}
