import { promises as fs } from "fs";
import type { Gathered } from "../jobs/consolidate/job";
import { declaredContentBytes } from "../workbook/package/zip-read";
import type { ReadTask } from "./parallel-gather";
import { readTask } from "./read-task";

/**
 * The most a workbook's parts may declare to be read on the command's own thread, which has no
 * heap limit of its own: a 2,000-student school declares some 2.5 MB, so a school of 20,000
 * fits; a larger one, or a crafted one, is read on a reader thread under its limit.
 */
export const HERE_MAX_CONTENT_BYTES = 32 * 1024 * 1024;

/**
 * A task read on this thread (no reader thread to start and warm), or undefined for a file
 * left to a reader thread: a zip declaring more than `maxContent`, or any file that is not a
 * zip Kehou's reader follows (.xls/.et go to SheetJS), whose memory nothing here bounds. A file
 * that cannot be read at all is read here, where it becomes its error entry as on a thread.
 */
export async function readHere(
  task: ReadTask,
  maxContent: number = HERE_MAX_CONTENT_BYTES
): Promise<Gathered | undefined> {
  const bytes = await fs.readFile(task.file).catch(() => undefined);
  if (bytes !== undefined) {
    let declared: number | undefined;
    try {
      declared = declaredContentBytes(bytes);
    } catch {
      // A directory that trips the walk: a thread reads it, where a fault is the file's error.
      declared = undefined;
    }
    if (declared === undefined || declared > maxContent) return undefined;
  }
  // The bytes looked into are the ones read: the file is not read again.
  return (await readTask(task, bytes)).gathered;
}
