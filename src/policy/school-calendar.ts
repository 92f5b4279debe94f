import national from "chinese-days/dist/chinese-days.json";
import type { CivilDate } from "./civil-date";
import { weekdayOf } from "./civil-date";

/** The school's own calendar additions (its settings sheet). */
export interface SchoolCalendar {
  readonly closures: readonly CivilDate[];
  readonly holidays: readonly CivilDate[];
  readonly makeupDays: readonly CivilDate[];
}

/** Whether a day is a normal school day (正常上课日, §三(二)), and why not. */
export type SchoolDay =
  | { readonly schoolDay: true; readonly makeup: boolean }
  | {
      readonly schoolDay: false;
      readonly reason: "weekend" | "holiday" | "closure";
      readonly name?: string;
    };

const holidays = national.holidays as Record<string, string>;
const workdays = national.workdays as Record<string, string>;
const coveredYears = new Set(Object.keys(holidays).map((d) => Number(d.slice(0, 4))));

/** Whether the national calendar package (chinese-days) has data for a year. */
export function nationalCalendarCovers(year: number): boolean {
  return coveredYears.has(year);
}

function holidayName(entry: string): string {
  return entry.split(",")[1] ?? entry; // "Labour Day,劳动节,1" → 劳动节
}

/**
 * Whether a date is a school day: Monday–Friday, minus public holidays, plus official
 * make-up working days (调休), minus the school's closures (SPEC §9). For years the national
 * calendar does not cover, the school's own holiday and make-up lists stand in.
 */
export function schoolDayOf(date: CivilDate, school: SchoolCalendar): SchoolDay {
  // §三(二) 课后服务一般为正常上课日的下午放学后
  if (school.closures.includes(date)) return { schoolDay: false, reason: "closure" };
  if (school.holidays.includes(date)) return { schoolDay: false, reason: "holiday" };
  if (school.makeupDays.includes(date)) return { schoolDay: true, makeup: true };
  if (holidays[date] !== undefined)
    return { schoolDay: false, reason: "holiday", name: holidayName(holidays[date]) };
  if (workdays[date] !== undefined) return { schoolDay: true, makeup: true };
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6
    ? { schoolDay: false, reason: "weekend" }
    : { schoolDay: true, makeup: false };
}
