import type { Profile } from "../../policy/profile";
import type { CivilDate } from "../../policy/civil-date";
import { hourlyRate } from "../../policy/fee";
import { yuanText } from "../../policy/money";
import type { ServicePeriod } from "../../policy/service-window";
import type { Stage } from "../../policy/stage";
import type { YearMonth } from "../../sheets/date-header";
import type { Finding } from "../../findings/finding";
import { readNoticeSettings } from "../../sheets/notice-settings";
import { findSchoolSheets } from "../../sheets/workbook-sheets";
import { computeCharges, type ChargeResult } from "../charge/compute";
import { withSemesterCap } from "../charge/semester-cap";
import { findingsSheet } from "../findings-sheet";
import type { OutputSheet } from "../output-sheet";
import { chargedRate } from "../../policy/rate-ceiling";
import { isOwnedSheet, policyRefusal, readSchoolWorkbook } from "../school-workbook";
import type { WorkbookPort } from "../workbook-port";
import { familyNotices, noticesSheets, type FamilyNotice } from "./family-notices";
import { feeNoticeSheet } from "./fee-notice";
import { letterSheet } from "./letter";

/** Today as a civil date, in the machine's time zone. */
function today(): CivilDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface NoticeJobResult {
  readonly school: string;
  readonly date: CivilDate;
  /** The sheets made, written or not: the CLI prints them to PDF on their own. */
  readonly sheets: readonly OutputSheet[];
  readonly sheetNames: readonly string[];
  /**
   * What of the settings was not read or was refused (a blank 学校名称; a 高中上浮 above 10% is
   * published as none): the notice states the policy's figures, so the school is told what it did not take.
   */
  readonly findings: readonly Finding[];
  /** The profile the notice was written from, whose clause labels its findings cite. */
  readonly profile: Profile;
}

/**
 * 收费公示, and with `letter` the 致家长的一封信 (job `notice`): from the settings and the
 * policy's own tables; dated the settings' 收费公示日期, else `date`, else today.
 */
export async function noticeJob(
  workbook: WorkbookPort,
  options: {
    letter?: boolean;
    date?: CivilDate;
    write?: boolean;
    periods?: readonly ServicePeriod[];
    profile?: Profile;
  } = {}
): Promise<NoticeJobResult> {
  const grids = await workbook.readSheets();
  const { settings, findings: read } = readSchoolWorkbook(grids, undefined, options.profile);
  // The 公示 is made of the settings: what they could not give it is said (SPEC §11).
  const findings = read.filter(
    (f) => f.rule === "SCHOOL_NAME_MISSING" || (settings.sheet && f.sheet === settings.sheet)
  );
  const notice = readNoticeSettings(findSchoolSheets(grids, isOwnedSheet).settings);
  const date = settings.feeNoticeDate ?? options.date ?? today();
  // Refused (a 政策 without rules): no 公示 of figures the school's rules may not have.
  if (policyRefusal(findings))
    return {
      school: settings.school ?? "",
      date,
      findings,
      sheets: [],
      sheetNames: [],
      profile: settings.profile,
    };
  const source = { settings, notice, date, periods: options.periods };
  const sheets = [feeNoticeSheet(source), ...(options.letter ? [letterSheet(source)] : [])];
  const sheetNames = options.write === false ? [] : await workbook.writeSheets(sheets);
  return {
    school: settings.school ?? "",
    date,
    findings,
    sheets,
    sheetNames,
    profile: settings.profile,
  };
}

export interface NoticesJobResult {
  readonly charges: ChargeResult;
  readonly notices: readonly FamilyNotice[];
  /** The notices sheets (first) and the findings sheet. */
  readonly sheets: readonly OutputSheet[];
  /** The notices sheets alone: one, or one a grade or class past Excel's page-break limit. */
  readonly noticeSheets: readonly OutputSheet[];
  readonly sheetNames: readonly string[];
}

/**
 * 缴费通知单 (job `notices`): one notice per student for the month, from the charge
 * computation itself, print-ready three to an A4 page; and the month's 问题清单.
 */
export async function noticesJob(
  workbook: WorkbookPort,
  options: { month?: YearMonth; write?: boolean; profile?: Profile } = {}
): Promise<NoticesJobResult> {
  const grids = await workbook.readSheets();
  const school = readSchoolWorkbook(grids, options.month, options.profile);
  // A family's notice asks what the charge sheet does: held to the semester cap.
  const charges = withSemesterCap(computeCharges(school), grids);
  const notice = readNoticeSettings(findSchoolSheets(grids, isOwnedSheet).settings);
  const rate = (stage: Stage) => {
    const profile = school.settings.profile;
    const raised = profile.uplift.stages.includes(stage) ? school.settings.uplift : 0;
    const r = hourlyRate(stage, raised, profile);
    return r.ok
      ? yuanText(chargedRate(stage, r.value, school.settings.rates, profile, raised))
      : "";
  };
  const rates = { primary: rate("primary"), junior: rate("junior"), senior: rate("senior") };
  const notices = familyNotices(charges);
  const noticeSheets =
    charges.month && notices.length > 0
      ? noticesSheets(charges, notices, notice, rates, school.settings.profile)
      : [];
  // Refused (a 政策 without rules): no notice and no list written; the finding says why.
  if (policyRefusal(charges.findings))
    return { charges, notices: [], sheets: [], noticeSheets: [], sheetNames: [] };
  const sheets: OutputSheet[] = [...noticeSheets];
  sheets.push(
    findingsSheet(
      charges.findings,
      `${charges.school} ${charges.month ?? ""} 缴费通知问题清单`.trim(),
      "notices",
      [],
      school.settings.profile
    )
  );
  const sheetNames = options.write === false ? [] : await workbook.writeSheets(sheets);
  return { charges, notices, sheets, noticeSheets, sheetNames };
}
