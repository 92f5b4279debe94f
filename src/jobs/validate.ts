import type { Profile } from "../policy/profile";
import { finding, type Finding } from "../findings/finding";
import { nearHeaderFindings } from "../sheets/near-header";
import { readRoster } from "../sheets/roster";
import { checkRoster, checkRosterColumns } from "../sheets/roster-checks";
import { readSettings } from "../sheets/settings";
import { findSchoolSheets } from "../sheets/workbook-sheets";
import { priorityRefused } from "./breaches/checks/enrollment";
import { findingsSheet } from "./findings-sheet";
import { isOwnedSheet, policyRefusal, uncalculatedCells } from "./school-workbook";
import type { WorkbookPort } from "./workbook-port";

export interface ValidateResult {
  readonly school: string;
  readonly students: number;
  readonly findings: readonly Finding[];
  readonly sheetNames: readonly string[];
  /** The profile in force, whose clause labels the findings cite. */
  readonly profile: Profile;
}

/**
 * Validates the roster (job `validate`): cells that cannot be read, duplicate ids, missing
 * names, grades and stages, yes/no flags, the order of enrollment dates, withdrawals, and the
 * priority-group counts. Writes the 问题清单 sheet unless `write` is false.
 */
export async function validateJob(
  workbook: WorkbookPort,
  options: { write?: boolean; profile?: Profile } = {}
): Promise<ValidateResult> {
  const grids = await workbook.readSheets();
  const found = findSchoolSheets(grids, isOwnedSheet);
  const { settings, findings } = readSettings(found.settings, options.profile);
  // One by one: a spread passes each as an argument, past V8's stack for a roster of 220,000.
  const add = (items: readonly Finding[]) => {
    for (const f of items) findings.push(f);
  };
  // A formula saved without its value is read as blank: said at its cell, as every job says it.
  if (found.settings) add(uncalculatedCells(found.settings));
  let students = 0;
  const source =
    found.roster ??
    found.attendance.find(
      (a) => a.header.fields.grade !== undefined || a.header.fields.class !== undefined
    );
  if (source) {
    const read = readRoster(source.grid, source.header, settings.system);
    if (source.grid !== found.settings) add(uncalculatedCells(source.grid));
    add(read.findings);
    add(nearHeaderFindings(source.grid, source.header));
    add(checkRosterColumns(read.roster, settings.profile));
    add(checkRoster(read.roster));
    add(priorityRefused(read.roster));
    students = read.roster.students.length;
  } else findings.push(finding("SHEET_ROSTER_MISSING", { sheet: "" }));
  const school = settings.school ?? "";
  // Refused (a 政策 without rules), as every job is: the workbook is left as it is.
  const sheetNames =
    options.write === false || policyRefusal(findings)
      ? []
      : await workbook.writeSheets([
          findingsSheet(
            findings,
            `${school} 名册校验问题清单`.trim(),
            "validate",
            [],
            settings.profile
          ),
        ]);
  return { school, students, findings, sheetNames, profile: settings.profile };
}
