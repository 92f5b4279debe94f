import type Decimal from "decimal.js";
import type { CivilDate } from "../../policy/civil-date";
import { chargedRate } from "../../policy/rate-ceiling";
import { hourlyRate } from "../../policy/fee";
import { fenText } from "../../policy/fen";
import { STAGE_NAMES } from "../../policy/names";
import { yuanText } from "../../policy/money";
import type { Profile, Tier, WaiverShare } from "../../policy/profile";
import { rulesOf } from "../../policy/profile-rules";
import { DEFAULT_PROFILE } from "../../policy/profiles";
import {
  periodOn,
  type EndRule,
  type ServicePeriod,
  type WindowGroup,
} from "../../policy/service-window";
import type { Stage } from "../../policy/stage";
import { formatTimeOfDay, type MinutesOfDay } from "../../policy/time-of-day";
import type { ChargingMode } from "../../sheets/settings";
import { cited } from "./cited";

/**
 * The policy's rules as the lines families read, each with its clause, generated from the
 * same profile the checks use (rates from `hourlyRate`, times from its periods), so a
 * change to the profile changes the notice.
 */
export interface PolicyLine {
  readonly label: string;
  readonly text: string;
  readonly clause: string;
}

/** A line's text with its clause, as printed: "…（§三(五)2）". */
export function withClause(line: PolicyLine): string {
  return cited(line.text, line.clause);
}

const GROUP_ZH: Record<WindowGroup, string> = {
  primary: STAGE_NAMES.primary["zh-CN"],
  junior: "初中非毕业年级",
  juniorGraduating: STAGE_NAMES.juniorGraduating["zh-CN"],
  senior: STAGE_NAMES.senior["zh-CN"],
};
const GROUP_STAGE: Record<WindowGroup, Stage> = {
  primary: "primary",
  junior: "junior",
  juniorGraduating: "junior",
  senior: "senior",
};

const UNIT_ZH = { hour: "每小时", session: "每课时", day: "每天", month: "每月" } as const;

/**
 * The rate of each stage's billing unit as text, the uplift named; under a profile whose rates
 * are ceilings, the school's own 收费标准 within them (`own`), as it is charged.
 */
export function rateLine(
  uplift: Decimal,
  profile: Profile = DEFAULT_PROFILE,
  own: Readonly<Partial<Record<Stage | "all", Decimal>>> = {}
): PolicyLine {
  const rate = (stage: Stage) => {
    const raised = profile.uplift.stages.includes(stage) ? uplift : 0;
    const r = hourlyRate(stage, raised, profile);
    if (!r.ok) throw new Error("uplift not checked when read");
    return chargedRate(stage, r.value, own, profile, raised);
  };
  const per = `每生${UNIT_ZH[profile.billing.unit]}`;
  const up = uplift.isZero() ? "" : `（上浮${uplift.times(100).toString()}%）`;
  const primary = rate("primary");
  const junior = rate("junior");
  const senior = rate("senior");
  // One rate for all, said once; where a stage may be uplifted, it keeps its own place.
  const upliftable = profile.uplift.maxPercent > 0 && profile.uplift.stages.length > 0;
  if (!upliftable && primary.equals(junior) && junior.equals(senior))
    return {
      label: "收费标准",
      text: `${per}${yuanText(primary)}元`,
      clause: profile.provenance.clauses.rate,
    };
  const lower = primary.equals(junior)
    ? `小学、初中${per}${yuanText(primary)}元`
    : `小学${per}${yuanText(primary)}元；初中${per}${yuanText(junior)}元`;
  return {
    label: "收费标准",
    text: `${lower}；高中${per}${yuanText(senior)}元${profile.uplift.stages.includes("senior") ? up : ""}`,
    clause: profile.provenance.clauses.rate,
  };
}

/** How the units are counted: the daily minimum, proration by the minute or whole 课时, the cap. */
export function prorationLine(profile: Profile = DEFAULT_PROFILE): PolicyLine {
  const least = profile.dailyMinimumMinutes;
  const b = profile.billing;
  const minimum = least > 0 ? `；当天服务不足${least}分钟的不收费` : "";
  let text: string;
  if (b.unit === "hour")
    text = `按实际服务时间按分钟折算（收费标准×服务分钟÷60），每月合计后四舍五入到分${minimum}${least > 0 ? `，满${least}分钟的按全部分钟计费` : ""}`;
  else if (b.unit === "session")
    text = `按实际服务的整课时计费（小学每课时${b.sessionMinutes.primary}分钟、初中每课时${b.sessionMinutes.junior}分钟、高中每课时${b.sessionMinutes.senior}分钟，不足一课时的部分不计费），每月合计后四舍五入到分${minimum}`;
  else if (b.unit === "day") text = `按实际服务天数计费${minimum}`;
  else
    text = `按月计费：${b.monthTiers.map((t) => `${tierWhen(t, "出勤天数占当月上课日")}收取${percentWord(t.percent)}`).join("，")}${minimum}`;
  const cap = profile.caps.perMonthFen;
  if (cap !== undefined) text += `；每生每月最多收取${fenText(cap)}元`;
  const semester = profile.caps.perSemesterFen;
  if (semester !== undefined) text += `；每生每学期最多收取${fenText(semester)}元`;
  return { label: "计费办法", text, clause: profile.provenance.clauses.dailyMinimum };
}

/** What 据实收取 counts, by the billing unit (a month's fee is said on its own). */
const ACTUAL_BASIS = { hour: "时间", session: "整课时", day: "天数", month: "时间" } as const;

/**
 * How a month is charged, by the school's setting; under a profile with a monthly fee, that
 * fee by the month's attendance (its tiers and cap are the 计费办法's), prepaid in 按月收取.
 */
export function modeLine(mode: ChargingMode, profile: Profile = DEFAULT_PROFILE): PolicyLine {
  // A monthly fee is one sum a month, not a month of service days at the session's length:
  // 按月收取 prepays it and gives back what is above the tiered fee.
  const flat = profile.billing.unit === "month";
  if (flat && mode !== "monthly")
    return {
      label: "收费方式",
      text: "按月收费：每月按学生当月出勤天数占当月上课日的比例收取月费，各档见计费办法",
      clause: profile.provenance.clauses.rate,
    };
  return mode === "monthly"
    ? {
        label: "收费方式",
        text: flat
          ? "按月收取：每月按月收费标准预收，按出勤天数结算，多收的部分退还；未上课的按退费办法退费"
          : "按月收取：每月按当月服务日和标准服务时长收取，未上课的按退费办法退费",
        clause: profile.provenance.clauses.refund,
      }
    : {
        label: "收费方式",
        text: `据实收取：每月按学生当月实际参加课后服务的${ACTUAL_BASIS[profile.billing.unit]}收费`,
        clause: profile.provenance.clauses.rate,
      };
}

/** A waiver share's payer by the name the profile gives it, else its city's government or 学校. */
export function payerName(share: WaiverShare, profile: Profile = DEFAULT_PROFILE): string {
  return share.name ?? (share.payer === "government" ? `${profile.provenance.city}政府` : "学校");
}

/** Who shares the waiver, joined for a sentence: 市政府与学校. */
export function payerNames(profile: Profile = DEFAULT_PROFILE): string {
  return profile.waiver.shares.map((s) => payerName(s, profile)).join("与");
}

/**
 * The hardship waiver and who pays it, by the profile's shares, each payer by the name the
 * profile gives it, else the government of the profile's city, or the school.
 */
export function waiverLine(profile: Profile = DEFAULT_PROFILE): PolicyLine {
  const [first, ...rest] = profile.waiver.shares;
  const payer = (s: WaiverShare) =>
    s.payer === "government" ? `${payerName(s, profile)}统筹解决` : `${payerName(s, profile)}承担`;
  const text =
    rest.length === 0
      ? `免收额度由${payer(first)}`
      : `免收额度的${first.percent}%由${payer(first)}，其余由${payer(rest[rest.length - 1])}`;
  return {
    label: "困难家庭减免",
    text: `家庭经济困难学生参加课后服务免收费，${text}`,
    clause: profile.provenance.clauses.waiver,
  };
}

/** A percent of the month as the notices say it: 全额, 半费, or the percent. */
export function percentWord(percent: number, short = false): string {
  if (percent === 100) return short ? "全" : "全额";
  if (percent === 50) return short ? "半" : "半费";
  return `${percent}%`;
}

/** When a tier applies, in words: a share (半月 for 50%) or a count of days. */
function tierWhen(t: Tier, of: string, days = false): string {
  if (t.upTo === undefined) return "其余的";
  if (days) return `${of}${t.inclusive ? "不超过" : "不足"}${t.upTo}天的`;
  if (t.upTo === 0 && t.inclusive) return `${of}为零的`;
  return `${of}${t.inclusive ? "不超过" : "不足"}${t.upTo}%的`;
}

/** Suifenhe's three tiers, worded as its document words them. */
export function isHalfMonthTiers(tiers: readonly Tier[]): boolean {
  return (
    tiers.length === 3 &&
    tiers[0].upTo === 0 &&
    tiers[0].inclusive &&
    tiers[0].percent === 100 &&
    tiers[1].upTo === 50 &&
    tiers[1].inclusive &&
    tiers[1].percent === 50 &&
    tiers[2].upTo === undefined &&
    tiers[2].percent === 0
  );
}

/**
 * Each refund tier of a profile in words, joined by "，": `attended` names the attended share
 * (the 公示's long form or the notices' short one); `short` gives 不退/退半 for 不退费/退半费.
 */
function tierPhrases(r: Profile["refund"], attended: string, short: boolean): string {
  const over = r.over === "attendedPercent" ? attended : "连续缺课";
  const none = short ? "不退" : "不退费";
  return r.tiers
    .map(
      (t) =>
        `${tierWhen(t, over, r.over === "consecutiveAbsentDays")}${t.percent === 0 ? none : `退${percentWord(t.percent, short)}`}`
    )
    .join("，");
}

/** The refund tiers, from the profile. */
export function refundLine(profile: Profile = DEFAULT_PROFILE): PolicyLine {
  const r = profile.refund;
  const tiers = isHalfMonthTiers(r.tiers)
    ? "整月未上课的全额退费，未满半月（含半月）课时退半费，超过半月课时、未满一个月课时不退费"
    : tierPhrases(r, "已上课时占当月课时", false);
  return {
    label: "退费办法",
    text: `因故退费的，由家长向学校提出申请：${tiers}`,
    clause: profile.provenance.clauses.refund,
  };
}

/** The refund tiers in a few words (整月未上课全退，…), for notices and findings. */
export function refundTiersText(profile: Profile = DEFAULT_PROFILE): string {
  const r = profile.refund;
  const tiers = isHalfMonthTiers(r.tiers)
    ? "整月未上课全退，未满半月（含半月）退半，超过半月不退"
    : tierPhrases(r, "上课", true);
  return tiers;
}

/** The refund rule in one short line, for the family's notice. */
export function refundShortLine(profile: Profile = DEFAULT_PROFILE): string {
  return `申请退费：${refundTiersText(profile)}（${profile.provenance.clauses.refund}）`;
}

/** Transfers, settled by the profile's tiers over the month left (按整月或半月 in Suifenhe). */
export function transferLine(profile: Profile = DEFAULT_PROFILE): PolicyLine {
  const paying = profile.transfer.tiers.filter((t) => !(t.upTo === 0 && t.percent === 0));
  // 按整月或半月 only where a half month is one of the tiers, as Suifenhe's are.
  const halves =
    paying.some((t) => t.percent === 50) &&
    paying.every((t) => t.percent === 50 || t.percent === 100);
  const month = (p: number) => (p === 100 ? "整月" : p === 50 ? "半月" : `${p}%`);
  const pays = (p: number) => (p === 0 ? "不缴费" : `缴${month(p)}`);
  // One tier for every transfer: no "其余" with nothing before it.
  const only = paying.length === 1 && paying[0].upTo === undefined;
  const parts = paying.map((t, i) =>
    t.upTo === undefined
      ? `${i > 0 && paying[i - 1].upTo === 50 ? "超过半月" : "其余"}的${pays(t.percent)}`
      : `剩余课时${t.inclusive ? "不超过" : "不足"}${t.upTo === 50 ? "半月" : `${t.upTo}%`}的${pays(t.percent)}`
  );
  return {
    label: "转学学生",
    text: `${halves ? "根据课时按整月或半月退费、缴费：" : ""}转出按退费办法办理；月中转入${only ? `的${pays(paying[0].percent)}` : `，${parts.join("，")}`}`,
    clause: profile.provenance.clauses.transfer,
  };
}

/** A bound of the end, without the start: 原则上不早于17:30、不晚于18:30. */
function boundText(rule: EndRule): string {
  return `${rule.inPrinciple ? "原则上" : ""}${
    rule.earliest !== undefined ? `不早于${formatTimeOfDay(rule.earliest)}、` : ""
  }不晚于${formatTimeOfDay(rule.latest)}`;
}

/** "06-01" as 6月1日; a season that runs over the new year ends in 次年. */
function seasonDates(from: string, to: string): string {
  const day = (md: string) => `${Number(md.slice(0, 2))}月${Number(md.slice(3))}日`;
  return `${day(from)}至${from > to ? "次年" : ""}${day(to)}`;
}

type Season = NonNullable<ServicePeriod["seasons"]>[number];

/**
 * A group's window; with seasons, each season's window with its dates and then the rest of
 * the year's, so a notice posted in any month states both.
 */
function endText(
  start: MinutesOfDay,
  rule: EndRule,
  seasons: readonly Season[],
  group: WindowGroup,
  schoolEnd?: MinutesOfDay
): string {
  const s = formatTimeOfDay(start);
  const whole = (r: EndRule) =>
    r.fixed ? `${s}至${formatTimeOfDay(r.latest)}` : `${s}开始，结束时间${boundText(r)}`;
  let window: string;
  if (seasons.length === 0) window = whole(rule);
  else {
    const fixed = rule.fixed || seasons.some((x) => x.ends[group]!.fixed);
    const part = (r: EndRule) => (fixed ? whole(r) : boundText(r));
    const inSeason = seasons.map((x) => {
      const r = x.ends[group]!;
      return `${seasonDates(x.from, x.to)}${part(r)}${r.clause !== rule.clause ? `（${r.clause}）` : ""}`;
    });
    const rest = `${inSeason.join("，")}，其余时间${part(rule)}`;
    window = fixed ? rest : `${s}开始，结束时间${rest}`;
  }
  return schoolEnd === undefined ? window : `${window}（本校${formatTimeOfDay(schoolEnd)}结束）`;
}

/** The period in force on a date; before the pilot, the pilot (the notice is then early). */
export function periodInForce(
  date: CivilDate,
  periods: readonly ServicePeriod[] = rulesOf(DEFAULT_PROFILE).periods
): ServicePeriod {
  const p = periodOn(date, periods);
  return p.ok ? p.value : periods[0];
}

/** The service time of each stage on a date, from the table of periods, each with its clause. */
export function serviceTimeLines(
  date: CivilDate,
  schoolEnds: Readonly<Partial<Record<WindowGroup, MinutesOfDay>>> = {},
  periods?: readonly ServicePeriod[],
  profile: Profile = DEFAULT_PROFILE
): PolicyLine[] {
  const rules = rulesOf(profile);
  const period = periodInForce(date, periods ?? rules.periods);
  const groups = Object.keys(GROUP_ZH) as WindowGroup[];
  return groups.map((g) => {
    // The year's window, each season's beside it (not the one the notice's date falls in).
    const rule = period.ends[g];
    const seasons = (period.seasons ?? []).filter((x) => x.ends[g] !== undefined);
    const selfStudy =
      g === "senior" ? `；${formatTimeOfDay(rule.latest)}后为学生自愿的晚自习，不收课后服务费` : "";
    return {
      label: GROUP_ZH[g],
      text: endText(rules.start[GROUP_STAGE[g]], rule, seasons, g, schoolEnds[g]) + selfStudy,
      clause: rule.clause,
    };
  });
}

/** The period's name for a heading: 试行期间 with its dates, or the standard times from a date. */
export function periodName(period: ServicePeriod): string {
  return period.to ? `试行期间 ${period.from} 至 ${period.to}` : `自 ${period.from} 起`;
}
