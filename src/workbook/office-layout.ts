import {
  isFormula,
  noteRow,
  OUTPUT_HEADER_ROW,
  titleOf,
  type ColumnFormat,
  type OutputCell,
  type OutputSheet,
} from "../jobs/output-sheet";
import { NUMBER_FORMATS } from "./number-formats";

/** An output sheet laid out as the 2-D arrays Office.js writes in one assignment. */
export interface OfficeBlock {
  /** Values and formulas, for `range.formulas`: text that Excel would read as a formula is quoted. */
  readonly formulas: (string | number)[][];
  /** Set before the values: text cells are "@", so Excel keeps "00123" and "2021001" as typed. */
  readonly numberFormats: string[][];
  /** Formats of the empty rows under a fill-in sheet's data (the template), so typed ids stay text. */
  readonly blankFormats: string[];
  readonly blankRows: number;
  /** 0-based rows: the header, the last table row, and runs of rows to make bold (`to` inclusive). */
  readonly headerRow: number;
  readonly lastTableRow: number;
  readonly boldRows: readonly { readonly from: number; readonly to: number }[];
  readonly width: number;
}

/**
 * Text from the user's cells goes in as text, never a formula (= + - @ at the start would
 * make Excel evaluate it): a leading apostrophe keeps it text and is not shown.
 */
export function asText(value: string): string {
  return /^[=+\-@]/.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** A cell as `range.formulas` takes it: a formula with "=", text that looks like one quoted. */
export function officeCell(cell: OutputCell): string | number {
  if (cell === null) return "";
  if (isFormula(cell)) return `=${cell.formula}`;
  return typeof cell === "number" ? cell : asText(cell);
}

/** Text format: Excel stores what is written to a "@" cell as text, never converting it. */
export const TEXT_FORMAT = "@";

/** Rows of a fill-in sheet (the template) formatted ahead for the user's typing. */
export const FILL_IN_ROWS = 500;

function officeFormat(format: ColumnFormat): string {
  return format === "text" ? TEXT_FORMAT : NUMBER_FORMATS[format];
}

/** A cell's format: text as text; a formula or number never "@", or Excel would keep it as text. */
function cellFormat(cell: string | number, column: string): string {
  const formula = typeof cell === "string" && cell.startsWith("=");
  if (typeof cell === "string" && cell !== "" && !formula) return TEXT_FORMAT;
  return (typeof cell === "number" || formula) && column === TEXT_FORMAT ? "General" : column;
}

/** Ascending rows as runs of consecutive rows: a host sets each run in one call. */
function runs(rows: readonly number[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.to === r - 1) last.to = r;
    else out.push({ from: r, to: r });
  }
  return out;
}

/** Lays out an output sheet: title, blank row, header, rows (at least one), rows after. */
export function officeBlock(sheet: OutputSheet): OfficeBlock {
  const width = sheet.columns.length;
  const pad = (row: readonly OutputCell[]) =>
    Array.from({ length: width }, (_, i) => officeCell(row[i] ?? null));
  const rows = sheet.rows.length > 0 ? sheet.rows : [[]];
  const title = pad([titleOf(sheet)]);
  const formulas = [
    title,
    pad(noteRow(sheet)),
    sheet.columns.map((c) => asText(c.header)),
    ...rows.map(pad),
    ...(sheet.after ?? []).map(pad),
  ];
  const formats = sheet.columns.map((c) => officeFormat(c.format));
  const numberFormats = formulas.map((row, r) =>
    row.map((cell, c) => cellFormat(cell, r <= OUTPUT_HEADER_ROW ? "General" : formats[c]))
  );
  const lastTableRow = OUTPUT_HEADER_ROW + rows.length;
  const afterBold = (sheet.after ?? []).flatMap((r, i) =>
    r.length > 0 ? [lastTableRow + 1 + i] : []
  );
  return {
    formulas,
    numberFormats,
    headerRow: OUTPUT_HEADER_ROW,
    lastTableRow,
    boldRows: runs([0, OUTPUT_HEADER_ROW, ...afterBold]),
    width,
    blankFormats: formats,
    blankRows:
      sheet.owned === false
        ? Math.max(0, OUTPUT_HEADER_ROW + FILL_IN_ROWS + 1 - formulas.length)
        : 0,
  };
}

/**
 * A column of `chars` characters in points, as RangeFormat.columnWidth takes it: the .xlsx
 * width w is w × 7 + 5 pixels of the default font, at 96 pixels to 72 points.
 */
export function columnPoints(chars: number): number {
  return ((chars * 7 + 5) * 72) / 96;
}
