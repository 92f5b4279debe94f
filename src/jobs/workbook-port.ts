import type { Severity } from "../policy/service-window";
import type { SheetGrid } from "../sheets/grid";
import type { ChartSheetPlan } from "./chart-plan";
import type { OutputSheet } from "./output-sheet";

/**
 * The one small interface every job reads and writes through, so the ribbon, the browser
 * page and the command line run the same code. Adapters: Office.js, .xlsx files, memory.
 */
export interface WorkbookPort {
  /** Every sheet's whole used range (values and number formats), read in one go. */
  readSheets(): Promise<SheetGrid[]>;
  /**
   * Writes Kehou's sheets: a sheet of the same name that Kehou wrote before is replaced; a
   * user's sheet of that name is left alone and ours gets a free name. Returns the names used.
   */
  writeSheets(sheets: readonly OutputSheet[]): Promise<string[]>;
  /**
   * Marks cells of the user's sheets with a fill colour and a note (breach highlighting, on
   * the user's request), first clearing every mark Kehou made before and restoring what was
   * there. An empty list just clears. A cell with a note of the user's own keeps it (it is
   * only coloured): those marks are returned, for the findings sheet to say so, with those
   * past NOTES_CAP where an adapter caps its notes (`unnoted`).
   */
  markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]>;
  /**
   * Sets cells of one of the user's sheets, creating the sheet at the end when it is missing:
   * only for what the user asked to change (the pane's settings form).
   */
  setCells(sheet: string, cells: readonly CellWrite[]): Promise<void>;
  /**
   * Native charts bound to cells Kehou wrote (a plan with cells gets its own sheet): each
   * adapter draws what its host can (Office.js in Excel, DrawingML in an .xlsx when saved);
   * one without charts leaves this out, and the pane still shows the figures.
   */
  drawCharts?(plans: readonly (ChartSheetPlan | undefined)[]): Promise<void>;
}

/** A value to put in a cell, 0-based row and column. */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
}

/** A cell to highlight: where, how bad, and the note to leave on it. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly note: string;
  /**
   * On a mark markCells returns: why the cell got no note of Kehou's, when not for a note of
   * the user's own: past the number of notes a file can carry.
   */
  readonly unnoted?: "too-many";
}

/**
 * The notes Kehou leaves in a file at most; the cells past them are coloured only, and the
 * findings sheet says so. A note costs a file about 800 bytes once inflated (its VML box and
 * its comment), so 220,000 would pass the zip guard's 200 MB and the copy could never be
 * read again to unmark it.
 */
export const NOTES_CAP = 10_000;

/** The hidden sheet where an adapter remembers the marks it made and what the cells had before. */
export const MARKS_SHEET = "Kehou标记";

/** Fill colours of marks, by severity (Office's light red, yellow, blue). */
export const MARK_COLORS: Record<Severity, string> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};
