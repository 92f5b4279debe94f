import { parentPort } from "worker_threads";
import { gatherOne } from "../jobs/consolidate/job";
import { fileSource } from "./file-source";

/** A worker thread of `kehou consolidate`: reads the files it is given and sends back their figures. */
parentPort?.on("message", async (task: { index: number; file: string; month?: string }) => {
  const gathered = await gatherOne(fileSource(task.file), { month: task.month });
  parentPort?.postMessage({ index: task.index, gathered });
});
