import { civilDate, parseCivilDate, type CivilDate } from "../policy/civil-date";
import { normalizeText } from "../policy/text";
import type { CellValue } from "./grid";

/** A calendar month, "2021-05". */
export type YearMonth = string;

/** The month of a date. */
export function monthOf(date: CivilDate): YearMonth {
  return date.slice(0, 7);
}

/** The month of a moment on the machine's own calendar, "2026-11". */
export function monthOfNow(now: Date = new Date()): YearMonth {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** Reads "2021-05", "2021/5", "2021年5月", "2021.05" as a month, or undefined. */
export function parseYearMonth(text: string): YearMonth | undefined {
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/.exec(normalizeText(text));
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  return `${m[1]}-${m[2].padStart(2, "0")}`;
}

/** Finds a month named in free text such as a sheet title: "2021年5月课后服务考勤表". */
export function monthInText(text: string): YearMonth | undefined {
  const t = normalizeText(text);
  const m = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2].padStart(2, "0")}`;
  return undefined;
}

/** A month named without its year ("5月考勤"), 1–12, or undefined. */
export function bareMonthInText(text: string): number | undefined {
  const m = /(?:^|[^\d])(\d{1,2})\s*月(?!\d*日)/.exec(normalizeText(text));
  const month = m ? Number(m[1]) : NaN;
  return month >= 1 && month <= 12 ? month : undefined;
}

/**
 * What a header cell of an attendance grid is: a date, a day of a month still unknown, a
 * number typed month.day (5.7) whose day may be one of two (5.1 is 5.1 or 5.10, which Excel
 * stores as the same number), or not a date.
 */
export type DateHeader =
  | { readonly kind: "date"; readonly date: CivilDate }
  | { readonly kind: "monthDay"; readonly month: number; readonly day: number }
  | { readonly kind: "day"; readonly day: number }
  | { readonly kind: "dotted"; readonly month: number; readonly days: readonly number[] }
  | { readonly kind: "none" };

const DATE_SERIAL_MIN = 36526; // 2000-01-01
const DATE_SERIAL_MAX = 73051; // 2100-01-01

function isDateFormat(format: string): boolean {
  return /[yd]|m+\/|\/m+|年|月|日/i.test(format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

/**
 * Reads an attendance column header as a date: an Excel date, 2021-05-06, 2021/5/6,
 * 2021年5月6日, 5月6日, 5/6, 5.6, or a bare day number (1–31, also 6日, 6号).
 * @example parseDateHeader("5月6日", "General") //=> { kind: "monthDay", month: 5, day: 6 }
 */
export function parseDateHeader(value: CellValue, format = "General"): DateHeader {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1 && value <= 31 && !isDateFormat(format))
      return { kind: "day", day: value };
    if (value >= DATE_SERIAL_MIN && value < DATE_SERIAL_MAX) {
      const d = parseCivilDate(value);
      return d.ok ? { kind: "date", date: d.value } : { kind: "none" };
    }
    return isDateFormat(format) ? { kind: "none" } : dottedMonthDay(value);
  }
  if (typeof value !== "string") return { kind: "none" };
  const text = normalizeText(value)
    .replace(/\s+/g, "")
    .replace(/[(（].*[)）]$/, "");
  const full = parseCivilDate(text);
  if (full.ok) return { kind: "date", date: full.value };
  const md = /^(\d{1,2})(?:月|\/|\.|-)(\d{1,2})日?$/.exec(text);
  if (md) return monthDay(Number(md[1]), Number(md[2]));
  const d = /^(\d{1,2})[日号]?$/.exec(text);
  if (d && Number(d[1]) >= 1 && Number(d[1]) <= 31) return { kind: "day", day: Number(d[1]) };
  return { kind: "none" };
}

/**
 * A number typed month.day in a General cell (5.7, 11.15): its month and the days it may be.
 * The shortest text of the number is what was typed but for a trailing 0, so one decimal
 * 1–3 is also that day × 10 (5.1 typed as 5.10).
 */
function dottedMonthDay(value: number): DateHeader {
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(String(value));
  if (!m) return { kind: "none" };
  const month = Number(m[1]);
  const day = Number(m[2]);
  const days = m[2].length === 1 && day * 10 <= 31 ? [day, day * 10] : [day];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? { kind: "dotted", month, days }
    : { kind: "none" };
}

/** Whether a number reads like a date typed month.day (5.7, 13.2) though it may be no date. */
export function looksLikeDottedDate(value: CellValue): boolean {
  return typeof value === "number" && /^\d{1,2}\.\d{1,2}$/.test(String(value));
}

function monthDay(month: number, day: number): DateHeader {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? { kind: "monthDay", month, day }
    : { kind: "none" };
}

/** Resolves a header to a date in a month's year (and month, for a bare day), or undefined. */
export function resolveDateHeader(
  header: DateHeader,
  yearMonth: YearMonth | undefined
): CivilDate | undefined {
  if (header.kind === "date") return header.date;
  if (header.kind === "none" || header.kind === "dotted" || yearMonth === undefined)
    return undefined;
  const [year, month] = yearMonth.split("-").map(Number);
  return header.kind === "day"
    ? civilDate(year, month, header.day)
    : civilDate(year, header.month, header.day);
}

/** Whether a header looks meant as a date but cannot be read ("5月32日", "2021-02-30"). */
export function looksLikeBadDate(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const t = normalizeText(value);
  return /^\d{1,4}\s*[-/.年月]\s*\d{1,2}/.test(t) || /^\d{1,2}月\d{1,2}日?$/.test(t);
}
