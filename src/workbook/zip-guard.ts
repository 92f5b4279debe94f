/** Refuse a workbook that would inflate past this, before inflating anything (a zip bomb). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Refuse a zip with more entries than any school workbook has. */
export const MAX_ENTRIES = 10_000;

/**
 * Reads a zip's central directory (no decompression) and says why the workbook must be
 * refused, or undefined when it may be opened: too many entries, or more than 200 MB once
 * inflated. Sizes are the ones the archive declares; a lying archive fails later in the
 * zip reader instead.
 */
export function zipBombReason(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined; // not a readable zip: the zip reader says so in its own words
  const entries = view.getUint16(eocd + 10, true);
  if (entries > MAX_ENTRIES) return `工作簿包含 ${entries} 个部件，超过上限 ${MAX_ENTRIES}`;
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries && offset + 46 <= bytes.length; n++) {
    if (view.getUint32(offset, true) !== 0x02014b50) break;
    total += view.getUint32(offset + 24, true);
    if (total > MAX_UNCOMPRESSED_BYTES) {
      return `工作簿解压后超过 ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB，可能是异常文件（压缩炸弹），已拒绝打开`;
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return undefined;
}
