import type { OutputCell, FormPrint } from "./output-sheet";

/** The thin edges drawn around one cell of a printed form. */
export interface Edges {
  readonly top: boolean;
  readonly bottom: boolean;
  readonly left: boolean;
  readonly right: boolean;
}

/** Row heights of a framed notice, in points: a little taller than a sheet's 15, the amount taller still. */
export const FRAMED_ROW_POINTS = 17;
export const EMPHASIS_ROW_POINTS = 24;

/** A framed cell's key: its 0-based row and column. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

const filled = (cell: OutputCell | undefined) => cell !== null && cell !== undefined && cell !== "";

/**
 * The edges of every framed cell of a form, for `width` columns, `rowAt` giving a sheet row's
 * cells (0-based sheet rows): each frame is a ruled block, every row boxed; a line between two
 * columns is drawn only where a later cell of the row holds something, so a text running on
 * to the right edge (a heading, 说明) is never crossed by a line.
 */
export function frameEdges(
  print: FormPrint,
  width: number,
  rowAt: (row: number) => readonly OutputCell[] | undefined
): Map<string, Edges> {
  const edges = new Map<string, Edges>();
  for (const f of print.frames ?? [])
    for (let r = f.firstRow; r <= f.lastRow; r++) {
      const cells = rowAt(r) ?? [];
      // The line before column c: drawn when column c or a later one has something.
      const split = (c: number) => cells.slice(c).some(filled);
      for (let c = 0; c < width; c++)
        edges.set(cellKey(r, c), {
          top: true,
          bottom: true,
          left: c === 0 || split(c),
          right: c === width - 1 || split(c + 1),
        });
    }
  return edges;
}

/** A framed form row's height in points, undefined for rows outside the frames. */
export function framedRowPoints(print: FormPrint, row: number): number | undefined {
  if (!(print.frames ?? []).some((f) => row >= f.firstRow && row <= f.lastRow)) return undefined;
  return (print.emphasis ?? []).some((e) => e.row === row)
    ? EMPHASIS_ROW_POINTS
    : FRAMED_ROW_POINTS;
}
