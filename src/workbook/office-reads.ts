/* global Excel */
import type { CellValue, SheetGrid } from "../sheets/grid";
import { PAYLOAD_LIMIT_BYTES } from "./office-payload";

/** A guess of the bytes a cell's value and number format take in a response, JSON-encoded. */
const BYTES_PER_CELL = 24;

interface Block {
  readonly ws: Excel.Worksheet;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface Loaded {
  readonly block: Block;
  readonly values: CellValue[][];
  readonly formats: string[][];
}

function isPayloadError(e: unknown): boolean {
  return (e as { code?: string })?.code === "RequestPayloadSizeLimitExceeded";
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

/**
 * Reads the used ranges (already sized) of every sheet: row blocks whose expected response
 * stays under the payload limit, as few syncs as that allows (one for a school of a few
 * thousand students). A used range may start anywhere; the grid keeps cells where they are.
 */
export async function readUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly { ws: Excel.Worksheet; range: Excel.Range }[]
): Promise<SheetGrid[]> {
  const blocks: Block[] = [];
  for (const { ws, range } of sheets) {
    if (range.isNullObject) continue;
    const perBlock = Math.max(
      1,
      Math.floor(PAYLOAD_LIMIT_BYTES / (range.columnCount * BYTES_PER_CELL))
    );
    for (let r = 0; r < range.rowCount; r += perBlock)
      blocks.push({
        ws,
        row: range.rowIndex + r,
        col: range.columnIndex,
        rows: Math.min(perBlock, range.rowCount - r),
        cols: range.columnCount,
      });
  }
  const groups: Block[][] = [];
  let bytes = Infinity;
  for (const b of blocks) {
    const size = b.rows * b.cols * BYTES_PER_CELL;
    if (bytes + size > PAYLOAD_LIMIT_BYTES) (groups.push([]), (bytes = 0));
    groups[groups.length - 1].push(b);
    bytes += size;
  }
  const loaded: Loaded[] = [];
  for (const g of groups) loaded.push(...(await loadBlocks(context, g)));
  return sheets.map(({ ws }) => {
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (const { block, values: v, formats } of loaded.filter((l) => l.block.ws === ws)) {
      const lead = Array.from({ length: block.col }, () => null);
      v.forEach((row, i) => {
        values[block.row + i] = [...lead, ...row];
        numberFormats[block.row + i] = [...lead.map(() => "General"), ...formats[i]];
      });
    }
    for (let r = 0; r < values.length; r++) ((values[r] ??= []), (numberFormats[r] ??= []));
    return { name: ws.name, values, numberFormats };
  });
}
