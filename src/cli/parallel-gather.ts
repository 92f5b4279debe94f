import { existsSync } from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import type { Gathered } from "../jobs/consolidate/job";

/** The compiled worker beside this file; absent when running from TypeScript sources (tests). */
const WORKER = path.join(__dirname, "consolidate-worker.js");

/** How many threads reading workbooks pays for: KEHOU_READER_THREADS, else the machine's cores, at most 4. */
export function readerThreads(files: number): number {
  const asked = Number(process.env.KEHOU_READER_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, files);
  const cores =
    typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 4, files));
}

/**
 * Reads the files on worker threads (exceljs parsing is the cost, and it uses one core), each
 * thread one file at a time, results in the files' order. Undefined where threads do not
 * pay or are not available, so the caller reads them in turn instead.
 */
export async function gatherOnThreads(
  files: readonly string[],
  month: string | undefined,
  onProgress: (done: number, file: string) => void
): Promise<Gathered[] | undefined> {
  const threads = readerThreads(files.length);
  if (threads < 2 || !__filename.endsWith(".js") || !existsSync(WORKER)) return undefined;
  const results: Gathered[] = new Array(files.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(WORKER);
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, file: files[index], month });
        };
        worker.on("message", (m: { index: number; gathered: Gathered }) => {
          results[m.index] = m.gathered;
          onProgress(++done, files[m.index]);
          feed();
        });
        worker.on("error", reject);
        feed();
      });
    })
  );
  return results;
}
