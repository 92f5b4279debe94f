import type { Profile } from "../../policy/profile";
import type { ProviderLists } from "../../sheets/providers";
import type { YearMonth } from "../../sheets/date-header";
import { sortFindings, type Finding } from "../../findings/finding";
import { analyseSchool } from "./analyse";
import { findingsSheet } from "../findings-sheet";
import { policyRefusal } from "../school-workbook";
import type { WorkbookPort } from "../workbook-port";

export interface BreachOptions {
  readonly month?: YearMonth;
  /** The bureau's white and black lists (`--providers FILE`), added to any in the workbook. */
  readonly providers?: ProviderLists;
  /** Mark the offending cells with a fill and a note (the pane's checkbox, `--highlight`). */
  readonly highlight?: boolean;
  /** The policy applied whatever the workbook's 政策 row says (`--policy FILE`). */
  readonly profile?: Profile;
  readonly write?: boolean;
}

export interface BreachResult {
  readonly school: string;
  readonly month?: string;
  readonly findings: readonly Finding[];
  readonly sheetNames: readonly string[];
  /** The profile the checks ran under, whose clause labels the findings cite. */
  readonly profile: Profile;
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
  const { workbook: school, charges, breaches } = analyseSchool(grids, options);
  // SPEC §11: a blank 学校名称 is an error in every job, this one too.
  const findings = sortFindings([
    ...school.findings.filter((f) => f.rule === "SCHOOL_NAME_MISSING"),
    ...breaches,
  ]);
  const title = `${charges.school} ${charges.month ?? ""} 违规问题清单`.replace(/\s+/g, " ").trim();
  // Marked first: a cell whose own note is kept is said so in the list.
  const kept =
    options.highlight && !policyRefusal(findings)
      ? await workbook.markCells(
          findings
            .filter((f) => f.cell && f.sheet)
            .map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, note: f.message }))
        )
      : [];
  const sheetNames =
    options.write === false || policyRefusal(findings)
      ? []
      : await workbook.writeSheets([
          findingsSheet(findings, title, "breaches", kept, school.settings.profile),
        ]);
  return {
    school: charges.school,
    month: charges.month,
    findings,
    sheetNames,
    profile: school.settings.profile,
  };
}
