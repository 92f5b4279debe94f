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
 * How many threads reading workbooks pays for, the command's own among them (so one starts no
 * reader thread): KEHOU_READER_THREADS, else one per two cores (a reader warming up keeps
 * about one and a half busy: V8 compiles and collects for it on helper threads), one per core
 * only for a batch long enough to pay for each reader's warm-up, at most 4 and never more than
 * the files.
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
  /** Reader threads started at once, besides this thread where `here` reads too. */
  readonly threads?: number;
  /**
   * This thread's own reading: a task's figures, or undefined for a file it leaves to a reader
   * thread (one is started for it where none is running).
   */
  readonly here?: (task: ReadTask) => Promise<Gathered | undefined>;
}

/**
 * Reads the files on worker threads, and on this one too with `here`, each thread one file at
 * a time (a thread under a heap limit, `resourceLimits`), results in the files' order. A
 * thread that dies on a file (out of memory, a crash) makes that file an error entry and is
 * replaced; the batch goes on. Undefined where the compiled reader is not available, so the
 * caller reads the files in turn instead.
 */
export async function gatherOnThreads(
  tasks: readonly Omit<ReadTask, "index">[],
  onProgress: (done: number, file: string) => void,
  options: ThreadOptions = {}
): Promise<Gathered[] | undefined> {
  const script = options.worker ?? compiledReader();
  if (!script) return undefined;
  const { here } = options;
  const heapMb = options.heapMb ?? READER_HEAP_MB;
  const results: Gathered[] = new Array(tasks.length);
  const waiting = tasks.map((_, i) => i);
  // Files `here` left: only a reader thread takes them.
  const left: number[] = [];
  // While this thread reads, it answers a reader's messages only between its own files: a
  // reader is sent its next file ahead, so it never waits for that.
  const ahead = here ? 2 : 1;
  const threads: Promise<void>[] = [];
  let live = 0;
  let done = 0;
  const finish = (index: number, gathered: Gathered) => {
    results[index] = gathered;
    onProgress(++done, tasks[index].file);
  };
  const taskOf = (index: number): ReadTask => ({ ...tasks[index], index });

  /** One reader thread's life: files until none are left, or until it dies on one. */
  const runThread = (): Promise<void> =>
    new Promise<void>((resolve) => {
      live++;
      const worker = new Worker(script, {
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
      });
      const sent: number[] = [];
      let failure: Error | undefined;
      const feed = () => {
        while (sent.length < ahead && left.length + waiting.length > 0) {
          const index = (left.length > 0 ? left : waiting).shift()!;
          sent.push(index);
          worker.postMessage(taskOf(index));
        }
        if (sent.length > 0) return;
        // Counted out now, not at its exit: a file left meanwhile must start another thread.
        live--;
        void worker.terminate();
      };
      worker.on("message", (m: { index: number; gathered: Gathered }) => {
        sent.splice(sent.indexOf(m.index), 1);
        finish(m.index, m.gathered);
        feed();
      });
      worker.on("error", (e) => (failure = e));
      worker.on("exit", (code) => {
        if (sent.length === 0) return resolve();
        live--;
        // It reads in the order sent: the first unanswered file is the one it died on; the
        // rest go back to be read again.
        const [dead, ...unread] = sent;
        finish(dead, { file: tasks[dead].file, error: deathMessage(failure, code, heapMb) });
        left.unshift(...unread);
        // The dead thread's place goes to a new one for the files still to read.
        resolve(left.length + waiting.length > 0 ? runThread() : undefined);
      });
      feed();
    });
  const startThread = () => void threads.push(runThread());

  const first = Math.min(options.threads ?? readerThreads(tasks.length), tasks.length);
  for (let i = 0; i < first; i++) startThread();
  if (here)
    for (let index = waiting.shift(); index !== undefined; index = waiting.shift()) {
      const gathered = await here(taskOf(index));
      if (gathered) finish(index, gathered);
      else {
        left.push(index);
        if (live === 0) startThread();
      }
    }
  // Threads started while waiting are waited for too.
  for (let i = 0; i < threads.length; i++) await threads[i];
  return results;
}
