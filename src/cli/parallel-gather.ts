import { formatMessage } from "../findings/messages/format";
import { CONSOLE_TEXT } from "../findings/messages/console";
import type { Profile } from "../policy/profile";
import { existsSync } from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import type { Gathered } from "../jobs/consolidate/job";
import { freshBundle, READER_BUNDLE } from "./cached-bundle";

/**
 * The compiled reader beside this file, started from its bundle where the build made one
 * (reader-start.js); undefined when running from TypeScript sources (tests).
 */
function compiledReader(): string | undefined {
  const compiled = "consolidate-worker.js";
  if (!__filename.endsWith(".js") || !existsSync(path.join(__dirname, compiled))) return undefined;
  const bundled = freshBundle(__dirname, READER_BUNDLE, compiled);
  return path.join(__dirname, bundled ? "reader-start.js" : compiled);
}

/**
 * The heap a reader thread may use. A 2,000-student school needs well under half of it; a file
 * that needs more (a crafted sheet) is an entry in `errors`, not the end of the batch.
 */
export const READER_HEAP_MB = 384;

/** What a reader thread is asked: one file, read for the month, with or without names. */
export interface ReadTask {
  readonly index: number;
  readonly file: string;
  readonly modified?: number;
  readonly month?: string;
  /** A range asked (`--month A..B`): a cumulative workbook is read for each month it holds. */
  readonly months?: readonly string[];
  readonly withNames?: boolean;
  readonly profile?: Profile;
}

/**
 * Files a reader thread must have for its start to pay on a core another reader's V8 helpers
 * use: its first files cost several times its later ones (V8 compiles the reading code anew in
 * each thread), about 0.9 s of CPU in all, against some 0.05 s a 2,000-student school warm.
 */
export const FILES_PER_SHARED_READER = 25;

const machineCores = () =>
  typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;

/**
 * How many threads reading workbooks pays for: KEHOU_READER_THREADS, else one per two cores
 * (a reader warming up keeps about one and a half busy: V8 compiles and collects for it on
 * helper threads), one per core only for a batch long enough to pay for each reader's
 * warm-up, at most 4 and never more than the files.
 */
export function readerThreads(files: number, cores: number = machineCores()): number {
  const asked = Number(process.env.KEHOU_READER_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.max(1, Math.min(asked, files));
  const paying = Math.max(Math.floor(cores / 2), Math.floor(files / FILES_PER_SHARED_READER));
  return Math.max(1, Math.min(cores, 4, files, paying));
}

/** Why a reader thread died on a file, for the file's entry in `errors`. */
function deathMessage(error: Error | undefined, code: number, heapMb: number): string {
  if ((error as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY")
    return formatMessage(CONSOLE_TEXT.readerOutOfMemory, { mb: heapMb });
  const why = error?.message ?? formatMessage(CONSOLE_TEXT.exitCode, { code });
  return formatMessage(CONSOLE_TEXT.readerDied, { why });
}

export interface ThreadOptions {
  /** The worker script (tests give their own); the compiled reader by default. */
  readonly worker?: string;
  readonly heapMb?: number;
  readonly threads?: number;
}

/**
 * Reads the files on worker threads (exceljs parsing is the cost, and it uses one core), each
 * thread one file at a time under a heap limit (`resourceLimits`), results in the files'
 * order. A thread that dies on a file (out of memory, a crash) makes that file an error
 * entry and is replaced; the batch goes on. Undefined where the compiled reader is not
 * available, so the caller reads the files in turn instead.
 */
export async function gatherOnThreads(
  tasks: readonly Omit<ReadTask, "index">[],
  onProgress: (done: number, file: string) => void,
  options: ThreadOptions = {}
): Promise<Gathered[] | undefined> {
  const script = options.worker ?? compiledReader();
  if (!script) return undefined;
  const heapMb = options.heapMb ?? READER_HEAP_MB;
  const threads = options.threads ?? readerThreads(tasks.length);
  const results: Gathered[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, gathered: Gathered) => {
    results[index] = gathered;
    onProgress(++done, tasks[index].file);
  };

  /** One reader thread's life: files until none are left, or until it dies on one. */
  const runThread = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script, {
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
      });
      let current: number | undefined;
      let failure: Error | undefined;
      const feed = () => {
        if (next >= tasks.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ ...tasks[current], index: current } satisfies ReadTask);
      };
      worker.on("message", (m: { index: number; gathered: Gathered }) => {
        finish(m.index, m.gathered);
        feed();
      });
      worker.on("error", (e) => (failure = e));
      worker.on("exit", (code) => {
        if (current === undefined) return resolve();
        finish(current, { file: tasks[current].file, error: deathMessage(failure, code, heapMb) });
        // The dead thread's place goes to a new one for the files still to read.
        resolve(next < tasks.length ? runThread() : undefined);
      });
      feed();
    });

  await Promise.all(Array.from({ length: Math.min(threads, tasks.length) }, runThread));
  return results;
}
