import type { CivilDate } from "../../policy/civil-date";
import type { DayWindow } from "../../policy/day-minutes";
import type { Outcome } from "../../policy/problem";
import type { WindowGroup } from "../../policy/service-window";
import type { MonthCalendar } from "./school-days";

/**
 * One date as every student's cell on it is read against, worked out once for the school:
 * a school of 100,000 has two million served cells and some 23 dates.
 */
export interface DateFacts {
  readonly schoolDay: boolean;
  /** Minutes served on the date, all students together (the daily line chart); undefined while none. */
  minutes?: number;
}

/**
 * The attendance sheet's day columns as the charge's day loop reads them, each worked out
 * once per school: its date's facts (one object for the columns of the same date), its
 * date's rank among the sheet's dates (so a student's agreement or withdrawal is compared
 * once per student, not once per cell), and the day's window per window group.
 */
export class DayColumns {
  readonly facts: readonly DateFacts[];
  /** Per column, how many of the sheet's distinct dates come before its date. */
  readonly ranks: Int32Array;
  private readonly sorted: readonly CivilDate[];
  private readonly windows = new Map<WindowGroup, (Outcome<DayWindow> | undefined)[]>();

  constructor(
    readonly days: readonly { readonly col: number; readonly date: CivilDate }[],
    calendar: MonthCalendar,
    readonly dates: Map<CivilDate, DateFacts>
  ) {
    this.facts = days.map(({ date }) => {
      let facts = dates.get(date);
      if (facts === undefined) {
        facts = { schoolDay: calendar.day(date).schoolDay, minutes: undefined };
        dates.set(date, facts);
      }
      return facts;
    });
    this.sorted = [...dates.keys()].sort();
    this.ranks = Int32Array.from(days, ({ date }) => this.sorted.indexOf(date));
  }

  /** How many of the sheet's dates are before `date`: a column is before it when its rank is lower. */
  before(date: CivilDate): number {
    let n = 0;
    while (n < this.sorted.length && this.sorted[n] < date) n++;
    return n;
  }

  /** How many of the sheet's dates are on or before `date`: a column is after it when its rank is not lower. */
  upTo(date: CivilDate): number {
    let n = 0;
    while (n < this.sorted.length && this.sorted[n] <= date) n++;
    return n;
  }

  /** The day windows of a group, by column, filled as the columns are met. */
  windowsOf(group: WindowGroup): (Outcome<DayWindow> | undefined)[] {
    let byColumn = this.windows.get(group);
    if (byColumn === undefined) {
      byColumn = new Array<Outcome<DayWindow> | undefined>(this.days.length).fill(undefined);
      this.windows.set(group, byColumn);
    }
    return byColumn;
  }
}
