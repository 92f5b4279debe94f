import type { CivilDate } from "../policy/civil-date";
import { a1 } from "./a1";
import { parseAttendanceCell, type AttendanceEntry } from "./attendance-cell";
import {
  bareMonthInText,
  looksLikeBadDate,
  monthInText,
  monthOf,
  resolveDateHeader,
  type YearMonth,
} from "./date-header";
import { finding, type Finding } from "../findings/finding";
import { cellAt, type CellValue, type SheetGrid } from "./grid";
import { titleText, type HeaderRow } from "./header-row";
import { perText } from "./per-text";
import { cellText } from "./roster";

/** One day cell of a student's row. */
export interface AttendanceCell {
  readonly col: number;
  readonly date: CivilDate;
  readonly value: CellValue;
  readonly entry: AttendanceEntry;
}

/** One student's row of an attendance grid. */
export interface AttendanceRow {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly className: string;
  readonly cells: readonly AttendanceCell[];
}

/** An attendance grid with its date columns resolved to dates. */
export interface AttendanceGrid {
  readonly sheet: string;
  readonly header: HeaderRow;
  readonly days: readonly { readonly col: number; readonly date: CivilDate }[];
  readonly rows: readonly AttendanceRow[];
}

/**
 * The dates of an attendance sheet's columns. A full date stands alone; 5月6日 takes its year,
 * and a bare day number its month, from the title ("2021年5月考勤"), else from the month
 * the workbook or the user names (`hint`).
 */
export function resolveDays(
  grid: SheetGrid,
  header: HeaderRow,
  hint?: YearMonth
): { col: number; date: CivilDate }[] {
  const title = titleText(grid, header.row);
  const titleMonth = monthInText(title);
  const bare = bareMonthInText(title);
  const context =
    titleMonth ??
    (bare !== undefined && hint ? `${hint.slice(0, 4)}-${String(bare).padStart(2, "0")}` : hint);
  const days: { col: number; date: CivilDate }[] = [];
  for (const { col, header: h } of header.dateColumns) {
    const date = resolveDateHeader(h, h.kind === "monthDay" ? (titleMonth ?? hint) : context);
    if (date !== undefined) days.push({ col, date });
  }
  return days;
}

/** The months an attendance sheet covers, most days first. */
export function sheetMonths(grid: SheetGrid, header: HeaderRow, hint?: YearMonth): YearMonth[] {
  const counts = new Map<YearMonth, number>();
  for (const { date } of resolveDays(grid, header, hint))
    counts.set(monthOf(date), (counts.get(monthOf(date)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([m]) => m);
}

/** Reads an attendance grid for one month: each student row and each day cell of that month. */
export function readAttendance(
  grid: SheetGrid,
  header: HeaderRow,
  month: YearMonth
): { attendance: AttendanceGrid; findings: Finding[] } {
  const findings: Finding[] = [];
  const days = resolveDays(grid, header, month).filter((d) => monthOf(d.date) === month);
  for (const col of header.otherColumns) {
    const v = cellAt(grid, header.row, col);
    if (looksLikeBadDate(v))
      findings.push(
        finding(
          "DATE_HEADER_UNREADABLE",
          { sheet: grid.name, cell: a1(header.row, col) },
          { value: String(v) }
        )
      );
  }
  findings.push(...headerlessColumns(grid, header));
  const f = header.fields;
  const text = (row: number, c: number | undefined) =>
    c === undefined ? "" : cellText(cellAt(grid, row, c));
  const rows: AttendanceRow[] = [];
  // A month's grid holds a handful of different texts (√, 17:30, 15:30-17:30) in its cells:
  // each is parsed once. Entries are read-only, so cells of the same text share one.
  const textEntry = perText(parseAttendanceCell);
  const entryOf = (value: CellValue): AttendanceEntry =>
    typeof value === "string" ? textEntry(value) : parseAttendanceCell(value);
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const id = text(row, f.id);
    const name = text(row, f.name);
    if (id === "" && name === "") continue;
    if (/^(合计|小计|总计|共计)/.test(id || name)) continue;
    const values = grid.values[row];
    const cells = days.map(({ col, date }) => {
      const value = values?.[col] ?? null; // cellAt, the row looked up once
      const entry = entryOf(value);
      if (entry.kind === "unreadable") {
        findings.push(
          finding(
            "ATTENDANCE_CELL_UNREADABLE",
            { sheet: grid.name, cell: a1(row, col), studentId: id || undefined },
            { value: String(value) }
          )
        );
      }
      return { col, date, value, entry };
    });
    rows.push({ row, id, name, className: text(row, f.class), cells });
  }
  return { attendance: { sheet: grid.name, header, days, rows }, findings };
}

/**
 * Columns of an attendance grid with attendance in them but no readable header (a blank or
 * merged header cell): their time cannot be given a date, so each is a finding at its first
 * such cell rather than money silently dropped.
 */
function headerlessColumns(grid: SheetGrid, header: HeaderRow): Finding[] {
  const out: Finding[] = [];
  const firstDate = Math.min(...header.dateColumns.map((d) => d.col));
  for (const col of header.blankColumns) {
    if (col < firstDate) continue;
    for (let row = header.row + 1; row < grid.values.length; row++) {
      const kind = parseAttendanceCell(cellAt(grid, row, col)).kind;
      if (kind === "absent" || kind === "unreadable") continue;
      out.push(finding("DATE_HEADER_MISSING", { sheet: grid.name, cell: a1(row, col) }));
      break;
    }
  }
  return out;
}
