import { civilDate, type CivilDate } from "../policy/civil-date";
import { a1 } from "./a1";
import { parseAttendanceCell, type AttendanceEntry } from "./attendance-cell";
import {
  bareMonthInText,
  looksLikeBadDate,
  looksLikeDottedDate,
  monthInText,
  monthOf,
  resolveDateHeader,
  type YearMonth,
} from "./date-header";
import { finding, type Finding } from "../findings/finding";
import { cellAt, formatAt, type CellValue, type SheetGrid } from "./grid";
import { titleText, type HeaderRow } from "./header-row";
import { perText } from "./per-text";
import { isTotalRow } from "./total-row";
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
  /**
   * The entry of each of the grid's `days`, in their order. Cells of the same text or number
   * share one entry, so an entry must not be changed.
   */
  readonly entries: readonly AttendanceEntry[];
  /**
   * The same entries where the reader holds them, a block of many rows' entries: the entry of
   * day `i` is `block[from + i]`. A reader of every row (the charge) reads them there, without
   * an array per row.
   */
  readonly block: readonly AttendanceEntry[];
  readonly from: number;
  /** The day cells with their column, date and value as typed (made when first asked for). */
  readonly cells: readonly AttendanceCell[];
}

/**
 * A row as read: its entries in a block shared with the rows around it and the grid's row of
 * values; its own array of entries and its cell objects only made for a reader that asks for
 * them (a school of 100,000 has 2.3 million day cells: 100,000 small arrays that live as long
 * as the result are most of a read's garbage collection).
 */
class ReadRow implements AttendanceRow {
  private built: AttendanceCell[] | undefined = undefined;
  private own: AttendanceEntry[] | undefined = undefined;

  constructor(
    readonly row: number,
    readonly id: string,
    readonly name: string,
    readonly className: string,
    readonly block: readonly AttendanceEntry[],
    readonly from: number,
    private readonly values: readonly CellValue[] | undefined,
    private readonly days: readonly { readonly col: number; readonly date: CivilDate }[]
  ) {}

  get entries(): readonly AttendanceEntry[] {
    return (this.own ??= this.block.slice(this.from, this.from + this.days.length));
  }

  get cells(): readonly AttendanceCell[] {
    if (this.built === undefined) {
      const cells: AttendanceCell[] = [];
      for (let i = 0; i < this.days.length; i++) {
        const { col, date } = this.days[i];
        const entry = this.block[this.from + i];
        cells.push({ col, date, value: this.values?.[col] ?? null, entry });
      }
      this.built = cells;
    }
    return this.built;
  }
}

/** Rows whose entries share one block: big enough to sit outside the young generation's copying. */
const BLOCK_ROWS = 1024;

/** An attendance grid with its date columns resolved to dates. */
export interface AttendanceGrid {
  readonly sheet: string;
  readonly header: HeaderRow;
  readonly days: readonly { readonly col: number; readonly date: CivilDate }[];
  readonly rows: readonly AttendanceRow[];
}

/** A numeric date header (5.1, 5.7) not read as a date, and why. */
export interface UnreadDottedHeader {
  readonly col: number;
  /** The month the header names and the sheet's month, where they disagree. */
  readonly month?: { readonly named: number; readonly sheet: YearMonth };
  /** The dates it may be, where its neighbours do not decide (5.1: the 1st or the 10th). */
  readonly dates?: readonly CivilDate[];
}

/**
 * The dates of an attendance sheet's columns, and the numeric headers that could not be read.
 * A full date stands alone; 5月6日 takes its year, and a bare day number its month, from the
 * title ("2021年5月考勤"), else from the month the workbook or the user names (`hint`). A
 * number typed month.day (5.7) is read where its month is the sheet's; one that may be two
 * days (5.1 for the 1st or the 10th) is the one that falls between its neighbours' dates
 * (…5.8, 5.9, 5.1, 5.11… is the 10th), else it is not read and said, never guessed.
 */
export function readDayColumns(
  grid: SheetGrid,
  header: HeaderRow,
  hint?: YearMonth
): { days: { col: number; date: CivilDate }[]; unread: UnreadDottedHeader[] } {
  const title = titleText(grid, header.row);
  const titleMonth = monthInText(title);
  const bare = bareMonthInText(title);
  const context =
    titleMonth ??
    (bare !== undefined && hint ? `${hint.slice(0, 4)}-${String(bare).padStart(2, "0")}` : hint);
  // Each date column in order: its date, the dates it may be, or nothing.
  const slots: { col: number; date?: CivilDate; maybe?: CivilDate[] }[] = [];
  const unread: UnreadDottedHeader[] = [];
  for (const { col, header: h } of header.dateColumns) {
    if (h.kind !== "dotted") {
      const date = resolveDateHeader(h, h.kind === "monthDay" ? (titleMonth ?? hint) : context);
      if (date !== undefined) slots.push({ col, date });
      continue;
    }
    if (context === undefined) continue;
    if (Number(context.slice(5)) !== h.month) {
      unread.push({ col, month: { named: h.month, sheet: context } });
      continue;
    }
    const year = Number(context.slice(0, 4));
    const maybe = h.days
      .map((d) => civilDate(year, h.month, d))
      .filter((d): d is CivilDate => d !== undefined);
    if (maybe.length === 1) slots.push({ col, date: maybe[0] });
    else if (maybe.length > 1) slots.push({ col, maybe });
  }
  // A header of two possible days takes the one between the dates around it.
  let before: CivilDate | undefined;
  slots.forEach((slot, i) => {
    if (slot.maybe) {
      const after = slots.slice(i + 1).find((s) => s.date !== undefined)?.date;
      const fits = slot.maybe.filter(
        (d) => (before === undefined || d > before) && (after === undefined || d < after)
      );
      if (fits.length === 1) slot.date = fits[0];
      else unread.push({ col: slot.col, dates: slot.maybe });
    }
    if (slot.date !== undefined) before = slot.date;
  });
  const days: { col: number; date: CivilDate }[] = [];
  for (const s of slots) if (s.date !== undefined) days.push({ col: s.col, date: s.date });
  return { days, unread };
}

/** The dates of an attendance sheet's columns (see {@link readDayColumns}). */
export function resolveDays(
  grid: SheetGrid,
  header: HeaderRow,
  hint?: YearMonth
): { col: number; date: CivilDate }[] {
  return readDayColumns(grid, header, hint).days;
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
  const columns = readDayColumns(grid, header, month);
  // Days and their columns pushed into array literals, so that every school's are packed
  // arrays: `filter` gave some schools a holey array and others a packed one (V8's builtin or
  // its optimised code made it), and each day loop reading them was deoptimised at a switch.
  const days: { col: number; date: CivilDate }[] = [];
  for (const d of columns.days) if (monthOf(d.date) === month) days.push(d);
  // A date of another month is read, but not for this month: said, so no column goes unnoticed.
  for (const d of columns.days)
    if (monthOf(d.date) !== month)
      findings.push(
        finding(
          "DATE_HEADER_NOT_THIS_MONTH",
          { sheet: grid.name, cell: a1(header.row, d.col) },
          { date: d.date, month }
        )
      );
  findings.push(...columns.unread.map((u) => unreadDottedFinding(grid, header, u)));
  for (const col of header.otherColumns) {
    const v = cellAt(grid, header.row, col);
    if (looksLikeBadDate(v) || looksLikeDottedDate(v))
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
  const rows: AttendanceRow[] = [];
  // A month's grid holds a handful of different texts (√, 17:30, 15:30-17:30) and numbers in
  // its cells: each is parsed once. Entries are read-only, so cells of the same value share one.
  const textEntry = perText(parseAttendanceCell);
  const numberEntry = new Map<number, AttendanceEntry>();
  const minuteEntry = new Array<AttendanceEntry | undefined>(1440).fill(undefined);
  const classOf = perText(cellTextOfString);
  const cols: number[] = [];
  for (const d of days) cols.push(d.col);
  let block: AttendanceEntry[] = [];
  let used = 0;
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const id = textAt(grid, row, f.id);
    const name = textAt(grid, row, f.name);
    if (id === "" && name === "") continue;
    if (isTotalRow(id || name)) continue;
    const values = grid.values[row];
    if (used + cols.length > block.length) {
      // A new block for the next rows (at most the rows left), filled from its start.
      const rows = Math.min(BLOCK_ROWS, grid.values.length - row);
      block = new Array<AttendanceEntry>(rows * cols.length);
      used = 0;
    }
    const from = used;
    used += cols.length;
    for (let i = 0; i < cols.length; i++) {
      const value = values?.[cols[i]] ?? null; // cellAt, the row looked up once
      let entry: AttendanceEntry | undefined;
      let shown: string | undefined;
      if (typeof value === "string") entry = textEntry(value);
      else if (typeof value === "number") {
        // Whole minutes of a day (most numbers typed) by index, any other number by the map.
        if (value > 1 && value < 30 && (value | 0) === value && dotted(grid, row, cols[i])) {
          entry = parseAttendanceCell((shown = value.toFixed(2)));
        } else if (value >= 0 && value < 1440 && (value | 0) === value) {
          entry = minuteEntry[value];
          if (entry === undefined) minuteEntry[value] = entry = parseAttendanceCell(value);
        } else {
          entry = numberEntry.get(value);
          if (entry === undefined) numberEntry.set(value, (entry = parseAttendanceCell(value)));
        }
      } else entry = parseAttendanceCell(value);
      block[from + i] = entry;
      if (entry.kind === "unreadable") {
        findings.push(
          finding(
            entry.overDay ? "ATTENDANCE_MINUTES_OVER_DAY" : "ATTENDANCE_CELL_UNREADABLE",
            { sheet: grid.name, cell: a1(row, cols[i]), studentId: id || undefined },
            { value: shown ?? String(value) }
          )
        );
      }
    }
    const classCell = f.class === undefined ? null : cellAt(grid, row, f.class);
    const className = typeof classCell === "string" ? classOf(classCell) : cellText(classCell);
    rows.push(new ReadRow(row, id, name, className, block, from, values, days));
  }
  return { attendance: { sheet: grid.name, header, days, rows }, findings };
}

/**
 * A cell's text, "" for a column the sheet lacks. A function of the module, not a closure made
 * per sheet: the loop's optimised code called one school's closure, was deoptimised (wrong
 * call target) at the next school's and thrown away once the first was collected.
 */
/**
 * A whole number under 30 shown with decimals (18 in a 0.00 column shows 18.00): a sign-out
 * written with a dot on the hour, as 17.30 is on the half hour, never 18 minutes (§三(五)2).
 */
function dotted(grid: SheetGrid, row: number, col: number): boolean {
  return /(^|[^"\\])[0#?]\.[0#?]/.test(formatAt(grid, row, col));
}

function textAt(grid: SheetGrid, row: number, c: number | undefined): string {
  return c === undefined ? "" : cellText(cellAt(grid, row, c));
}

/** A text cell's text as `cellText` gives it, for a reader that reads each text once. */
function cellTextOfString(text: string): string {
  return cellText(text);
}

/** The finding of a numeric date header not read: which dates it may be, or whose month it names. */
function unreadDottedFinding(grid: SheetGrid, header: HeaderRow, u: UnreadDottedHeader): Finding {
  const place = { sheet: grid.name, cell: a1(header.row, u.col) };
  const value = String(cellAt(grid, header.row, u.col));
  const day = (d: CivilDate) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
  if (u.dates)
    return finding("DATE_HEADER_AMBIGUOUS", place, { value, dates: u.dates.map(day).join("或") });
  return finding("DATE_HEADER_OTHER_MONTH", place, {
    value,
    month: `${u.month!.named}月`,
    sheetMonth: u.month!.sheet,
  });
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
