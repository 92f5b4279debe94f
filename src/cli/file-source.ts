import type { WorkbookSource } from "../jobs/consolidate/job";
import { openWorkbook } from "./open-workbook";

/**
 * A submitted workbook on disk, opened only when its turn comes; unreadable is an Error.
 * `bytes`: the file as already read, when it was.
 */
export function fileSource(file: string, modified?: number, bytes?: Buffer): WorkbookSource {
  return {
    file,
    ...(modified !== undefined ? { modified } : {}),
    load: async () => {
      const wb = await openWorkbook(file, bytes);
      return wb instanceof Error ? wb : wb.readSheets();
    },
  };
}
