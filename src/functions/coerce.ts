import Decimal from "decimal.js";
import { parseCivilDate, type CivilDate } from "../policy/civil-date";
import { toMillionth } from "../policy/fee";
import { Money } from "../policy/money";
import { fail, ok, type Outcome } from "../policy/problem";
import { parseStage, type Stage } from "../policy/stage";
import { normalizeText } from "../policy/text";
import { parseTimeOfDay, type MinutesOfDay } from "../policy/time-of-day";
import type { WaiverParty } from "../policy/waiver";
import type { Profile } from "../policy/profile";
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE } from "../policy/profiles";
import { cellsOf, isBlank, type ExcelArg, type ExcelScalar } from "./excel-value";

/**
 * The one coercion module for what Excel passes to our functions (and `kehou fn` passes
 * the same way): each coercer turns a raw argument into a typed value or a problem.
 */
export type Coercer<T> = (raw: ExcelArg) => Outcome<T>;

/** A number from a cell: numbers as they are, text numbers (full-width too, ¥ and 元 allowed). */
export function numberOf(value: ExcelScalar): Decimal | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? new Money(value) : undefined;
  if (typeof value !== "string") return undefined;
  const text = normalizeText(value)
    .replace(/^[¥￥]\s*/, "")
    .replace(/\s*元$/, "")
    .replace(/,/g, "");
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? new Money(text) : undefined;
}

function scalarOf(raw: ExcelArg): ExcelScalar {
  const cells = cellsOf(raw);
  return cells.length === 1 ? cells[0].value : cells.find((c) => !isBlank(c.value))?.value;
}

function shown(value: ExcelScalar): string {
  return String(value);
}

/** A day has 1,440 minutes; more in one cell is not a day's service (SPEC §7: #NUM!). */
const MINUTES_PER_DAY = 1440;

/**
 * Minutes per day over a range, read to a millionth so a formula's noise (29.999999999999893)
 * is the minute it means (SPEC §7); blanks are no service.
 */
export const minutesCells: Coercer<Decimal[]> = (raw) => {
  const days: Decimal[] = [];
  for (const cell of cellsOf(raw)) {
    if (isBlank(cell.value)) continue;
    const v = cell.value;
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MINUTES_PER_DAY) {
      days.push(new Money(v)); // whole minutes, the common case, need no reading to a millionth
      continue;
    }
    const n = numberOf(v);
    const where = { row: cell.row, col: cell.col, value: shown(cell.value) };
    if (n === undefined) return fail("MINUTES_NOT_NUMBER", where);
    const minutes = toMillionth(n);
    if (minutes.isNegative()) return fail("MINUTES_NEGATIVE", where);
    if (minutes.greaterThan(MINUTES_PER_DAY)) return fail("MINUTES_OVER_DAY", where);
    days.push(minutes);
  }
  return ok(days);
};

/** A stage, 小学 when blank. */
export const stageArg: Coercer<Stage> = (raw) => {
  const value = scalarOf(raw);
  if (isBlank(value)) return ok("primary");
  const stage = parseStage(String(value));
  return stage ? ok(stage) : fail("STAGE_UNKNOWN", { value: shown(value) });
};

/** An uplift fraction (10% arrives as 0.1; text "10%" is read too), 0 when blank. */
export const upliftArg: Coercer<Decimal> = (raw) => {
  const value = scalarOf(raw);
  if (isBlank(value)) return ok(new Money(0));
  const text = typeof value === "string" ? normalizeText(value) : value;
  const percent = typeof text === "string" && text.endsWith("%");
  const n = numberOf(percent ? (text as string).slice(0, -1) : text);
  if (n === undefined) return fail("UPLIFT_NOT_NUMBER", { value: shown(value) });
  return ok(percent ? n.dividedBy(100) : n);
};

/**
 * An amount of money summed over a range, blanks 0, not rounded: the function rounds once,
 * at the end (SPEC §7: REFUND(160.005, 1, 2) halves 160.005 and gives 80.01).
 */
export function moneySum(what: string): Coercer<Decimal> {
  return (raw) => {
    let total = new Money(0);
    for (const cell of cellsOf(raw)) {
      if (isBlank(cell.value)) continue;
      const n = numberOf(cell.value);
      if (n === undefined) return fail("AMOUNT_NOT_NUMBER", { what, value: shown(cell.value) });
      if (n.isNegative()) return fail("AMOUNT_NEGATIVE", { what, value: shown(cell.value) });
      total = total.plus(n);
    }
    return ok(total);
  };
}

/**
 * A non-negative count (sessions, minutes), 0 when blank, read to a millionth so that a
 * formula's 0.30000000000000004 is 0.3 (SPEC §7).
 */
export function countArg(what: string): Coercer<Decimal> {
  return (raw) => {
    const value = scalarOf(raw);
    if (isBlank(value)) return ok(new Money(0));
    const read = numberOf(value);
    if (read === undefined) return fail("COUNT_NOT_NUMBER", { what, value: shown(value) });
    const n = toMillionth(read);
    return n.isNegative() ? fail("COUNT_NEGATIVE", { what, value: shown(value) }) : ok(n);
  };
}

const partyWords: Record<string, WaiverParty> = {
  政府: "government",
  市政府: "government",
  government: "government",
  gov: "government",
  学校: "school",
  校方: "school",
  school: "school",
};

/** The party of a waiver share, the government when blank. */
export const partyArg: Coercer<WaiverParty> = (raw) => {
  const value = scalarOf(raw);
  if (isBlank(value)) return ok("government");
  const party = partyWords[normalizeText(String(value)).toLowerCase()];
  return party ? ok(party) : fail("PARTY_UNKNOWN", { value: shown(value) });
};

/** A built-in profile by its id (suifenhe-2021), the default profile when blank. */
export const policyArg: Coercer<Profile> = (raw) => policyArgOr(DEFAULT_PROFILE)(raw);

/** A built-in policy's id; blank: `fallback`, the profile the workbook names. */
export const policyArgOr =
  (fallback: Profile): Coercer<Profile> =>
  (raw) => {
    const value = scalarOf(raw);
    if (isBlank(value)) return ok(fallback);
    const profile = builtInProfile(String(value));
    return profile
      ? ok(profile)
      : fail("POLICY_UNKNOWN", {
          value: shown(value),
          ids: Object.keys(BUILT_IN_PROFILES).join("、"),
        });
  };

const trueWords = new Set(["true", "是", "y", "yes", "1", "毕业", "毕业年级"]);
const falseWords = new Set(["false", "否", "n", "no", "0", "非毕业", "非毕业年级"]);

/** A yes/no flag, FALSE when blank. */
export const booleanArg: Coercer<boolean> = (raw) => {
  const value = scalarOf(raw);
  if (isBlank(value)) return ok(false);
  if (typeof value === "boolean") return ok(value);
  const word = normalizeText(String(value)).toLowerCase();
  if (trueWords.has(word)) return ok(true);
  return falseWords.has(word) ? ok(false) : fail("BOOLEAN_UNREADABLE", { value: shown(value) });
};

/** A time of day (Excel time fraction or text); required. */
export const timeArg: Coercer<MinutesOfDay> = (raw) => {
  const value = scalarOf(raw);
  if (isBlank(value) || typeof value === "boolean")
    return fail("TIME_UNREADABLE", { value: shown(value ?? "") });
  return parseTimeOfDay(value);
};

/** A date (Excel serial or text); today, in the machine's own calendar, when blank. */
export function dateArg(today: () => Date = () => new Date()): Coercer<CivilDate> {
  return (raw) => {
    const value = scalarOf(raw);
    if (isBlank(value)) {
      const now = today();
      return parseCivilDate(`${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`);
    }
    if (typeof value === "boolean") return fail("DATE_UNREADABLE", { value: shown(value) });
    return parseCivilDate(value);
  };
}
