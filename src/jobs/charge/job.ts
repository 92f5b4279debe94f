import type { Profile } from "../../policy/profile";
import type { YearMonth } from "../../sheets/date-header";
import { findingsSheet } from "../findings-sheet";
import type { OutputSheet } from "../output-sheet";
import { policyRefusal, readSchoolWorkbook } from "../school-workbook";
import type { WorkbookPort } from "../workbook-port";
import { computeCharges, type ChargeResult } from "./compute";
import { withSemesterCap } from "./semester-cap";
import { chargeSheet } from "./sheet";

export interface ChargeJobResult extends ChargeResult {
  readonly sheetNames: readonly string[];
}

/**
 * Builds the month's charge sheet (job `charge`) from the workbook as it is, and the
 * 问题清单 of everything that could not be read or was not charged.
 */
export async function chargeJob(
  workbook: WorkbookPort,
  options: { month?: YearMonth; write?: boolean; profile?: Profile } = {}
): Promise<ChargeJobResult> {
  const grids = await workbook.readSheets();
  // The semester cap over the earlier months' charge sheets this workbook holds.
  const result = withSemesterCap(
    computeCharges(readSchoolWorkbook(grids, options.month, options.profile)),
    grids
  );
  // Refused (a 政策 without rules): the workbook is left as it is; the finding says why.
  if (policyRefusal(result.findings)) return { ...result, sheetNames: [] };
  const sheets: OutputSheet[] = [];
  if (result.month && result.lines.length > 0) sheets.push(chargeSheet(result));
  sheets.push(
    findingsSheet(
      result.findings,
      `${result.school} ${result.month ?? ""} 收费问题清单`.trim(),
      "charge",
      [],
      result.profile
    )
  );
  const sheetNames = options.write === false ? [] : await workbook.writeSheets(sheets);
  return { ...result, sheetNames };
}
