import fc from "fast-check";
import { DayColumns } from "../../../src/jobs/charge/day-columns";
import { MonthCalendar } from "../../../src/jobs/charge/school-days";
import { readSettings } from "../../../src/sheets/settings";

const calendar = new MonthCalendar("2023-05", readSettings(undefined).settings);
const date = fc.integer({ min: 1, max: 31 }).map((d) => `2023-05-${String(d).padStart(2, "0")}`);

describe("DayColumns", () => {
  it("drops a column before an agreement or after a withdrawal exactly as comparing its date does", () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 30 }), date, (dates, bound) => {
        const columns = new DayColumns(
          dates.map((d, i) => ({ col: i + 3, date: d })),
          calendar,
          new Map()
        );
        const before = columns.before(bound);
        const upTo = columns.upTo(bound);
        dates.forEach((d, i) => {
          expect(columns.ranks[i] < before).toBe(d < bound);
          expect(columns.ranks[i] >= upTo).toBe(d > bound);
        });
      })
    );
  });

  it("gives the columns of one date one shared record of that date's facts", () => {
    const columns = new DayColumns(
      [
        { col: 3, date: "2023-05-04" },
        { col: 4, date: "2023-05-06" },
        { col: 5, date: "2023-05-04" },
      ],
      calendar,
      new Map()
    );
    expect(columns.facts[0]).toBe(columns.facts[2]);
    expect(columns.facts[0].schoolDay).toBe(true);
    expect(columns.facts[1].schoolDay).toBe(true); // 2023-05-06, a make-up Saturday
    expect(columns.dates.size).toBe(2);
  });
});
