import {
  checkServiceEnd,
  endBreachIn,
  endWindowOn,
  latestBillableEnd,
  SERVICE_START,
} from "../../src/policy/service-window";
import type { Stage } from "../../src/policy/stage";
import { at } from "../../src/policy/time-of-day";

function check(end: number, stage: Stage, graduating: boolean, date: string) {
  const r = checkServiceEnd(end, stage, graduating, date);
  if (!r.ok) return r.problem.code;
  return r.value === undefined ? "OK" : `${r.value.code}/${r.value.severity}`;
}

describe("service start (§三(二)1–2)", () => {
  it("starts primary at 15:30 and junior and senior at 17:00", () => {
    expect(SERVICE_START).toEqual({ primary: at(15, 30), junior: at(17), senior: at(17) });
  });
});

describe("pilot period, 2021-04-01 … 2022-02-28", () => {
  it("ends primary exactly at 17:30", () => {
    expect(check(at(17, 30), "primary", false, "2021-05-10")).toBe("OK");
    expect(check(at(18), "primary", false, "2021-05-10")).toBe("END_FIXED_PILOT/warning");
    expect(check(at(17), "primary", false, "2021-05-10")).toBe("END_FIXED_PILOT/warning");
  });
  it("ends junior at 18:00 and the graduating year at 18:30", () => {
    expect(check(at(18), "junior", false, "2021-10-08")).toBe("OK");
    expect(check(at(18, 30), "junior", false, "2021-10-08")).toBe("END_FIXED_PILOT/warning");
    expect(check(at(18, 30), "junior", true, "2021-10-08")).toBe("OK");
  });
  it("lets senior end by 20:30 and calls later self-study", () => {
    expect(check(at(20, 30), "senior", false, "2021-10-08")).toBe("OK");
    expect(check(at(20, 31), "senior", false, "2021-10-08")).toBe("SENIOR_SELF_STUDY/warning");
  });
  it("applies on its first and last day, and not the day after", () => {
    expect(check(at(18), "primary", false, "2021-04-01")).toBe("END_FIXED_PILOT/warning");
    expect(check(at(18), "primary", false, "2022-02-28")).toBe("END_FIXED_PILOT/warning");
    expect(check(at(18), "primary", false, "2022-03-01")).toBe("OK");
  });
  it("has no times before it began", () => {
    expect(check(at(17, 30), "primary", false, "2021-03-31")).toBe("DATE_BEFORE_POLICY");
  });
});

describe("standard period, from 2022-03-01", () => {
  it("ends primary between 17:30 and 18:30 in principle", () => {
    expect(check(at(17, 30), "primary", false, "2023-05-10")).toBe("OK");
    expect(check(at(18, 30), "primary", false, "2023-05-10")).toBe("OK");
    expect(check(at(17, 29), "primary", false, "2023-05-10")).toBe("END_TOO_EARLY/warning");
    expect(check(at(18, 31), "primary", false, "2023-05-10")).toBe(
      "END_TOO_LATE_IN_PRINCIPLE/warning"
    );
  });
  it("ends non-graduating junior by 18:30 as a plain bound (error)", () => {
    expect(check(at(18, 30), "junior", false, "2023-05-10")).toBe("OK");
    expect(check(at(18, 31), "junior", false, "2023-05-10")).toBe("END_TOO_LATE/error");
  });
  it("ends graduating junior by 20:30 in principle", () => {
    expect(check(at(20, 30), "junior", true, "2023-05-10")).toBe("OK");
    expect(check(at(20, 31), "junior", true, "2023-05-10")).toBe(
      "END_TOO_LATE_IN_PRINCIPLE/warning"
    );
  });
  it("treats senior after 20:30 as voluntary self-study, 20:30 itself allowed", () => {
    expect(check(at(20, 30), "senior", false, "2023-05-10")).toBe("OK");
    expect(check(at(20, 31), "senior", false, "2023-05-10")).toBe("SENIOR_SELF_STUDY/warning");
  });
  it("ignores the graduating flag outside junior", () => {
    expect(check(at(18, 31), "primary", true, "2023-05-10")).toBe(
      "END_TOO_LATE_IN_PRINCIPLE/warning"
    );
  });
  it("refuses an end at or before the start as invalid input", () => {
    expect(check(at(15, 30), "primary", false, "2023-05-10")).toBe("END_NOT_AFTER_START");
    expect(check(at(16, 59), "junior", false, "2023-05-10")).toBe("END_NOT_AFTER_START");
  });
});

describe("latestBillableEnd", () => {
  it("is the window's latest end on that day", () => {
    const r = latestBillableEnd("primary", false, "2023-05-10");
    expect(r.ok && r.value).toBe(at(18, 30));
    const pilot = latestBillableEnd("junior", true, "2021-05-10");
    expect(pilot.ok && pilot.value).toBe(at(18, 30));
  });
});

describe("an end window worked out once", () => {
  const judge = (stage: Stage, graduating: boolean, date: string, ends: number[]) => {
    const w = endWindowOn(stage, graduating, date);
    if (!w.ok) throw new Error(`no window on ${date}`);
    return ends.map((end) => {
      const b = endBreachIn(w.value, end);
      return b ? `${b.code}/${b.severity}` : "OK";
    });
  };

  it("holds every end of a day to the same window: too early, within, late in principle, late", () => {
    expect(
      judge("primary", false, "2023-05-10", [at(17, 29), at(17, 30), at(18, 30), at(18, 31)])
    ).toEqual(["END_TOO_EARLY/warning", "OK", "OK", "END_TOO_LATE_IN_PRINCIPLE/warning"]);
    expect(judge("junior", false, "2023-05-10", [at(18, 30), at(18, 31)])).toEqual([
      "OK",
      "END_TOO_LATE/error",
    ]);
    expect(judge("senior", false, "2023-05-10", [at(20, 30), at(20, 31)])).toEqual([
      "OK",
      "SENIOR_SELF_STUDY/warning",
    ]);
  });

  it("holds a pilot day to its fixed end, either side", () => {
    expect(judge("junior", false, "2021-05-10", [at(17, 59), at(18, 0), at(18, 1)])).toEqual([
      "END_FIXED_PILOT/warning",
      "OK",
      "END_FIXED_PILOT/warning",
    ]);
  });

  it("is a problem for a date before the pilot", () => {
    const w = endWindowOn("primary", false, "2021-03-31");
    expect(w.ok ? "window" : w.problem.code).toBe("DATE_BEFORE_POLICY");
  });
});
