import type { Fen } from "../../policy/fen";
import type { StudentCharge } from "../../policy/month-charge";
import type { Stage } from "../../policy/stage";

/** One student's line of the month's charge sheet. */
export interface ChargeLine extends StudentCharge {
  readonly id: string;
  readonly name: string;
  readonly className: string;
  readonly gradeLabel: string;
  readonly grade?: number;
  readonly stage?: Stage;
  readonly hardship: boolean;
  readonly governmentShare: Fen;
  readonly schoolShare: Fen;
  /** 按月收取: what the month's fee is made of, for a family to check it. */
  readonly monthly?: MonthlyBasis;
}

/** The basis of a 按月收取 month: school days × session (minutes) × the hourly rate (§三(五)3(2)). */
export interface MonthlyBasis {
  readonly schoolDays: number;
  readonly sessionMinutes: number;
  /** A refund was asked (家长申请) or is due for leaving in the month, so a tier applied. */
  readonly refundDue: boolean;
}

/** What a student who is not charged at all owes: nothing, for no time. */
export const ZERO_CHARGE: StudentCharge = {
  days: 0,
  minutes: 0,
  billableMinutes: 0,
  gross: 0,
  waived: 0,
  refund: 0,
  payable: 0,
};

export type MoneyTotals = Omit<StudentCharge, "days"> & {
  readonly governmentShare: Fen;
  readonly schoolShare: Fen;
  readonly students: number;
};

/** Sums lines: fen and minutes as plain numbers, exact for whole fen. */
export function totalsOf(lines: readonly ChargeLine[]): MoneyTotals {
  const t = {
    students: lines.length,
    minutes: 0,
    billableMinutes: 0,
    gross: 0,
    waived: 0,
    refund: 0,
    payable: 0,
    governmentShare: 0,
    schoolShare: 0,
  };
  for (const l of lines) {
    t.minutes += l.minutes;
    t.billableMinutes += l.billableMinutes;
    t.gross += l.gross;
    t.waived += l.waived;
    t.refund += l.refund;
    t.payable += l.payable;
    t.governmentShare += l.governmentShare;
    t.schoolShare += l.schoolShare;
  }
  return t;
}

/** One collator for names: Chinese order, numbers by value (二年级2班 before 二年级10班). */
const collator = new Intl.Collator("zh-CN", { numeric: true });

/**
 * Lines in the order an accountant reads them: by grade, class, then student id. Class names
 * are ranked once, so a school of 100,000 sorts without a collator call per comparison.
 */
export function sortLines(lines: ChargeLine[]): ChargeLine[] {
  const classes = [...new Set(lines.map((l) => l.className))].sort(collator.compare);
  const rank = new Map(classes.map((c, i) => [c, i]));
  const byId = (a: string, b: string) =>
    a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : collator.compare(a, b);
  // Each line's keys once, not in every comparison, and the lines' places sorted (ties in
  // their order, as a stable sort keeps them).
  const n = lines.length;
  const grade = new Float64Array(n);
  const classRank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    grade[i] = lines[i].grade ?? 99;
    classRank[i] = rank.get(lines[i].className)!;
  }
  // A plain array of places: V8 sorts it faster with a comparator than a typed array.
  const order: number[] = new Array<number>(n);
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    ids[i] = lines[i].id;
  }
  order.sort(
    (a, b) => grade[a] - grade[b] || classRank[a] - classRank[b] || byId(ids[a], ids[b]) || a - b
  );
  const sorted = order.map((i) => lines[i]);
  for (let i = 0; i < n; i++) lines[i] = sorted[i];
  return lines;
}

/** Lines grouped by class, in their order, with each class's totals. */
export function classTotals(
  lines: readonly ChargeLine[]
): { className: string; totals: MoneyTotals }[] {
  // Each class's sums kept as its lines are met, added in the lines' order as `totalsOf` adds them.
  const byClass = new Map<string, Mutable<MoneyTotals>>();
  for (const l of lines) {
    let t = byClass.get(l.className);
    if (t === undefined) byClass.set(l.className, (t = totalsOf([])));
    t.students++;
    t.minutes += l.minutes;
    t.billableMinutes += l.billableMinutes;
    t.gross += l.gross;
    t.waived += l.waived;
    t.refund += l.refund;
    t.payable += l.payable;
    t.governmentShare += l.governmentShare;
    t.schoolShare += l.schoolShare;
  }
  return [...byClass].map(([className, totals]) => ({ className, totals }));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
