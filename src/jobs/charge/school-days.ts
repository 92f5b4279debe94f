import type { CivilDate } from "../../policy/civil-date";
import {
  nationalCalendarCovers,
  schoolDayOf,
  type SchoolCalendar,
  type SchoolDay,
} from "../../policy/school-calendar";
import { nextDay } from "../../sheets/settings";

/** The days of a month, first to last. */
export function daysOfMonth(month: string): CivilDate[] {
  const days: CivilDate[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = nextDay(d)) days.push(d);
  return days;
}

/** A month's calendar for one school, each day looked up once (SPEC §9). */
export class MonthCalendar {
  private readonly cache = new Map<CivilDate, SchoolDay>();
  readonly days: readonly CivilDate[];
  readonly schoolDays: readonly CivilDate[];

  constructor(
    readonly month: string,
    private readonly school: SchoolCalendar
  ) {
    this.days = daysOfMonth(month);
    this.schoolDays = this.days.filter((d) => this.day(d).schoolDay);
  }

  day(date: CivilDate): SchoolDay {
    let day = this.cache.get(date);
    if (!day) this.cache.set(date, (day = schoolDayOf(date, this.school)));
    return day;
  }

  /** Years of the month the national calendar has no data for (SPEC §9: say so). */
  uncoveredYears(): number[] {
    return [...new Set(this.days.map((d) => Number(d.slice(0, 4))))].filter(
      (y) => !nationalCalendarCovers(y)
    );
  }
}

const reasonZh = { weekend: "周末", holiday: "节假日", closure: "学校停课或放假" } as const;

/** Why a day is not a school day, in Chinese. */
export function notSchoolDayReason(day: SchoolDay): string {
  if (day.schoolDay) return "";
  return day.name ? `${reasonZh[day.reason]}：${day.name}` : reasonZh[day.reason];
}
