import { fail, ok, type Outcome } from "./problem";
import { normalizeText } from "./text";

/** A calendar date without time or zone, as ISO text: "2021-05-10". Compares as text. */
export type CivilDate = string;

const DAY_MS = 86_400_000;
/** Excel's day 0 for serials from 61 on (it counts a 1900-02-29 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The one date parser: an Excel date serial, a JS Date, or text 2021-05-10, 2021/5/10,
 * 2021.5.10, 2021年5月10日 (a time after the date is ignored).
 * @example parseCivilDate("2021年5月10日") //=> { ok: true, value: "2021-05-10" }
 */
export function parseCivilDate(value: number | string | Date): Outcome<CivilDate> {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? fail("DATE_UNREADABLE", { value: String(value) })
      : ok(isoOfUtc(value));
  }
  if (typeof value === "number") return fromExcelSerial(value);
  const text = normalizeText(value);
  const m =
    /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(
      text
    );
  const date = m ? civilDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  return date === undefined ? fail("DATE_UNREADABLE", { value }) : ok(date);
}

/** The ISO date of a year, month and day, or undefined when there is no such day. */
export function civilDate(year: number, month: number, day: number): CivilDate | undefined {
  // The common case, a real day of years 1000–9999, without a Date (one per roster cell).
  if (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
    return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  return civilDateOfUtc(year, month, day);
}

/** The plain path of `civilDate`, through a UTC Date; what the fast path must agree with. */
export function civilDateOfUtc(year: number, month: number, day: number): CivilDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return isoOfUtc(d);
}

function fromExcelSerial(serial: number): Outcome<CivilDate> {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465)
    return fail("DATE_UNREADABLE", { value: serial });
  return ok(isoOfUtc(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS)));
}

/** The Excel serial of a date. */
export function excelSerialOf(date: CivilDate): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Days in a month of the proleptic Gregorian calendar (as Date counts them). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function isoOfUtc(d: Date): CivilDate {
  return d.toISOString().slice(0, 10);
}
