import { fenText, yuanNumber } from "../../policy/fen";
import type { NoticeSettings } from "../../sheets/notice-settings";
import { shownSchool } from "../../sheets/settings";
import { lineOf, type ChargeLine, type ChargeResult } from "../charge/compute";
import type { MonthlyBasis } from "../charge/lines";
import { sortLines, ZERO_CHARGE } from "../charge/lines";
import { OUTPUT_HEADER_ROW, type OutputCell, type OutputSheet } from "../output-sheet";
import { amountInWords } from "./amount-words";
import type { Profile } from "../../policy/profile";
import { DEFAULT_PROFILE } from "../../policy/profiles";
import { tierOfShare } from "../../policy/profile-rules";
import { cited } from "./cited";
import { isHalfMonthTiers, percentWord, refundShortLine } from "./policy-lines";

/** A family's notice: the student's charge line and why it is what it is. */
export interface FamilyNotice {
  readonly line: ChargeLine;
  readonly reason: string;
}

/** Notices printed on one A4 page. */
export const NOTICES_PER_PAGE = 3;

/** Horizontal page breaks one sheet holds at most (Excel's HPageBreaks limit). */
export const MAX_PAGE_BREAKS = 1026;

/** Notices one sheet holds: a page break after every third, at most MAX_PAGE_BREAKS of them. */
export const NOTICES_PER_SHEET = (MAX_PAGE_BREAKS + 1) * NOTICES_PER_PAGE;

/** The notices sheet's name for a month, and for a part of the school (a grade, a class). */
export function noticesSheetName(month: string, part?: string): string {
  return part ? `缴费通知单 ${month} ${part}` : `缴费通知单 ${month}`;
}

/** Why a student's month costs what it does, in the words a family reads. */
export function reasonOf(
  line: ChargeLine,
  mode: ChargeResult["mode"],
  profile: Profile = DEFAULT_PROFILE
): string {
  const reason = baseReasonOf(line, mode, profile);
  // The profile's semester cap lowered the month: say by how much, so 应收 − 应缴 adds up.
  const cap = profile.caps.perSemesterFen;
  return line.semesterCapReduced && cap !== undefined
    ? `${reason}；按每学期上限 ${fenText(cap)} 元减少 ${fenText(line.semesterCapReduced)} 元`
    : reason;
}

/** How a 据实收取 month was charged, in the profile's unit: time, whole 课时, days, or the month's tier. */
function actualHow(line: ChargeLine, profile: Profile): string {
  const b = profile.billing;
  if (b.unit === "session") return "按本月实际服务的整课时据实收取";
  if (b.unit === "day") return "按本月实际服务天数据实收取";
  if (b.unit === "month") {
    const billed = line.billed;
    if (!billed?.schoolDays) return "按月收费";
    const tier = tierOfShare(b.monthTiers, billed.days, billed.schoolDays);
    return `按月收费：本月出勤 ${billed.days} 天，当月上课日 ${billed.schoolDays} 天，收取${percentWord(tier.percent)}`;
  }
  return "按本月实际服务时间据实收取";
}

function baseReasonOf(line: ChargeLine, mode: ChargeResult["mode"], profile: Profile): string {
  const clause = profile.provenance.clauses;
  if (line.hardship && line.waived > 0)
    return `家庭经济困难学生免收费（${clause.waiver}），本月无需缴费`;
  if (line.payable === 0 && line.refund > 0) return `已按退费办法全额退费（${clause.refund}）`;
  if (line.payable === 0 && line.days === 0) return "本月未参加课后服务，无需缴费";
  if (line.payable === 0 && line.billableMinutes === 0)
    return `本月每天服务均不足${profile.dailyMinimumMinutes}分钟，不收费（${clause.dailyMinimum}）`;
  // The policy's own clause labels, so a notice under another city's rules cites that city's.
  const how =
    mode === "monthly"
      ? `按月收取（${clause.refund}）`
      : `${actualHow(line, profile)}（${clause.rate}）`;
  const tier = refundTier(line, profile);
  if (tier) return `${how}；退费：${tier}`;
  return line.refund > 0 ? `${how}，已扣除退费` : how;
}

/** A session's length as a family reads it: 2 小时, 1.5 小时. */
function hoursText(minutes: number): string {
  return `${Number((minutes / 60).toFixed(2))} 小时`;
}

/**
 * The refund tier applied to a 按月收取 month: in Suifenhe's words for its half-month tiers
 * (整月未上课全额退费, 未满半月（含半月）退半费, 超过半月不退费), else by the amount refunded;
 * undefined where no refund was asked or due.
 */
export function refundTier(
  line: ChargeLine,
  profile: Profile = DEFAULT_PROFILE
): string | undefined {
  if (!line.monthly?.refundDue) return undefined;
  const halves = isHalfMonthTiers(profile.refund.tiers);
  if (line.refund > 0 && line.refund === line.gross)
    return halves ? "整月未上课，全额退费" : "全额退费";
  if (line.refund > 0)
    return halves ? "未满半月（含半月）课时，退半费" : `退费 ${fenText(line.refund)} 元`;
  return halves ? "超过半月课时，不退费" : "不退费";
}

/**
 * One notice per student of the charge sheet, and one for each student served without an
 * agreement (who is not charged), ordered like the charge sheet: by grade and class,
 * then student id, so a head teacher can hand them out.
 */
export function familyNotices(result: ChargeResult): FamilyNotice[] {
  const reasons = new Map<ChargeLine, string>();
  const lines = [...result.lines];
  const unknownStage = new Set(
    result.findings
      .filter((f) => f.rule === "CHARGE_STAGE_UNKNOWN" || f.rule === "SESSION_LENGTH_UNKNOWN")
      .map((f) => f.studentId)
  );
  for (const l of lines)
    if (unknownStage.has(l.id) && l.payable === 0)
      reasons.set(l, "学段或服务时长未能确定，本月暂不收费，请与学校联系");
  const enrollment = (result.profile ?? DEFAULT_PROFILE).provenance.clauses.enrollment;
  const noAgreement = new Set(
    result.findings.filter((f) => f.rule === "CHARGE_NO_AGREEMENT").map((f) => f.studentId)
  );
  for (const student of result.rows.keys()) {
    if (!student.id || !noAgreement.has(student.id)) continue;
    // A student served but not charged (no agreement) gets a line of zeros.
    const line = lineOf(student, ZERO_CHARGE, undefined);
    reasons.set(
      line,
      `未签订课后服务协议，${cited("不收费", enrollment)}；如需参加请先办理申请和协议`
    );
    lines.push(line);
  }
  return sortLines(lines).map((line) => ({
    line,
    reason: reasons.get(line) ?? reasonOf(line, result.mode, result.profile),
  }));
}

const DASH = "- ".repeat(28);

/** What a 据实收取 month was billed in, as the notice's third and fourth cells say it. */
function billedCells(l: ChargeLine, profile: Profile): OutputCell[] {
  const b = profile.billing;
  if (b.unit === "session") {
    const each = l.stage ? `（每课时 ${b.sessionMinutes[l.stage]} 分钟）` : "";
    return ["计费课时", `${l.billed?.sessions ?? 0} 课时${each}`];
  }
  if (b.unit === "day") return ["计费天数", `${l.billed?.days ?? 0} 天`];
  if (b.unit === "month") return ["当月上课日", `${l.billed?.schoolDays ?? 0} 天`];
  return ["计费时间", `${l.billableMinutes} 分钟`];
}

/**
 * What a 按月收取 month's fee is made of: its school days × the session × the rate an hour;
 * × the whole 课时 the scheduled minutes hold; × the rate a day; or the month's fee.
 */
function monthlyBasisText(
  basis: MonthlyBasis,
  l: ChargeLine,
  rate: string,
  profile: Profile
): string {
  const b = profile.billing;
  const days = `${basis.schoolDays} 个服务日`;
  if (b.unit === "session" && l.stage) {
    const each = b.sessionMinutes[l.stage];
    const sessions = Math.floor((basis.schoolDays * basis.sessionMinutes) / each);
    return `${days} × ${basis.sessionMinutes} 分钟，共 ${sessions} 课时（每课时 ${each} 分钟）× ${rate}`;
  }
  if (b.unit === "day") return `${days} × ${rate}`;
  if (b.unit === "month") return `当月月费 ${rate}`;
  return `${days} × ${hoursText(basis.sessionMinutes)} × ${rate}`;
}

/** What a rate is for, as a notice writes it after the amount. */
const RATE_UNIT = { hour: "元/小时", session: "元/课时", day: "元/天", month: "元/月" } as const;

/** The rows of one notice; every notice has the same number of rows. */
function noticeRows(
  n: FamilyNotice,
  r: ChargeResult,
  settings: NoticeSettings,
  rate: string,
  profile: Profile
): OutputCell[][] {
  const l = n.line;
  const money = (fen: number) => yuanNumber(fen);
  const [y, m] = (r.month ?? "").split("-");
  const rows: OutputCell[][] = [
    [`${shownSchool(r.school)} 课后服务缴费通知单（${y}年${Number(m)}月）`],
    ["学生姓名", l.name, "班级", l.className],
    ["学号", l.id, "缴费月份", r.month ?? ""],
    l.monthly
      ? ["计费依据", monthlyBasisText(l.monthly, l, rate, profile), "实际参加", `${l.days} 天`]
      : ["服务天数", `${l.days} 天`, ...billedCells(l, profile)],
    ["收费标准", rate, "应收金额", money(l.gross)],
    ["困难家庭减免", money(l.waived), "退费金额", money(l.refund)],
  ];
  if (settings.showShares)
    rows.push(["其中政府分担", money(l.governmentShare), "学校分担", money(l.schoolShare)]);
  rows.push(
    ["应缴金额", money(l.payable), "金额大写", amountInWords(l.payable)],
    ["说明", n.reason],
    ["缴费方式", settings.payHow ?? "请按学校通知缴费", "缴费截止", settings.payBy ?? ""],
    ["退费", refundShortLine(profile)],
    [`${DASH}沿此线剪开`]
  );
  return rows;
}

/**
 * The month's notices as one print-ready sheet: A4 portrait, one page wide, three notices a
 * page with a page break after every third, so a notice is never split over two pages.
 */
export function noticesSheet(
  result: ChargeResult,
  notices: readonly FamilyNotice[],
  settings: NoticeSettings,
  rates: Readonly<Record<"primary" | "junior" | "senior", string>>,
  part?: string,
  profile: Profile = DEFAULT_PROFILE
): OutputSheet {
  const unit = RATE_UNIT[profile.billing.unit];
  const rows = notices.flatMap((n) =>
    noticeRows(n, result, settings, n.line.stage ? `${rates[n.line.stage]} ${unit}` : "", profile)
  );
  const height = notices.length > 0 ? rows.length / notices.length : 0;
  const first = OUTPUT_HEADER_ROW + 1;
  const pages = Math.ceil(notices.length / NOTICES_PER_PAGE);
  // Each notice framed up to its cut line; the amount in figures and in capitals emphasised.
  const starts = notices.map((_, i) => first + i * height);
  const payableAt = rows.slice(0, height).findIndex((r) => r[0] === "应缴金额");
  return {
    name: noticesSheetName(result.month ?? "", part),
    title: `${shownSchool(result.school)} ${result.month ?? ""}${part ? ` ${part}` : ""} 课后服务缴费通知单（共 ${notices.length} 份，应缴合计 ¥${fenText(
      notices.reduce((t, n) => t + n.line.payable, 0)
    )}）`,
    columns: [
      // At Excel's 7 px digit: 困难家庭减免 on its line, and the refund rule, run on from 退费
      // over the empty cells, within the frame (84 wide at least), still one page wide.
      { header: "项目", width: 14, format: "text" },
      { header: "内容", width: 40, format: "money" },
      { header: "项目", width: 10, format: "text" },
      { header: "内容", width: 36, format: "money" },
    ],
    rows,
    print: {
      firstRow: first,
      lastRow: first + Math.max(rows.length, 1) - 1,
      breaksAfter: Array.from(
        { length: Math.max(pages - 1, 0) },
        (_, p) => first + (p + 1) * NOTICES_PER_PAGE * height - 1
      ),
      frames: starts.map((start) => ({ firstRow: start, lastRow: start + height - 2 })),
      emphasis: starts.flatMap((start) => [
        { row: start + payableAt, col: 1 },
        { row: start + payableAt, col: 3 },
      ]),
    },
  };
}

/** Notices in runs of the same key, in their order (they come sorted by grade and class). */
function runsBy(
  notices: readonly FamilyNotice[],
  key: (n: FamilyNotice) => string
): { key: string; notices: FamilyNotice[] }[] {
  const runs: { key: string; notices: FamilyNotice[] }[] = [];
  for (const n of notices) {
    const k = key(n);
    // No Array.at: the page is compiled for ES2020.
    if (runs[runs.length - 1]?.key !== k) runs.push({ key: k, notices: [] });
    runs[runs.length - 1].notices.push(n);
  }
  return runs;
}

/**
 * The month's notices as print-ready sheets: one sheet while it holds them within Excel's
 * 1,026 page breaks; past that, a sheet a grade (a class where a grade is still too many,
 * numbered parts where a class is), which is how head teachers hand them out.
 */
export function noticesSheets(
  result: ChargeResult,
  notices: readonly FamilyNotice[],
  settings: NoticeSettings,
  rates: Readonly<Record<"primary" | "junior" | "senior", string>>,
  profile: Profile = DEFAULT_PROFILE
): OutputSheet[] {
  if (notices.length <= NOTICES_PER_SHEET)
    return [noticesSheet(result, notices, settings, rates, undefined, profile)];
  const parts: { part: string; notices: FamilyNotice[] }[] = [];
  for (const grade of runsBy(notices, (n) => n.line.gradeLabel || "未分年级")) {
    if (grade.notices.length <= NOTICES_PER_SHEET) {
      parts.push({ part: grade.key, notices: grade.notices });
      continue;
    }
    for (const cls of runsBy(grade.notices, (n) => n.line.className || "未分班级")) {
      const pieces = Math.ceil(cls.notices.length / NOTICES_PER_SHEET);
      for (let i = 0; i < pieces; i++)
        parts.push({
          part: pieces > 1 ? `${cls.key} (${i + 1})` : cls.key,
          notices: cls.notices.slice(i * NOTICES_PER_SHEET, (i + 1) * NOTICES_PER_SHEET),
        });
    }
  }
  return parts.map((p) => noticesSheet(result, p.notices, settings, rates, p.part, profile));
}
