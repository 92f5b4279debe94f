/* global Excel */
import type { CellBlock } from "../jobs/sheet-layout";
import type { CellValue, SheetGrid } from "../sheets/grid";
import { PAYLOAD_LIMIT_BYTES, payloadBytes } from "./office-payload";
import { hostGrid } from "./host-grid";

/**
 * Bytes a cell's value and number format take in a response, JSON-encoded, before any cell of
 * the sheet has been read; after its first block a sheet is budgeted by what its cells took.
 */
const FIRST_BYTES_PER_CELL = 24;

interface Block extends CellBlock {
  readonly ws: Excel.Worksheet;
}

interface Loaded {
  readonly block: Block;
  readonly values: CellValue[][];
  readonly formats: string[][];
}

/**
 * Excel refuses a load whose answer is over 5 MB with ResponsePayloadSizeLimitExceeded (and a
 * request over 5 MB with RequestPayloadSizeLimitExceeded): either means "load less at once".
 */
function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Loads blocks in one sync; when Excel refuses the response as too big, loads each half in
 * its own sync (a block of one row that is still too big is an error to report).
 */
async function loadBlocks(context: Excel.RequestContext, blocks: Block[]): Promise<Loaded[]> {
  const ranges = blocks.map((b) => {
    const range = b.ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
    range.load("values,numberFormat");
    return range;
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    if (blocks.length > 1) {
      const half = Math.ceil(blocks.length / 2);
      return [
        ...(await loadBlocks(context, blocks.slice(0, half))),
        ...(await loadBlocks(context, blocks.slice(half))),
      ];
    }
    const [b] = blocks;
    if (b.rows < 2) throw e;
    const top = Math.ceil(b.rows / 2);
    return loadBlocks(context, [
      { ...b, rows: top },
      { ...b, row: b.row + top, rows: b.rows - top },
    ]);
  }
  return ranges.map((range, i) => ({
    block: blocks[i],
    values: range.values as CellValue[][],
    formats: range.numberFormat as string[][],
  }));
}

/** What is still to read of one sheet's used range, and what its cells took so far. */
interface Pending {
  readonly ws: Excel.Worksheet;
  readonly range: Excel.Range;
  next: number;
  bytes: number;
  cells: number;
  /** Bytes per cell to plan the first block with. */
  readonly guess: number;
}

/** Bytes per cell to plan a sheet's next block with: what its read cells took, or a first guess. */
function perCell(p: Pending): number {
  return p.cells > 0 ? Math.max(1, p.bytes / p.cells) : p.guess;
}

/**
 * Reads the used ranges (already sized) of every sheet: row blocks whose expected response
 * stays under the payload limit, as few syncs as that allows (one for a school of a few
 * thousand students). A sheet known to hold long text can say how much a cell takes at first
 * (`bytesPerCell`). Each sheet is budgeted by the real size of the cells read from it so
 * far (a findings sheet of long sentences takes far more than a roster), and a load Excel
 * still refuses as too big is split. A used range may start anywhere; the grid keeps cells
 * where they are, dates as `hostGrid` reads them (of a 1904 workbook when `date1904`).
 */
export async function readUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly { ws: Excel.Worksheet; range: Excel.Range; bytesPerCell?: number }[],
  date1904 = false
): Promise<SheetGrid[]> {
  const pending: Pending[] = sheets
    .filter(({ range }) => !range.isNullObject)
    .map(({ ws, range, bytesPerCell }) => ({
      ws,
      range,
      next: 0,
      bytes: 0,
      cells: 0,
      guess: bytesPerCell ?? FIRST_BYTES_PER_CELL,
    }));
  const loaded: Loaded[] = [];
  while (pending.some((p) => p.next < p.range.rowCount)) {
    const group: Block[] = [];
    let room = PAYLOAD_LIMIT_BYTES;
    for (const p of pending) {
      const { range } = p;
      const left = range.rowCount - p.next;
      if (left <= 0) continue;
      const rowBytes = range.columnCount * perCell(p);
      const rows = Math.min(left, Math.floor(room / rowBytes));
      if (rows < 1 && group.length > 0) break;
      const take = Math.max(1, rows);
      group.push({
        ws: p.ws,
        row: range.rowIndex + p.next,
        col: range.columnIndex,
        rows: take,
        cols: range.columnCount,
      });
      p.next += take;
      room -= take * rowBytes;
      if (room <= 0) break;
    }
    const got = await loadBlocks(context, group);
    for (const l of got) {
      const p = pending.find((x) => x.ws === l.block.ws)!;
      p.bytes += payloadBytes(l.values) + payloadBytes(l.formats);
      p.cells += l.block.rows * l.block.cols;
    }
    loaded.push(...got);
  }
  return sheets.map(({ ws }) =>
    hostGrid(
      ws.name,
      loaded
        .filter((l) => l.block.ws === ws)
        .map((l) => ({ row: l.block.row, col: l.block.col, values: l.values, formats: l.formats })),
      date1904
    )
  );
}
