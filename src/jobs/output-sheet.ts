import type { CellValue } from "../sheets/grid";

/** A formula with the value it should show, so readers without a calculation engine see it too. */
export interface FormulaCell {
  readonly formula: string;
  readonly result?: number | string;
}

/** A cell Kehou writes: a plain value (text is always written as text, never as a formula) or a formula. */
export type OutputCell = Exclude<CellValue, boolean> | FormulaCell;

/** `general`: whatever is typed keeps its kind (minutes stay numbers, 17:30 a time), for fill-in grids. */
export type ColumnFormat = "text" | "integer" | "money" | "date" | "general";

export interface OutputColumn {
  readonly header: string;
  readonly width: number;
  readonly format: ColumnFormat;
  /** Long text wraps inside the column (notices, letters) instead of running past the page. */
  readonly wrap?: boolean;
  /** How to fill the column, in the row above its header (the template's fields). */
  readonly note?: string;
}

/**
 * How a sheet prints, described once and written by every renderer (.xlsx package, exceljs,
 * Office.js). A form handed out (notices, letters): A4 portrait, one page wide, the rows to
 * print and where pages break, so a notice is never split over two pages.
 */
export interface FormPrint {
  readonly kind?: "form";
  /** 0-based rows, inclusive, of the print area (all columns). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** 0-based rows after which a new page starts. */
  readonly breaksAfter: readonly number[];
  /** 0-based row printed as the form's title (large, bold, centred over the columns). */
  readonly titleRow?: number;
  /** 0-based rows, inclusive, framed as one block each (a family's notice). */
  readonly frames?: readonly { readonly firstRow: number; readonly lastRow: number }[];
  /** 0-based cells in bold and larger: what a family looks for first (应缴金额). */
  readonly emphasis?: readonly { readonly row: number; readonly col: number }[];
}

/**
 * A table of many columns (收费表, 问题清单, the city's 汇总): A4 landscape, all columns one
 * page wide and as many pages tall as it takes, the header row repeated on every page, and a
 * page break before each of `breaksAfter` + 1 (charts below the table start a page each).
 */
export interface TablePrint {
  readonly kind: "table";
  readonly breaksAfter: readonly number[];
}

export type PrintSetup = FormPrint | TablePrint;

/** A table's print setup: landscape, one page wide, the header on every page. */
export function tablePrint(breaksAfter: readonly number[] = []): TablePrint {
  return { kind: "table", breaksAfter };
}

/** Whether a sheet is a printed form (left-aligned, its rows sized to their text). */
export function isForm(print: PrintSetup | undefined): print is FormPrint {
  return print !== undefined && print.kind !== "table";
}

/**
 * A sheet Kehou owns and replaces on a re-run (SPEC §11): a title row that marks it as
 * Kehou's, a header row, data rows (made an Excel table when `table` is named), and rows
 * after them (subtotals, totals).
 */
export interface OutputSheet {
  readonly name: string;
  readonly title: string;
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly (readonly OutputCell[])[];
  readonly table?: string;
  readonly after?: readonly (readonly OutputCell[])[];
  /**
   * False for sheets made for the user to fill in (the template, the demo's sample school):
   * no ownership mark, so a later run never replaces them.
   */
  readonly owned?: boolean;
  /**
   * Pick-lists on data rows: column index and its choices (e.g. 是/否), on `rows` data rows
   * from data row `from` (0-based, default the first).
   */
  readonly validations?: readonly {
    readonly col: number;
    readonly list: readonly string[];
    readonly rows: number;
    readonly from?: number;
  }[];
  /** Print-ready layout; sheets without it print as the host's defaults. */
  readonly print?: PrintSetup;
}

/** The row (0-based) of the header in an output sheet: title, then a blank row, then the header. */
export const OUTPUT_HEADER_ROW = 2;

/** The row between the title and the header: each column's note, if any column has one. */
export function noteRow(sheet: OutputSheet): (string | null)[] {
  return sheet.columns.some((c) => c.note) ? sheet.columns.map((c) => c.note ?? null) : [];
}

/** Text that ends the title of every sheet Kehou writes, by which it knows its own sheets. */
export const OWNED_MARK = "（由 Kehou 生成，重新运行会替换本表）";

export function isFormula(cell: OutputCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null;
}

/** Whether a sheet's first cell says Kehou wrote it. */
export function isOwnedTitle(firstCell: unknown): boolean {
  return typeof firstCell === "string" && firstCell.endsWith(OWNED_MARK);
}

/** The title row text of an output sheet. */
export function titleOf(sheet: OutputSheet): string {
  return sheet.owned === false ? sheet.title : `${sheet.title}${OWNED_MARK}`;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not blank. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  return clean === "" ? "Sheet" : clean;
}
