import { gatherOne, type Gathered } from "../jobs/consolidate/job";
import { fileSource } from "./file-source";
import type { ReadTask } from "./parallel-gather";

/**
 * One file read for a task: its figures only (names taken out unless asked for). `bytes`: the
 * file as already read, when it was.
 */
export async function readTask(
  task: ReadTask,
  bytes?: Buffer
): Promise<{ index: number; gathered: Gathered }> {
  const gathered = await gatherOne(fileSource(task.file, task.modified, bytes), {
    month: task.month,
    months: task.months,
    withNames: task.withNames,
    profile: task.profile,
  });
  return { index: task.index, gathered };
}
