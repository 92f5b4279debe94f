/**
 * The one record of Kehou's marks, kept as JSON rows of the very hidden marks sheet, that every
 * adapter writes and every adapter reads: a file highlighted in Excel is unmarked by
 * `kehou breaches --highlight`, and the reverse. Each marked cell says what its own fill was,
 * so whichever adapter unmarks it restores that fill, never clears it to none.
 */
import { OWNED_MARK } from "../jobs/output-sheet";
import { MARK_COLORS, MARKS_SHEET, type CellMark } from "../jobs/workbook-port";
import { chooseSheetName } from "./sheet-name-choice";
import type { Severity } from "../policy/service-window";

/** A cell's own fill before Kehou's: none, or a solid colour `#RRGGBB`. */
export type OwnFill = "none" | `#${string}`;

/**
 * A colour of a fill as SpreadsheetML says it (CT_Color, ECMA-376 Part 1 §18.8.19): an RGB
 * `#RRGGBB`, a theme colour (SpreadsheetML's index: 0 Background 1, 1 Text 1, 2 Background 2,
 * 3 Text 2, 4–9 the accents) with its RGB in the workbook's theme where known, an indexed
 * colour; `tint` lightens (> 0) or darkens (< 0).
 */
export interface FillColor {
  readonly rgb?: `#${string}`;
  readonly theme?: number;
  readonly indexed?: number;
  readonly tint?: number;
}

/** A cell's own fill that is not a plain colour: a theme colour or a pattern (§18.8.32). */
export interface PatternFill {
  /** The OOXML patternType: solid, darkGray, gray125, lightUp … */
  readonly type: string;
  readonly fg?: FillColor;
  readonly bg?: FillColor;
}

/** One marked cell. */
export interface CellRecord {
  readonly sheet: string;
  readonly cell: string;
  /** Its fill before (absent when it was not a plain colour, e.g. a theme colour or pattern). */
  readonly fill?: OwnFill;
  /** Its fill before when not a plain colour, as far as the styles said it. */
  readonly pattern?: PatternFill;
  /** The file writer's exact undo: the cell's old `s` (null: it had none). */
  readonly s?: string | null;
  /** The file writer made the cell's element (it had none); `row` is its row's old text. */
  readonly absent?: true;
  readonly row?: string;
}

/** What the file writer changed in a sheet to add notes (taken out piece by piece). */
export type NotesRecord =
  | { readonly sheet: string; readonly inserted: string; readonly relsCreated: boolean }
  | { readonly sheet: string; readonly part: string; readonly appended: string };

export type MarkRecord = CellRecord | NotesRecord;

/** Every note Kehou leaves starts so; a note without it is the user's and is never touched. */
export const NOTE_PREFIX = "Kehou：";

/** The title of the marks sheet's first row. */
export const RECORDS_TITLE = "Kehou 标记记录";

/** The marks sheet's first row as the hosts write it: the title, marked as Kehou's. */
export const RECORDS_TITLE_ROW = `${RECORDS_TITLE}${OWNED_MARK}`;

/** The header over the record's lines, as the file writer writes it. */
export const RECORDS_HEADER = "记录（请勿修改）";

/**
 * Whether a sheet's cells are Kehou's record, never by its name alone (a school's own sheet
 * called 「Kehou标记」 is not): its title in A1 and every other non-empty cell in column A,
 * each the header or a record line. A school's sheet with the title and its own rows below is
 * the school's: never read as records, overwritten or deleted.
 */
export function isRecordSheet(values: readonly (readonly unknown[])[]): boolean {
  if (values[0]?.[0] !== RECORDS_TITLE_ROW) return false;
  return values.every((row, r) =>
    row.every(
      (value, c) =>
        (r === 0 && c === 0) ||
        value === undefined ||
        value === null ||
        value === "" ||
        (c === 0 && (value === RECORDS_HEADER || parsed(value) !== undefined))
    )
  );
}

/**
 * The name Kehou's record is written under, from the sheets there are now (each saying
 * whether it is Kehou's record): the last run's record keeps its name; otherwise 「Kehou标记」,
 * or 「Kehou标记 (2)」 … where a sheet of the school's has that name (compared ignoring case, as
 * Excel and WPS compare sheet names).
 */
export function recordSheetName(
  sheets: readonly { readonly name: string; readonly record: boolean }[]
): string {
  const record = sheets.find((s) => s.record);
  if (record) return record.name;
  return chooseSheetName(MARKS_SHEET, new Map(sheets.map((s) => [s.name, { owned: false }])));
}

/** A cell's key across adapters and runs: sheet names match case-insensitively. */
export function recordKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`.toLowerCase();
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark a cell, as every adapter marks: the worst severity, every note (each once). */
export function oneMarkPerCell(marks: readonly CellMark[]): CellMark[] {
  const out = new Map<string, CellMark>();
  for (const m of marks) {
    const key = recordKey(m.sheet, m.cell);
    const had = out.get(key);
    if (!had) out.set(key, m);
    else
      out.set(key, {
        ...had,
        severity: RANK[m.severity] < RANK[had.severity] ? m.severity : had.severity,
        note: had.note.split("\n").includes(m.note) ? had.note : `${had.note}\n${m.note}`,
      });
  }
  return [...out.values()];
}

/**
 * What a host adapter (Office.js, WPS) does to mark cells, planned once from the last run's
 * records (each record's column A, one after another: see mergeMarkRecords): restore the
 * cells they list on sheets still open (`open`: neither deleted since nor protected), then
 * fill each new mark's cell with its severity's colour and record the cell's own fill. A cell the last run marked too shows Kehou's colour now: its line keeps the fill
 * that run recorded, so the next unmarking restores the user's, never Kehou's.
 */
export interface HostMarkPlan {
  readonly restore: readonly CellRecord[];
  readonly marks: readonly { readonly mark: CellMark; readonly fill: OwnFill }[];
  /** The record's line of a mark, given what its cell `shows` (asked only when not recorded before). */
  line(mark: CellMark, shows: () => OwnFill | undefined): string;
}

/**
 * SpreadsheetML's pattern types (ST_PatternType, ECMA-376 Part 1 §18.18.55) as Excel names
 * them: Office.js's Excel.FillPattern (https://learn.microsoft.com/javascript/api/excel/excel.fillpattern)
 * and the XlPattern number ET's Interior.Pattern takes (https://learn.microsoft.com/en-us/office/vba/api/excel.xlpattern).
 */
const HOST_PATTERNS: Readonly<Record<string, readonly [string, number]>> = {
  solid: ["Solid", 1],
  mediumGray: ["Gray50", -4125],
  darkGray: ["Gray75", -4126],
  lightGray: ["Gray25", -4124],
  darkHorizontal: ["Horizontal", -4128],
  darkVertical: ["Vertical", -4166],
  darkDown: ["Down", -4121],
  darkUp: ["Up", -4162],
  darkGrid: ["Checker", 9],
  darkTrellis: ["SemiGray75", 10],
  lightHorizontal: ["LightHorizontal", 11],
  lightVertical: ["LightVertical", 12],
  lightDown: ["LightDown", 13],
  lightUp: ["LightUp", 14],
  lightGrid: ["Grid", 15],
  lightTrellis: ["CrissCross", 16],
  gray125: ["Gray16", 17],
  gray0625: ["Gray8", 18],
};

/** A recorded pattern as a host sets it: the cell's colour and the pattern's. */
export interface HostFill {
  readonly office: string;
  readonly et: number;
  /** The cell's colour (Interior.Color, format.fill.color): a solid fill's fgColor, else bgColor. */
  readonly color?: FillColor;
  /** The pattern's colour (PatternColor): a pattern's fgColor. */
  readonly patternColor?: FillColor;
}

/** How a host restores a recorded pattern; undefined for a pattern type Excel has no name for. */
export function hostFill(p: PatternFill): HostFill | undefined {
  const names = HOST_PATTERNS[p.type];
  if (!names) return undefined;
  const [office, et] = names;
  if (p.type === "solid") return { office, et, ...(p.fg ? { color: p.fg } : {}) };
  return { office, et, ...(p.bg ? { color: p.bg } : {}), ...(p.fg ? { patternColor: p.fg } : {}) };
}

export function planHostMarks(
  recordColumn: readonly unknown[],
  marks: readonly CellMark[],
  open: (sheet: string) => boolean
): HostMarkPlan {
  const restore = mergeMarkRecords(recordColumn).filter(
    (r): r is CellRecord => isCellRecord(r) && open(r.sheet)
  );
  const before = new Map(restore.map((s) => [recordKey(s.sheet, s.cell), s]));
  return {
    restore,
    marks: oneMarkPerCell(marks)
      .filter((m) => open(m.sheet))
      .map((mark) => ({ mark, fill: `#${MARK_COLORS[mark.severity]}` as const })),
    line(mark, shows) {
      const key = recordKey(mark.sheet, mark.cell);
      const had = before.get(key);
      // A pattern the last run recorded stays recorded, so the next unmarking can restore it.
      const fill = had ? had.fill : shows();
      const pattern = had?.pattern;
      return markRecordText({
        sheet: mark.sheet,
        cell: mark.cell,
        ...(fill ? { fill } : {}),
        ...(pattern ? { pattern } : {}),
      });
    },
  };
}

export function isCellRecord(r: MarkRecord): r is CellRecord {
  return "cell" in r;
}

const HEX = /^#?([0-9A-Fa-f]{8}|[0-9A-Fa-f]{6})$/;

/** A colour as an adapter gives it (`#FFC7CE`, `FFFFC7CE`) as an OwnFill, or undefined. */
export function solidFill(color: unknown): OwnFill | undefined {
  if (typeof color !== "string") return undefined;
  const m = HEX.exec(color);
  return m ? `#${m[1].slice(-6).toUpperCase()}` : undefined;
}

/** A fill as Office.js reads it: #FFFFFF is what Excel gives for a cell without a fill. */
export function officeFill(color: string): OwnFill | undefined {
  return color.toUpperCase() === "#FFFFFF" ? "none" : solidFill(color);
}

/** One record from a row of the sheet, in this format or an older adapter's. */
function parsed(value: unknown): MarkRecord | undefined {
  if (typeof value !== "string" || !value.startsWith("{")) return undefined;
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(value) as Record<string, unknown>;
  } catch {
    return undefined; // a row the user typed over is not a record
  }
  if (typeof r.sheet !== "string") return undefined;
  if ("inserted" in r || "appended" in r) return r as unknown as NotesRecord;
  if (typeof r.cell !== "string") return undefined;
  const base = { sheet: r.sheet, cell: r.cell };
  const exact = "s" in r ? { s: typeof r.s === "string" ? r.s : null } : {};
  const made = r.absent === true ? { absent: true as const } : {};
  const row = typeof r.row === "string" ? { row: r.row } : {};
  let fill: OwnFill | undefined;
  if (r.fill === "none") fill = "none";
  else if (typeof r.fill === "string") fill = solidFill(r.fill);
  // Older Office records: `color`, as Office.js read it.
  else if (typeof r.color === "string") fill = officeFill(r.color);
  // Older exceljs records: the cell's exceljs fill, absent for none.
  else if (!("s" in r)) fill = exceljsFill(r.fill);
  const pattern = patternFill(r.pattern);
  return {
    ...base,
    ...(fill ? { fill } : {}),
    ...(pattern ? { pattern } : {}),
    ...exact,
    ...made,
    ...row,
  };
}

/** A colour of a recorded pattern, only the fields a colour has (a row typed over is not). */
function fillColor(value: unknown): FillColor | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const c = value as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  const rgb = solidFill(c.rgb);
  const out = {
    ...(rgb && rgb !== "none" ? { rgb } : {}),
    ...(num(c.theme) !== undefined ? { theme: num(c.theme) } : {}),
    ...(num(c.indexed) !== undefined ? { indexed: num(c.indexed) } : {}),
    ...(num(c.tint) !== undefined ? { tint: num(c.tint) } : {}),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

function patternFill(value: unknown): PatternFill | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const p = value as Record<string, unknown>;
  if (typeof p.type !== "string" || !/^[A-Za-z0-9]+$/.test(p.type)) return undefined;
  const fg = fillColor(p.fg);
  const bg = fillColor(p.bg);
  return { type: p.type, ...(fg ? { fg } : {}), ...(bg ? { bg } : {}) };
}

function exceljsFill(fill: unknown): OwnFill | undefined {
  if (fill === undefined || fill === null) return "none";
  const f = fill as { pattern?: string; fgColor?: { argb?: string } };
  if (f.pattern === "none") return "none";
  return f.pattern === "solid" ? solidFill(f.fgColor?.argb) : undefined;
}

/** The records in column A of the marks sheet's rows (title, headers and stray rows skipped). */
export function readMarkRecords(rows: readonly unknown[]): MarkRecord[] {
  return rows.flatMap((value) => parsed(value) ?? []);
}

/**
 * The lines of every record there is, column A of each one after another: a user may copy
 * Kehou's sheet (Move or Copy), and a cell listed in either must be unmarked. A cell's first
 * line wins, so it is restored once; a notes line comes once.
 */
export function mergeMarkRecords(rows: readonly unknown[]): MarkRecord[] {
  const seen = new Set<string>();
  return readMarkRecords(rows).filter((r) => {
    const key = isCellRecord(r) ? recordKey(r.sheet, r.cell) : markRecordText(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A record as the row text every adapter writes. */
export function markRecordText(r: MarkRecord): string {
  return JSON.stringify(r);
}
