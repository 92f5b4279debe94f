import fc from "fast-check";
import {
  civilDate,
  civilDateOfUtc,
  excelSerialOf,
  parseCivilDate,
  weekdayOf,
} from "../../src/policy/civil-date";
import { formatTimeOfDay, parseTimeOfDay } from "../../src/policy/time-of-day";

const minutes = (v: number | string) => {
  const r = parseTimeOfDay(v);
  return r.ok ? r.value : r.problem.code;
};
const date = (v: number | string | Date) => {
  const r = parseCivilDate(v);
  return r.ok ? r.value : r.problem.code;
};

describe("parseTimeOfDay", () => {
  it.each([
    ["17:30", 1050],
    ["17:30:00", 1050],
    ["17时30分", 1050],
    ["17点30分", 1050],
    ["17点半", 1050],
    ["17时", 1020],
    ["5:30 PM", 1050],
    ["5:30 pm", 1050],
    ["下午5:30", 1050],
    ["12:00 PM", 720],
    ["12:15 AM", 15],
    ["１７：３０", 1050],
    ["20:30:30", 1230.5],
    ["下午17:30", 1050],
    ["晚上8:30", 1230],
  ])("reads %s", (text, expected) => expect(minutes(text)).toBe(expected));
  it("reads Excel time fractions", () => {
    expect(minutes(0.75)).toBe(1080);
    expect(minutes(17.5 / 24)).toBe(1050);
    expect(minutes(44326 + 0.75)).toBe(1080); // a date-time serial: its time part
  });
  it.each(["25:00", "17:60", "abc", "", "17-30", "0:30 AM"])("refuses %s", (text) =>
    expect(minutes(text)).toBe("TIME_UNREADABLE")
  );
  it("refuses negative numbers", () => expect(minutes(-0.1)).toBe("TIME_UNREADABLE"));
  it("formats back", () => {
    expect(formatTimeOfDay(1050)).toBe("17:30");
    expect(formatTimeOfDay(1230.5)).toBe("20:30:30");
  });
});

describe("parseCivilDate", () => {
  it.each([
    ["2021-05-10", "2021-05-10"],
    ["2021/5/10", "2021-05-10"],
    ["2021年5月10日", "2021-05-10"],
    ["2021.5.10", "2021-05-10"],
    ["２０２１年５月１０日", "2021-05-10"],
    ["2021-05-10 00:00:00", "2021-05-10"],
  ])("reads %s", (text, iso) => expect(date(text)).toBe(iso));
  it("reads Excel serials and Dates", () => {
    expect(date(44326)).toBe("2021-05-10");
    expect(date(44326.75)).toBe("2021-05-10");
    expect(date(new Date(Date.UTC(2021, 4, 10)))).toBe("2021-05-10");
    expect(excelSerialOf("2021-05-10")).toBe(44326);
  });
  it.each(["2021-02-29", "2021-13-01", "5月10日", "yesterday", ""])("refuses %s", (text) =>
    expect(date(text)).toBe("DATE_UNREADABLE")
  );
  it("refuses serials before 1900-03-01", () => expect(date(12)).toBe("DATE_UNREADABLE"));
  it("knows the weekday", () => expect(weekdayOf("2021-05-10")).toBe(1));
});

describe("civilDate", () => {
  it("builds the ISO date of a real day without a Date as it would with one", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 900, max: 10100 }), fc.integer({ min: -5, max: 120 })),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 33 }),
        (y, m, d) => expect(civilDate(y, m, d)).toBe(civilDateOfUtc(y, m, d))
      ),
      { numRuns: 3000 }
    );
    for (const [y, m, d] of [
      [2024, 2, 29],
      [2023, 2, 29],
      [1900, 2, 29],
      [2000, 2, 29],
      [2021, 4, 31],
      [1000, 1, 1],
      [999, 12, 31],
      [2021, 5.5, 1],
    ])
      expect(civilDate(y, m, d)).toBe(civilDateOfUtc(y, m, d));
  });
});
