/** The document side of the strict Office fake: sheets and cells as Excel holds them. */
import type { CellValue } from "../../src/sheets/grid";
import type { ChartData } from "./office-fake-charts";

export interface Cell {
  value: CellValue;
  formula?: string;
  format: string;
  fill?: string;
  /**
   * A fill's pattern, its colour and the tints (RangeFill.pattern, patternColor, tintAndShade,
   * patternTintAndShade, ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.rangefill);
   * clear() removes them with the colour.
   */
  pattern?: string;
  patternColor?: string;
  tint?: number;
  patternTint?: number;
}

export interface TableData {
  name: string;
  address: string;
  style?: string;
}

export class SheetData {
  cells: Cell[][] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** A protected sheet refuses edits: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection */
  protected = false;
  /** Cells ("row,col", 0-based) unlocked before the sheet was protected: still editable. */
  unlocked = new Set<string>();
  frozenRows = 0;
  active = false;
  tables: TableData[] = [];
  validations: { address: string; rule: unknown }[] = [];
  bold = new Set<string>();
  /** Alignment and wrap set on ranges (RangeFormat), by address. */
  alignment = new Map<string, { horizontal?: string; vertical?: string; wrap?: boolean }>();
  /** Ranges merged (Range.merge), font sizes and border edges set, by address. */
  merged: string[] = [];
  fontSize = new Map<string, number>();
  borders = new Map<string, Set<string>>();
  /** First rows of the ranges whose row heights were autofitted. */
  autofitted: number[] = [];
  /** Worksheet.pageLayout as set, and the print area set through setPrintArea. */
  pageLayout: Record<string, unknown> = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    centerHorizontally: false,
    printArea: "",
    printTitleRows: "",
  };
  /** Charts drawn on the sheet. */
  charts: ChartData[] = [];
  /** Column widths set, in points, by 0-based column. */
  columnWidths = new Map<number, number>();
  /** Addresses given to horizontalPageBreaks.add, in order. */
  pageBreaks: string[] = [];
  constructor(public name: string) {}

  cell(r: number, c: number): Cell {
    this.cells[r] ??= [];
    return (this.cells[r][c] ??= { value: "", format: "General" });
  }

  peek(r: number, c: number): Cell | undefined {
    return this.cells[r]?.[c];
  }

  /**
   * The used range's corners; with `valuesOnly`, only cells holding a value count, else
   * formatted cells too. It starts wherever the data starts:
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)
   */
  usedBounds(valuesOnly: boolean): { r: number; c: number; rows: number; cols: number } | null {
    let [r1, c1, r2, c2] = [Infinity, Infinity, -1, -1];
    this.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const used =
          (cell.value !== "" && cell.value !== null) ||
          cell.formula !== undefined ||
          (!valuesOnly && (cell.format !== "General" || cell.fill !== undefined));
        if (!used) return;
        [r1, c1, r2, c2] = [Math.min(r1, r), Math.min(c1, c), Math.max(r2, r), Math.max(c2, c)];
      })
    );
    return r2 < 0 ? null : { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
}

/** 0-based column of letters: "C" → 2. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** An A1 address ("C4", "A1:B2", "A:A") as 0-based corners; whole columns span every row. */
export function parseAddress(
  address: string
): { r: number; c: number; rows: number; cols: number } | undefined {
  const cols = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
  if (cols) {
    const [c1, c2] = [columnIndex(cols[1]), columnIndex(cols[2])];
    return { r: 0, c: c1, rows: 1_048_576, cols: c2 - c1 + 1 };
  }
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address);
  if (!m) return undefined;
  const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [r1, c1];
  return { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** Splits "'My Sheet'!A1" or "Sheet1!A1" into sheet and address. */
export function splitSheetAddress(ref: string): { sheet?: string; address: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return { address: ref };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3] };
}
