import { activitiesHeader, readActivities, type ActivitiesSheet } from "../sheets/activities";
import { readAttendance, sheetMonths, type AttendanceGrid } from "../sheets/attendance";
import type { YearMonth } from "../sheets/date-header";
import { finding, type Finding } from "../findings/finding";
import type { SheetGrid } from "../sheets/grid";
import type { HeaderRow } from "../sheets/header-row";
import { nearHeaderFindings } from "../sheets/near-header";
import type { Profile } from "../policy/profile";
import { readRoster, type Roster } from "../sheets/roster";
import { readSettings, type SchoolSettings } from "../sheets/settings";
import { findSchoolSheets } from "../sheets/workbook-sheets";
import { isOwnedTitle } from "./output-sheet";

/** A school workbook as the jobs need it: settings, roster, the month's attendance, and what could not be read. */
export interface SchoolWorkbook {
  readonly settings: SchoolSettings;
  readonly roster?: Roster;
  readonly month?: YearMonth;
  readonly attendance?: AttendanceGrid;
  /** The activities sheet (活动安排), where the school keeps one. */
  readonly activities?: ActivitiesSheet;
  /**
   * The month each attendance sheet holds (a cumulative workbook keeps 3月考勤, 4月考勤 …),
   * in order: which months could be read from this workbook besides `month`.
   */
  readonly heldMonths?: readonly YearMonth[];
  readonly findings: readonly Finding[];
  /** The header row found in each sheet looked at, so later readers need not search again. */
  readonly headers?: ReadonlyMap<SheetGrid, HeaderRow | undefined>;
}

/**
 * The finding that refuses the run: the workbook's 政策 names no rules Kehou knows and none
 * were handed to it, so no job may charge or write under a guess.
 */
export function policyRefusal(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.rule === "POLICY_UNKNOWN" || f.rule === "POLICY_ROW_IS_FILE");
}

/** Whether a sheet is one Kehou wrote (its first cell carries the mark). */
export function isOwnedSheet(grid: SheetGrid): boolean {
  return isOwnedTitle(grid.values[0]?.[0]);
}

/**
 * Reads a school's workbook as it is: finds its sheets by content, reads settings and roster,
 * settles the month (`--month`, else settings 月份, else the attendance sheets) and reads that
 * month's attendance. Every unreadable cell is a finding; nothing here throws on bad data.
 */
export function readSchoolWorkbook(
  grids: readonly SheetGrid[],
  monthOverride?: YearMonth,
  profile?: Profile
): SchoolWorkbook {
  const findings: Finding[] = [];
  const found = findSchoolSheets(grids, isOwnedSheet);
  const activityGrid = grids.find((g) => !isOwnedSheet(g) && activitiesHeader(g));
  const read = activityGrid ? readActivities(activityGrid) : undefined;
  const activities = read?.sheet;
  append(findings, read?.findings ?? []);
  // Each sheet used is checked once for formulas saved without a value.
  const checked = new Set<SheetGrid>();
  const uncalculated = (grid: SheetGrid) =>
    checked.has(grid) ? [] : (checked.add(grid), uncalculatedCells(grid));
  if (activityGrid) append(findings, uncalculated(activityGrid));
  if (found.settings) append(findings, uncalculated(found.settings));
  const { settings, findings: settingFindings } = readSettings(found.settings, profile);
  append(findings, settingFindings);
  // No rules are known for a 政策 that is not built in: nothing further is read or charged.
  if (settings.unknownPolicy !== undefined) return { settings, findings };
  const { headers } = found;

  let roster: Roster | undefined;
  const rosterSource =
    found.roster ??
    found.attendance.find(
      (a) => a.header.fields.grade !== undefined || a.header.fields.class !== undefined
    );
  if (rosterSource) {
    append(findings, uncalculated(rosterSource.grid));
    const read = readRoster(rosterSource.grid, rosterSource.header, settings.system);
    roster = read.roster;
    append(findings, read.findings);
    append(findings, nearHeaderFindings(rosterSource.grid, rosterSource.header));
  } else findings.push(finding("SHEET_ROSTER_MISSING", { sheet: "" }));

  const monthHint = monthOverride ?? settings.month;
  const sheets = found.attendance.map((a) => ({
    ...a,
    months: sheetMonths(a.grid, a.header, monthHint),
  }));
  const heldMonths = [...new Set(sheets.flatMap((a) => a.months.slice(0, 1)))].sort();
  let month = monthHint;
  if (month === undefined) {
    const months = [...new Set(sheets.flatMap((a) => a.months))].sort();
    month = months[months.length - 1];
    if (months.length > 1)
      findings.push(
        finding("MONTH_CHOSEN", { sheet: "" }, { months: months.join("、"), month: month! })
      );
  }
  if (month === undefined) {
    findings.push(finding("MONTH_UNKNOWN", { sheet: "" }));
    return { settings, roster, activities, findings, heldMonths, headers };
  }
  const source =
    sheets.find((a) => a.months[0] === month) ?? sheets.find((a) => a.months.includes(month!));
  if (!source) {
    findings.push(monthNotHeld(sheets, month, monthOverride === undefined ? settings : undefined));
    return { settings, roster, month, activities, findings, heldMonths, headers };
  }
  const rivals = sheets.filter((a) => a !== source && a.months.includes(month!));
  if (rivals.length > 0)
    findings.push(
      finding(
        "ATTENDANCE_SHEET_CHOSEN",
        { sheet: source.grid.name },
        {
          month,
          used: source.grid.name,
          others: rivals.map((a) => a.grid.name + (a.grid.hidden ? "（隐藏）" : "")).join("、"),
        }
      )
    );
  append(findings, uncalculated(source.grid));
  const grid = readAttendance(source.grid, source.header, month);
  append(findings, grid.findings);
  if (source.grid !== rosterSource?.grid)
    append(findings, nearHeaderFindings(source.grid, source.header));
  return {
    settings,
    roster,
    month,
    attendance: grid.attendance,
    activities,
    findings,
    heldMonths,
    headers,
  };
}

/**
 * No attendance for the month asked: where the workbook's attendance sheets hold other
 * months, which ones (工作簿中的考勤表是 2021-05（5月考勤）) and where the month asked came from,
 * in words that fit every door (the command line adds its own --month advice).
 */
function monthNotHeld(
  sheets: readonly { grid: SheetGrid; months: readonly YearMonth[] }[],
  month: YearMonth,
  fromSettings: SchoolSettings | undefined
): Finding {
  const held = sheets.filter((a) => a.months.length > 0);
  if (held.length === 0) return finding("SHEET_ATTENDANCE_MISSING", { sheet: "" }, { month });
  const place = fromSettings?.sheet
    ? { sheet: fromSettings.sheet, cell: fromSettings.cells.month }
    : { sheet: held[0].grid.name };
  return finding("ATTENDANCE_OTHER_MONTH", place, {
    month,
    from: fromSettings ? "设置表的「月份」" : "所选月份",
    held: held.map((a) => `${a.months[0]}（${a.grid.name}）`).join("、"),
    heldMonth: held[0].months[0],
  });
}

/** Formula cells saved without a value: read as blank, so each is a finding, never a silent 0. */
export function uncalculatedCells(grid: SheetGrid): Finding[] {
  return (grid.uncalculated ?? []).map((cell) =>
    finding("FORMULA_NOT_CALCULATED", { sheet: grid.name, cell })
  );
}

/**
 * Adds `items` to `list` one by one: a spread (`push(...items)`) passes each as an argument,
 * and a sheet of 220,000 unreadable cells overflows V8's stack that way.
 */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}
