import { computeCharges } from "../../../src/jobs/charge/compute";
import { readSchoolWorkbook } from "../../../src/jobs/school-workbook";
import * as findingModule from "../../../src/findings/finding";
import { finding } from "../../../src/findings/finding";
import { generateSchool } from "../../support/generate-school";
import { DayColumns } from "../../../src/jobs/charge/day-columns";
import { MonthCalendar } from "../../../src/jobs/charge/school-days";
import { SessionEnds } from "../../../src/jobs/charge/session-ends";
import {
  DayWindows,
  studentDayMinutes,
  type MonthContext,
} from "../../../src/jobs/charge/student-days";

describe("studentDayMinutes", () => {
  it("says a sign-out past the window at its cell just as a finding made there says it", () => {
    const result = computeCharges(readSchoolWorkbook(generateSchool(60, 3)));
    const past = result.findings.filter((f) => f.rule === "SIGNOUT_PAST_WINDOW");
    expect(past.length).toBeGreaterThan(5);
    expect(new Set(past.map((f) => f.cell)).size).toBe(past.length);
    for (const f of past) {
      const made = finding(
        f.rule,
        { sheet: f.sheet, cell: f.cell, studentId: f.studentId },
        f.params,
        f.severity
      );
      expect(JSON.stringify(f)).toBe(JSON.stringify(made));
    }
  });
});

describe("studentDayMinutes' array", () => {
  it("holds one slot per day column, 0 where a day is not charged, in the one array it is handed", () => {
    const grids = generateSchool(40, 5);
    const wb = readSchoolWorkbook(grids);
    const attendance = wb.attendance!;
    const calendar = new MonthCalendar(wb.month!, wb.settings);
    const month: MonthContext = {
      sheet: attendance.sheet,
      windows: new DayWindows(wb.settings.endTimes, wb.settings.profile),
      sessions: new SessionEnds(wb.activities),
      calendar,
      nonSchoolDays: new Map(),
      findings: [],
      columns: new DayColumns(attendance.days, calendar, new Map()),
      pastWindow: new Map(),
      pastSession: new Map(),
      pastWording: new Map(),
    };
    const lines = computeCharges(wb).lines;
    const scratch: number[] = [];
    // The generated roster and attendance list the students in the same order.
    wb.roster!.students.forEach((student, i) => {
      const row = attendance.rows[i];
      const minutes = studentDayMinutes(student, row, month, scratch);
      expect(minutes).toBe(scratch);
      expect(minutes).toHaveLength(attendance.days.length);
      attendance.days.forEach((_, d) => {
        const kind = row.block[row.from + d].kind;
        if (kind === "absent" || kind === "unreadable") expect(minutes[d]).toBe(0);
      });
      const line = lines.find((l) => l.id === student.id)!;
      expect(minutes.filter((m) => m > 0)).toHaveLength(line.days);
    });
  });
});

describe("sign-outs past the window", () => {
  it("are worded once per end, latest time, stage and severity, whichever columns they are in", () => {
    const made = jest.spyOn(findingModule, "finding");
    try {
      const result = computeCharges(readSchoolWorkbook(generateSchool(300, 3)));
      const past = result.findings.filter((f) => f.rule === "SIGNOUT_PAST_WINDOW");
      const wordings = new Set(
        past.map((f) => `${f.params!.end} ${f.params!.latest} ${f.params!.stage} ${f.severity}`)
      );
      const worded = made.mock.calls.filter(([rule]) => rule === "SIGNOUT_PAST_WINDOW");
      expect(new Set(past.map((f) => f.cell.replace(/\d+$/, ""))).size).toBeGreaterThan(5);
      expect(worded).toHaveLength(wordings.size);
    } finally {
      made.mockRestore();
    }
  });
});
