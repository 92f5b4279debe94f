/* global Excel */
/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded) and a response
 * over 5 MB (ResponsePayloadSizeLimitExceeded); Kehou splits its reads and writes so each stays
 * under 4 MB (OFFICE-NOTES).
 */
export const PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

/** Bytes a queued action takes in a request besides its values: the object path and the call. */
export const ACTION_BYTES = 200;

/** Bytes a value takes on the wire, as JSON. */
export function payloadBytes(grid: unknown): number {
  return new TextEncoder().encode(JSON.stringify(grid)).length;
}

/** Rows per chunk so that a chunk of a grid and of its formats stays under the limit. */
export function rowsPerChunk(grid: readonly unknown[][], formats: readonly unknown[][]): number {
  if (grid.length === 0) return 1;
  const bytes = payloadBytes(grid) + payloadBytes(formats);
  return Math.max(1, Math.floor(grid.length / Math.ceil(bytes / PAYLOAD_LIMIT_BYTES)));
}

/**
 * Counts the bytes queued in a request and syncs first when `bytes` more would pass `limit`:
 * each request stays under it however many actions a job queues.
 */
export function requestRoom(
  context: Excel.RequestContext,
  limit = PAYLOAD_LIMIT_BYTES
): (bytes: number) => Promise<void> {
  let queued = 0;
  return async (bytes: number) => {
    if (queued > 0 && queued + bytes > limit) {
      await context.sync();
      queued = 0;
    }
    queued += bytes;
  };
}
