import { parentPort } from "worker_threads";
import type { ReadTask } from "./parallel-gather";
import { readTask } from "./read-task";

export { readTask };

// Files are read one after another, in the order sent: a thread may be sent its next file
// before it is done with one, and a thread that dies is dying on the first it has not answered.
let reading: Promise<unknown> = Promise.resolve();

/**
 * A reader thread of `kehou consolidate`: reads the files it is given, one at a time, and
 * sends back their figures.
 */
parentPort?.on("message", (task: ReadTask) => {
  reading = reading.then(async () => parentPort?.postMessage(await readTask(task)));
});
