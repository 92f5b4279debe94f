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
  /** What the profile's semester cap took off the month's 应缴, where it took anything. */
  readonly semesterCapReduced?: Fen;
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
export function totalsOf(lines: readonly ChargeLine[]): Mutable<MoneyTotals> {
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
  for (const l of lines) addLine(t, l);
  return t;
}

/** Adds one line's minutes and fen to running totals (whole fen, so plain sums are exact). */
function addLine(t: Mutable<MoneyTotals>, l: ChargeLine): void {
  t.minutes += l.minutes;
  t.billableMinutes += l.billableMinutes;
  t.gross += l.gross;
  t.waived += l.waived;
  t.refund += l.refund;
  t.payable += l.payable;
  t.governmentShare += l.governmentShare;
  t.schoolShare += l.schoolShare;
}

/** One collator for names: Chinese order, numbers by value (二年级2班 before 二年级10班). */
const collator = new Intl.Collator("zh-CN", { numeric: true });

/**
 * Lines in the order an accountant reads them: by grade, class, then student id. Class names
 * are ranked once, so a school of 100,000 sorts without a collator call per comparison.
 */
export function sortLines(lines: ChargeLine[]): ChargeLine[] {
  const byId = (a: string, b: string) =>
    a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : collator.compare(a, b);
  // Each line's keys once, not in every comparison, and the lines' places sorted (ties in
  // their order, as a stable sort keeps them). Classes are numbered as met (one lookup a
  // line, none along a run of one class), then ranked by name.
  const n = lines.length;
  const grade = new Float64Array(n);
  const classRank = new Float64Array(n);
  const classOf = new Map<string, number>();
  const names: string[] = [];
  let runName: string | undefined;
  let runClass = -1;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    grade[i] = line.grade ?? 99;
    if (line.className !== runName || runClass < 0) {
      runName = line.className;
      let c = classOf.get(runName);
      if (c === undefined) classOf.set(runName, (c = names.push(runName) - 1));
      runClass = c;
    }
    classRank[i] = runClass;
  }
  const classes = [...names].sort(collator.compare);
  const rankOf = new Float64Array(names.length);
  for (let r = 0; r < classes.length; r++) rankOf[classOf.get(classes[r])!] = r;
  for (let i = 0; i < n; i++) classRank[i] = rankOf[classRank[i]];
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = lines[i].id;
  const order =
    placesByBuckets(grade, classRank, classes.length, ids) ??
    placesByComparing(grade, classRank, ids, byId);
  // The lines read by place from a copy of their own array kind: `map` gave a holey array or a
  // packed one as V8 had optimised it or not, and this loop was deoptimised at each switch.
  const copy = lines.slice();
  for (let i = 0; i < n; i++) lines[i] = copy[order[i]];
  return lines;
}

/** The lines' places sorted by grade, class rank, id and place, one comparison at a time. */
function placesByComparing(
  grade: Float64Array,
  classRank: Float64Array,
  ids: readonly string[],
  byId: (a: string, b: string) => number
): number[] {
  // A plain array of places: V8 sorts it faster with a comparator than a typed array.
  const order: number[] = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i++) order[i] = i;
  return order.sort(
    (a, b) => grade[a] - grade[b] || classRank[a] - classRank[b] || byId(ids[a], ids[b]) || a - b
  );
}

/**
 * The same order when every id has the same length (学号 of a fixed width): ids then compare
 * as plain text, a total order, so the places can be counted into grade-and-class buckets in
 * their order and only a bucket whose ids are out of order sorted. Undefined otherwise.
 */
function placesByBuckets(
  grade: Float64Array,
  classRank: Float64Array,
  classes: number,
  ids: readonly string[]
): number[] | undefined {
  const n = ids.length;
  if (n === 0 || ids.some((id) => id.length !== ids[0].length)) return undefined;
  // The distinct grades (a handful) found along runs, each line's grade found by its index.
  const distinct: number[] = [];
  let last = NaN;
  for (let i = 0; i < n; i++)
    if (grade[i] !== last) {
      last = grade[i];
      if (Number.isNaN(last)) return undefined;
      if (!distinct.includes(last)) distinct.push(last);
    }
  const grades = distinct.sort((a, b) => a - b);
  const bucket = new Int32Array(n);
  const start = new Int32Array(grades.length * classes + 1);
  let lastGrade = NaN;
  let lastIndex = 0;
  for (let i = 0; i < n; i++) {
    if (grade[i] !== lastGrade) {
      lastGrade = grade[i];
      lastIndex = grades.indexOf(lastGrade);
    }
    bucket[i] = lastIndex * classes + classRank[i];
    start[bucket[i] + 1]++;
  }
  for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
  const next = Int32Array.from(start);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[next[bucket[i]]++] = i;
  for (let b = 0; b + 1 < start.length; b++) {
    let sorted = true;
    for (let j = start[b] + 1; j < start[b + 1] && sorted; j++)
      sorted = ids[order[j - 1]] <= ids[order[j]];
    if (sorted) continue;
    const part = order.slice(start[b], start[b + 1]);
    part.sort((x, y) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : x - y));
    for (let j = 0; j < part.length; j++) order[start[b] + j] = part[j];
  }
  return order;
}

/**
 * `classTotals` and `totalsOf` of the same lines in one pass (each line read once: a school
 * of 100,000 lines does not fit a cache), the sums added in the same order as theirs.
 */
export function classAndSchoolTotals(lines: readonly ChargeLine[]): {
  classes: { className: string; totals: MoneyTotals }[];
  school: MoneyTotals;
} {
  const school = totalsOf([]);
  school.students = lines.length;
  // Sorted lines come class by class: a class is looked up only where a run of lines starts.
  const byClass = new Map<string, Mutable<MoneyTotals>>();
  let runClass: string | undefined;
  let t: Mutable<MoneyTotals> | undefined;
  for (const l of lines) {
    if (t === undefined || l.className !== runClass) {
      runClass = l.className;
      t = byClass.get(runClass);
      if (t === undefined) byClass.set(runClass, (t = totalsOf([])));
    }
    t.students++;
    addLine(t, l);
    addLine(school, l);
  }
  return { classes: [...byClass].map(([className, totals]) => ({ className, totals })), school };
}

/** Lines grouped by class, in their order, with each class's totals. */
export function classTotals(
  lines: readonly ChargeLine[]
): { className: string; totals: MoneyTotals }[] {
  return classAndSchoolTotals(lines).classes;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
