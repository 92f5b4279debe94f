import { feeForMinutes, hourlyRate } from "../../../policy/fee";
import { fenOf, fenText } from "../../../policy/fen";
import { Money } from "../../../policy/money";
import { stageZh, UNIT_NAMES } from "../../../policy/names";
import { a1 } from "../../../sheets/a1";
import { payerNames, refundTiersText } from "../../notices/policy-lines";
import { finding, type Finding } from "../../../findings/finding";
import type { OwnAmount } from "../../../sheets/own-charges";
import type { ChargeLine } from "../../charge/compute";
import { studentLabel, type BreachCheck, type BreachContext } from "../context";

const yuan = (m: Money) => m.toFixed(2);

/** Settings against §三(五)2: the uplift, any rate the school states, and the fee notice (§三(五)3(1)). */
function settingsBreaches(ctx: BreachContext): Finding[] {
  const { settings } = ctx.workbook;
  const sheet = settings.sheet ?? "";
  const findings: Finding[] = [];
  // The settings reader refused the uplift (and charged without it); the breach is its finding.
  findings.push(
    ...ctx.workbook.findings.filter(
      (f) => f.rule === "FEE_UPLIFT_ABOVE_POLICY" || f.rule === "FEE_UPLIFT_NOT_ALLOWED"
    )
  );
  const profile = settings.profile;
  // §三(五)2 the standard rate, with the uplift's cap where the profile allows one.
  const highest = (stage: "primary" | "junior" | "senior") => {
    const base = hourlyRate(stage, 0, profile);
    const up = profile.uplift.stages.includes(stage)
      ? hourlyRate(stage, new Money(profile.uplift.maxPercent).dividedBy(100), profile)
      : base;
    return up.ok ? up.value : base.ok ? base.value : new Money(0);
  };
  for (const [key, rate] of Object.entries(settings.rates)) {
    // "all" holds every stage: held to the lowest stage's highest rate without uplift.
    const max =
      key === "all"
        ? Money.min(...(["primary", "junior"] as const).map(highest))
        : highest(key as "primary");
    if (rate && rate.greaterThan(max)) {
      const what = key === "all" ? "收费标准" : `${stageZh(key as "primary")}收费标准`;
      findings.push(
        finding(
          "FEE_RATE_ABOVE_STANDARD",
          { sheet, cell: settings.cells[`rate.${key}` as "rate.all"] },
          {
            what,
            rate: yuan(rate),
            max: yuan(max),
            unit: UNIT_NAMES[profile.billing.unit]["zh-CN"],
          }
        )
      );
    }
  }
  if (!settings.feeNoticeDate) findings.push(finding("FEE_NOTICE_MISSING", { sheet }));
  return findings;
}

/** Days charged before the fee standard was posted: one finding per date column. */
function beforeNotice(ctx: BreachContext): Finding[] {
  const notice = ctx.workbook.settings.feeNoticeDate;
  const attendance = ctx.workbook.attendance;
  if (!notice || !attendance) return [];
  const counts = new Map<number, { date: string; count: number }>();
  const days = attendance.days; // each row's entries in this order
  for (const [student, row] of ctx.rows) {
    if (student.flags.hardship) continue;
    const { block, from } = row;
    for (let i = 0; i < days.length; i++) {
      const { col, date } = days[i];
      const kind = block[from + i].kind;
      if (date >= notice || kind === "absent" || kind === "unreadable") continue;
      const seen = counts.get(col) ?? { date, count: 0 };
      counts.set(col, { ...seen, count: seen.count + 1 });
    }
  }
  return [...counts].map(([col, { date, count }]) =>
    finding(
      "FEE_BEFORE_NOTICE",
      { sheet: attendance.sheet, cell: a1(attendance.header.row, col) },
      { date, notice, count }
    )
  ); // §三(五)3(1) 未经公示不得收费
}

/**
 * Our line for a school's own amount: the first with its 学号, or without one the first with its
 * name. Indexed once, so a roster's own column is not a search of every line per student.
 */
function linesFinder(lines: readonly ChargeLine[]): (own: OwnAmount) => ChargeLine | undefined {
  const byId = new Map<string, ChargeLine>();
  const byName = new Map<string, ChargeLine>();
  for (const l of lines) {
    if (!byId.has(l.id)) byId.set(l.id, l);
    if (!byName.has(l.name)) byName.set(l.name, l);
  }
  return (own) => (own.id ? byId.get(own.id) : own.name ? byName.get(own.name) : undefined);
}

/** The school's own charge and refund columns against ours, student by student. */
function ownColumns(ctx: BreachContext): Finding[] {
  const findings: Finding[] = [];
  // Most schools keep no charge or refund column of their own: nothing to index lines for.
  if (ctx.own.charges.length === 0 && ctx.own.refunds.length === 0) return findings;
  const { lines, mode } = ctx.charges;
  const lineFor = linesFinder(lines);
  for (const own of ctx.own.charges) {
    const line = lineFor(own);
    if (!line) continue;
    const place = { sheet: own.sheet, cell: own.cell, studentId: line.id || undefined };
    // Amounts no school could charge (a crafted 1E+999, ≥ ¥1,000,000) never get here: reading
    // made them OWN_AMOUNT_UNREADABLE.
    const theirs = fenOf(own.amount.toDecimalPlaces(2));
    const student = studentLabel(line);
    if (line.hardship && theirs > 0) {
      const payers = payerNames(ctx.workbook.settings.profile);
      findings.push(
        finding("FEE_HARDSHIP_CHARGED", place, { student, theirs: fenText(theirs), payers })
      ); // §三(五)2 免收费
      continue;
    }
    if (theirs === line.payable) continue;
    const rate = hourlyRate(
      line.stage ?? "primary",
      line.stage === "senior" ? ctx.workbook.settings.uplift : 0,
      ctx.workbook.settings.profile
    );
    const withShortDays =
      mode === "actual" && rate.ok && ctx.workbook.settings.profile.billing.unit === "hour"
        ? fenOf(feeForMinutes(new Money(line.minutes), rate.value))
        : undefined;
    if (
      withShortDays !== undefined &&
      theirs === withShortDays &&
      line.minutes > line.billableMinutes
    ) {
      findings.push(
        finding("FEE_SHORT_DAY_CHARGED", place, {
          student,
          theirs: fenText(theirs),
          ours: fenText(line.payable),
          least: ctx.workbook.settings.profile.dailyMinimumMinutes,
        })
      );
      continue;
    }
    findings.push(
      finding("FEE_CHARGE_DIFFERS", place, {
        student,
        theirs: fenText(theirs),
        ours: fenText(line.payable),
        diff: fenText(theirs - line.payable),
      })
    );
  }
  if (mode === "monthly") {
    for (const own of ctx.own.refunds) {
      const line = lineFor(own);
      const theirs = fenOf(own.amount.toDecimalPlaces(2));
      if (line && theirs !== line.refund) {
        findings.push(
          finding(
            "FEE_REFUND_DIFFERS",
            { sheet: own.sheet, cell: own.cell, studentId: line.id || undefined },
            {
              student: studentLabel(line),
              theirs: fenText(theirs),
              ours: fenText(line.refund),
              tiers: refundTiersText(ctx.workbook.settings.profile),
            }
          )
        );
      }
    }
  }
  return findings;
}

/** Fees (§三(五)2, §三(五)3): rates and uplift, the notice, and the school's own figures. */
export const feeBreaches: BreachCheck = (ctx) => [
  ...settingsBreaches(ctx),
  ...beforeNotice(ctx),
  ...ownColumns(ctx),
];
