import type Decimal from "decimal.js";
import type { CivilDate } from "../../policy/civil-date";
import { hourlyRate, MIN_BILLABLE_MINUTES_PER_DAY } from "../../policy/fee";
import { yuanText } from "../../policy/money";
import {
  periodOn,
  SERVICE_PERIODS,
  SERVICE_START,
  type EndRule,
  type ServicePeriod,
  type WindowGroup,
} from "../../policy/service-window";
import type { Stage } from "../../policy/stage";
import { formatTimeOfDay, type MinutesOfDay } from "../../policy/time-of-day";
import type { ChargingMode } from "../../sheets/settings";

/**
 * The policy's rules as the lines families read, each with its clause, generated from the
 * same tables the checks use (rates from `hourlyRate`, times from `SERVICE_PERIODS`), so a
 * change to a table changes the notice.
 */
export interface PolicyLine {
  readonly label: string;
  readonly text: string;
  readonly clause: string;
}

/** A line's text with its clause, as printed: "…（§三(五)2）". */
export function withClause(line: PolicyLine): string {
  return `${line.text}（${line.clause}）`;
}

const GROUP_ZH: Record<WindowGroup, string> = {
  primary: "小学",
  junior: "初中非毕业年级",
  juniorGraduating: "初中毕业年级",
  senior: "高中",
};
const GROUP_STAGE: Record<WindowGroup, Stage> = {
  primary: "primary",
  junior: "junior",
  juniorGraduating: "junior",
  senior: "senior",
};

/** The hourly rate of each stage as text, the 高中 uplift named. */
export function rateLine(uplift: Decimal): PolicyLine {
  const rate = (stage: Stage) => {
    const r = hourlyRate(stage, stage === "senior" ? uplift : 0);
    if (!r.ok) throw new Error("uplift not checked when read");
    return r.value;
  };
  const senior = uplift.isZero()
    ? `高中每生每小时${yuanText(rate("senior"))}元`
    : `高中每生每小时${yuanText(rate("senior"))}元（上浮${uplift.times(100).toString()}%）`;
  return {
    label: "收费标准",
    text: `小学、初中每生每小时${yuanText(rate("primary"))}元；${senior}`,
    clause: "§三(五)2",
  };
}

/** The 30-minute rule and proration by the minute. */
export function prorationLine(): PolicyLine {
  return {
    label: "计费办法",
    text: `按实际服务时间按分钟折算（收费标准×服务分钟÷60），每月合计后四舍五入到分；当天服务不足${MIN_BILLABLE_MINUTES_PER_DAY}分钟的不收费，满${MIN_BILLABLE_MINUTES_PER_DAY}分钟的按全部分钟计费`,
    clause: "§三(五)2",
  };
}

/** How a month is charged, by the school's setting. */
export function modeLine(mode: ChargingMode): PolicyLine {
  return mode === "monthly"
    ? {
        label: "收费方式",
        text: "按月收取：每月按当月服务日和标准服务时长收取，未上课的按退费办法退费",
        clause: "§三(五)3(2)",
      }
    : {
        label: "收费方式",
        text: "据实收取：每月按学生当月实际参加课后服务的时间收费",
        clause: "§三(五)2",
      };
}

/** The hardship waiver and who pays it. */
export function waiverLine(): PolicyLine {
  return {
    label: "困难家庭减免",
    text: "家庭经济困难学生参加课后服务免收费，免收额度的50%由市政府统筹解决，其余由学校承担",
    clause: "§三(五)2",
  };
}

/** The three refund tiers. */
export function refundLine(): PolicyLine {
  return {
    label: "退费办法",
    text: "因故退费的，由家长向学校提出申请：整月未上课的全额退费，未满半月（含半月）课时退半费，超过半月课时、未满一个月课时不退费",
    clause: "§三(五)3(2)",
  };
}

/** The refund rule in one short line, for the family's notice. */
export function refundShortLine(): string {
  return "申请退费：整月未上课全退，未满半月（含半月）退半，超过半月不退（§三(五)3(2)）";
}

/** Transfers, settled by whole or half month (Kehou's reading of 按整月或半月). */
export function transferLine(): PolicyLine {
  return {
    label: "转学学生",
    text: "根据课时按整月或半月退费、缴费：转出按退费办法办理；月中转入，剩余课时不超过半月的缴半月，超过半月的缴整月",
    clause: "§三(五)3(2)",
  };
}

function endText(start: MinutesOfDay, rule: EndRule, schoolEnd?: MinutesOfDay): string {
  const s = formatTimeOfDay(start);
  const window = rule.fixed
    ? `${s}至${formatTimeOfDay(rule.latest)}`
    : `${s}开始，结束时间${rule.inPrinciple ? "原则上" : ""}${
        rule.earliest !== undefined ? `不早于${formatTimeOfDay(rule.earliest)}、` : ""
      }不晚于${formatTimeOfDay(rule.latest)}`;
  return schoolEnd === undefined ? window : `${window}（本校${formatTimeOfDay(schoolEnd)}结束）`;
}

/** The period in force on a date; before the pilot, the pilot (the notice is then early). */
export function periodInForce(
  date: CivilDate,
  periods: readonly ServicePeriod[] = SERVICE_PERIODS
): ServicePeriod {
  const p = periodOn(date, periods);
  return p.ok ? p.value : periods[0];
}

/** The service time of each stage on a date, from the table of periods, each with its clause. */
export function serviceTimeLines(
  date: CivilDate,
  schoolEnds: Readonly<Partial<Record<WindowGroup, MinutesOfDay>>> = {},
  periods: readonly ServicePeriod[] = SERVICE_PERIODS
): PolicyLine[] {
  const period = periodInForce(date, periods);
  const groups = Object.keys(GROUP_ZH) as WindowGroup[];
  return groups.map((g) => {
    const rule = period.ends[g];
    const selfStudy =
      g === "senior" ? `；${formatTimeOfDay(rule.latest)}后为学生自愿的晚自习，不收课后服务费` : "";
    return {
      label: GROUP_ZH[g],
      text: endText(SERVICE_START[GROUP_STAGE[g]], rule, schoolEnds[g]) + selfStudy,
      clause: rule.clause,
    };
  });
}

/** The period's name for a heading: 试行期间 with its dates, or the standard times from a date. */
export function periodName(period: ServicePeriod): string {
  return period.to ? `试行期间 ${period.from} 至 ${period.to}` : `自 ${period.from} 起`;
}
