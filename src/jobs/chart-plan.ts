import type { OutputCell } from "./output-sheet";

/**
 * A chart Kehou draws, described as data (like `OutputSheet`): the .xlsx writer turns it into
 * a DrawingML chart bound to the cells named by `ref`, with `values` as the cached figures a
 * viewer shows without recalculating; the pane draws the same figures with ECharts.
 */
export interface ChartSpec {
  /** Clustered bars, stacked bars, or a line. */
  readonly kind: "bar" | "stacked" | "line";
  /** Bars run across (long Chinese school names stay readable) or stand up. */
  readonly horizontal: boolean;
  readonly title: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  /** A money axis: ¥ and thousands separators. */
  readonly money: boolean;
  readonly categories: { readonly ref?: string; readonly values: readonly string[] };
  readonly series: readonly ChartSeries[];
  /** Where it sits on the sheet: 0-based top-left column and row, and its size in cells. */
  readonly at: {
    readonly col: number;
    readonly row: number;
    readonly cols: number;
    readonly rows: number;
  };
}

export interface ChartSeries {
  readonly name: string;
  /** The cells it is bound to (`'汇总'!$M$4:$M$53`); without one, the figures are the series. */
  readonly ref?: string;
  /** A null is no figure (a month a school did not submit): a gap in a line, never a 0. */
  readonly values: readonly (number | null)[];
  /** An RGB colour (`C00000`) where the meaning asks for one (errors red); else the palette's. */
  readonly color?: string;
}

/** Colours told apart by the colour-blind too (Okabe–Ito), in series order. */
export const CHART_PALETTE = ["0072B2", "E69F00", "999999", "009E73", "CC79A7", "56B4E9"];

/**
 * Charts for one sheet: drawn on an existing sheet when `cells` is absent, else on a new
 * sheet holding those cells (0-based rows from A1), set up for A4 landscape with a page
 * break before each of `pageBreaks` (0-based rows).
 */
export interface ChartSheetPlan {
  readonly sheet: string;
  readonly charts: readonly ChartSpec[];
  readonly cells?: readonly (readonly OutputCell[])[];
  readonly pageBreaks?: readonly number[];
  readonly columnWidths?: readonly number[];
}
