import type { FormPrint } from "./output-sheet";

/** The thin edges drawn around one cell of a printed form. */
export interface Edges {
  readonly top: boolean;
  readonly bottom: boolean;
  readonly left: boolean;
  readonly right: boolean;
}

/** A framed cell's key: its 0-based row and column. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/**
 * The edges of every framed cell of a form, for `width` columns: each frame is a ruled block
 * (every cell boxed), except its first row, the notice's heading, drawn as one box across.
 */
export function frameEdges(print: FormPrint, width: number): Map<string, Edges> {
  const edges = new Map<string, Edges>();
  for (const f of print.frames ?? [])
    for (let r = f.firstRow; r <= f.lastRow; r++)
      for (let c = 0; c < width; c++) {
        const heading = r === f.firstRow;
        edges.set(cellKey(r, c), {
          top: true,
          bottom: true,
          left: !heading || c === 0,
          right: !heading || c === width - 1,
        });
      }
  return edges;
}

/** The emphasised cells of a form (the amount a family pays), by key. */
export function emphasised(print: FormPrint): Set<string> {
  return new Set((print.emphasis ?? []).map((e) => cellKey(e.row, e.col)));
}
