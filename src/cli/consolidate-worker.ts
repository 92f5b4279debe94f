import { parentPort } from "worker_threads";
import { gatherOne } from "../jobs/consolidate/job";
import { fileSource } from "./file-source";
import type { ReadTask } from "./parallel-gather";

/**
 * A reader thread of `kehou consolidate`: reads the files it is given, one at a time, and
 * sends back their figures only (names taken out unless asked for).
 */
parentPort?.on("message", async (task: ReadTask) => {
  const gathered = await gatherOne(fileSource(task.file, task.modified), {
    month: task.month,
    months: task.months,
    withNames: task.withNames,
    profile: task.profile,
  });
  parentPort?.postMessage({ index: task.index, gathered });
});
