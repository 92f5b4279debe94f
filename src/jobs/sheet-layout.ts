import { columnLetters } from "../sheets/a1";
import { frameEdges, framedRowPoints, type Edges } from "./form-look";
import { NUMBER_FORMATS } from "./number-formats";
import {
  isForm,
  isFormula,
  noteRow,
  OUTPUT_HEADER_ROW,
  titleOf,
  type OutputCell,
  type OutputSheet,
} from "./output-sheet";
import { DEFAULT_ROW_POINTS, EXCEL_METRICS, wrappedLines, type TextMetrics } from "./wrap-height";

/** A rectangle of a sheet: 0-based first row and column, and its size. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** The A1 address of a block ("B3:D9", or "B3" for one cell). */
export function blockAddress(b: CellBlock): string {
  const first = `${columnLetters(b.col)}${b.row + 1}`;
  return b.rows === 1 && b.cols === 1
    ? first
    : `${first}:${columnLetters(b.col + b.cols - 1)}${b.row + b.rows}`;
}

/** The A1 address of a block as a range, even of one cell ("B3:B3"). */
export function rangeAddress(b: CellBlock): string {
  return `${columnLetters(b.col)}${b.row + 1}:${columnLetters(b.col + b.cols - 1)}${b.row + b.rows}`;
}

/** A block's absolute A1 address ("$B$3:$D$9"), as print areas and ListObjects.Add take it. */
export function absoluteAddress({ row, col, rows, cols }: CellBlock): string {
  return `$${columnLetters(col)}$${row + 1}:$${columnLetters(col + cols - 1)}$${row + rows}`;
}

/** Text format: a host stores what is written to a "@" cell as text, never converting it. */
export const TEXT_FORMAT = "@";

/** Rows of a fill-in sheet (the template) formatted ahead for the user's typing. */
export const FILL_IN_ROWS = 500;

/** A font set on a block: bold, and a size in points where not the sheet's 11. */
export interface FontRun {
  readonly block: CellBlock;
  readonly bold: boolean;
  readonly size?: number;
}

/**
 * How a sheet prints: A4, one page wide and as many tall as it takes, centred; a form in
 * portrait over its print area with its title, frames and amounts; a table in landscape with
 * its header row on every page.
 */
export interface PagePlan {
  readonly orientation: "portrait" | "landscape";
  /** A form's print area; a table prints all of it. */
  readonly area?: CellBlock;
  /** A table's header row (0-based), printed at the top of every page. */
  readonly titleRow?: number;
  /** 0-based rows each starting a new page. */
  readonly breaksBefore: readonly number[];
  /** A form's columns over its area: left- and top-aligned, wrapped where the column wraps. */
  readonly columns: readonly { readonly block: CellBlock; readonly wrap: boolean }[];
  /** A form's title: merged over the columns (when more than one), centred, bold. */
  readonly title?: { readonly block: CellBlock; readonly merge: boolean; readonly size: number };
  /** A form's framed rows (0-based), each boxed, and every framed cell's edges by cellKey. */
  readonly framedRows: readonly number[];
  readonly edges: ReadonlyMap<string, Edges>;
  /** A form's cells in bold and larger: what a family looks for first. */
  readonly emphasis: readonly {
    readonly row: number;
    readonly col: number;
    readonly size: number;
  }[];
}

/**
 * An output sheet laid out once for every renderer (the .xlsx writer, Office.js, WPS): what
 * goes in which cell, in which number format, font, width and height, its table, pick-lists,
 * frozen header and print setup. Each host only translates it into its own calls.
 */
export interface SheetLayout {
  readonly width: number;
  /** Every written row, padded to the width: title, notes, header, data (at least one), after. */
  readonly cells: readonly (readonly OutputCell[])[];
  /**
   * Each cell's number format for a host that takes typed input, set before the value: text
   * cells "@", so "00123" and "2021001" stay as written; a number or formula never "@".
   */
  readonly formats: readonly (readonly string[])[];
  /** Each column's own number format ("@" for a text column). */
  readonly columnFormats: readonly string[];
  /** Empty rows under a fill-in sheet's data (the template) formatted ahead, so typed ids stay text. */
  readonly blankRows: number;
  /** 0-based rows of the header and of the table's last row. */
  readonly headerRow: number;
  readonly lastTableRow: number;
  /** The title row's font, and runs of whole rows in bold (header, rows after). */
  readonly fonts: readonly FontRun[];
  /** Column widths in characters of the standard font. */
  readonly widths: readonly number[];
  readonly table?: { readonly name: string; readonly block: CellBlock };
  readonly validations: readonly { readonly block: CellBlock; readonly list: readonly string[] }[];
  /** Rows frozen at the top: down to the header. */
  readonly frozenRows: number;
  readonly page?: PagePlan;
}

/**
 * How a sheet of charts (汇总报送's 图表) prints, in the file and in Excel alike: A4 landscape
 * at full size, since the plan sizes its charts to the page and scaling to fit would shrink
 * the school names.
 */
export const CHART_SHEET_PAGE = { orientation: "landscape", scale: 100 } as const;

/** Sizes of the title row's font, a form's title and its amounts, in points. */
export const TITLE_POINTS = 14;
export const FORM_TITLE_POINTS = 16;
export const EMPHASIS_POINTS = 13;

/** A cell's format: text as text; a formula or number never "@", or the host would keep it as text. */
function cellFormat(cell: OutputCell, column: string): string {
  if (typeof cell === "string" && cell !== "") return TEXT_FORMAT;
  const value = typeof cell === "number" || (cell !== null && isFormula(cell));
  return value && column === TEXT_FORMAT ? "General" : column;
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

/** Lays out an output sheet: title, blank or notes row, header, rows (at least one), rows after. */
export function sheetLayout(sheet: OutputSheet): SheetLayout {
  const width = sheet.columns.length;
  const pad = (row: readonly OutputCell[]) =>
    Array.from({ length: width }, (_, i) => row[i] ?? null);
  const rows = sheet.rows.length > 0 ? sheet.rows : [[]];
  const after = sheet.after ?? [];
  const cells = [
    pad([titleOf(sheet)]),
    pad(noteRow(sheet)),
    pad(sheet.columns.map((c) => c.header)),
    ...rows.map(pad),
    ...after.map(pad),
  ];
  const columnFormats = sheet.columns.map((c) =>
    c.format === "text" ? TEXT_FORMAT : NUMBER_FORMATS[c.format]
  );
  const formats = cells.map((row, r) =>
    row.map((cell, c) => cellFormat(cell, r <= OUTPUT_HEADER_ROW ? "General" : columnFormats[c]))
  );
  const headerRow = OUTPUT_HEADER_ROW;
  const lastTableRow = headerRow + rows.length;
  const line = (from: number, to: number): CellBlock => ({
    row: from,
    col: 0,
    rows: to - from + 1,
    cols: width,
  });
  const afterBold = after.flatMap((r, i) => (r.length > 0 ? [lastTableRow + 1 + i] : []));
  const fonts: FontRun[] = [
    { block: line(0, 0), bold: true, size: TITLE_POINTS },
    ...runs([headerRow, ...afterBold]).map(({ from, to }) => ({
      block: line(from, to),
      bold: true,
    })),
  ];
  return {
    width,
    cells,
    formats,
    columnFormats,
    blankRows: sheet.owned === false ? Math.max(0, headerRow + FILL_IN_ROWS + 1 - cells.length) : 0,
    headerRow,
    lastTableRow,
    fonts,
    widths: sheet.columns.map((c) => c.width),
    ...(sheet.table ? { table: { name: sheet.table, block: line(headerRow, lastTableRow) } } : {}),
    validations: (sheet.validations ?? []).map((v) => ({
      block: { row: headerRow + 1 + (v.from ?? 0), col: v.col, rows: v.rows, cols: 1 },
      list: v.list,
    })),
    frozenRows: headerRow + 1,
    ...(sheet.print ? { page: pagePlan(sheet, line) } : {}),
  };
}

function pagePlan(
  sheet: OutputSheet,
  line: (from: number, to: number) => CellBlock
): PagePlan | undefined {
  const print = sheet.print!;
  const breaksBefore = print.breaksAfter.map((r) => r + 1);
  if (!isForm(print))
    return {
      orientation: "landscape",
      titleRow: OUTPUT_HEADER_ROW,
      breaksBefore,
      columns: [],
      framedRows: [],
      edges: new Map(),
      emphasis: [],
    };
  const width = sheet.columns.length;
  const area = line(print.firstRow, print.lastRow);
  const rows = area.rows;
  return {
    orientation: "portrait",
    area,
    breaksBefore,
    columns: sheet.columns.map((c, col) => ({
      block: { row: print.firstRow, col, rows, cols: 1 },
      wrap: c.wrap === true,
    })),
    ...(print.titleRow !== undefined
      ? {
          title: {
            block: line(print.titleRow, print.titleRow),
            merge: width > 1,
            size: FORM_TITLE_POINTS,
          },
        }
      : {}),
    framedRows: (print.frames ?? []).flatMap((f) =>
      Array.from({ length: f.lastRow - f.firstRow + 1 }, (_, i) => f.firstRow + i)
    ),
    // Each framed row boxed, a line between columns only where the row goes on (form-look).
    edges: frameEdges(print, width, (r) => sheet.rows[r - OUTPUT_HEADER_ROW - 1]),
    emphasis: (print.emphasis ?? []).map((e) => ({ ...e, size: EMPHASIS_POINTS })),
  };
}

/**
 * A printed form's row heights in points, for a renderer that keeps a file's heights rather
 * than measuring (LibreOffice): the lines its wrapped text takes as `metrics` lays it out, a
 * framed row a little taller, its title twice the default. Rows not given keep the default.
 */
export function formRowPoints(
  sheet: OutputSheet,
  layout: SheetLayout,
  metrics: TextMetrics = EXCEL_METRICS
): Map<number, number> {
  const out = new Map<number, number>();
  const form = isForm(sheet.print) ? sheet.print : undefined;
  if (!form) return out;
  layout.cells.forEach((cells, r) => {
    const lines = Math.max(
      1,
      ...cells.map((c, i) =>
        sheet.columns[i]?.wrap && typeof c === "string"
          ? wrappedLines(c, sheet.columns[i].width, { metrics })
          : 1
      )
    );
    const framed = framedRowPoints(form, r);
    if (form.titleRow === r) out.set(r, 2 * DEFAULT_ROW_POINTS);
    else if (framed !== undefined) out.set(r, framed);
    else if (lines > 1) out.set(r, lines * DEFAULT_ROW_POINTS);
  });
  return out;
}
