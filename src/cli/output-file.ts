import { randomBytes } from "crypto";
import { constants, promises as fs } from "fs";
import path from "path";
import { writeErrorMessage } from "./file-errors";

/** Options of `publish`. */
export interface PublishOptions {
  /** Replace a file already at the target; without it the target must not exist at the end. */
  readonly force: boolean;
}

/** When this process started: temporary files of dead runs older than this are removed. */
const RUN_STARTED = Date.now() - Math.round(process.uptime() * 1000);

/** The temporary file's name beside `target`: hidden, named after the target and this run. */
export function tempName(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.kehou-${process.pid}-${Date.now()}-${randomBytes(4).toString("hex")}.tmp`
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files a killed run left beside `target`: ones of this name pattern,
 * older than this run, whose process is gone. Never fails a run.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.kehou-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = name.startsWith(prefix)
      ? /^(\d+)-\d+(-[0-9a-f]+)?\.tmp$/.exec(name.slice(prefix.length))
      : null;
    if (!m) continue;
    const file = path.join(dir, name);
    try {
      const stat = await fs.stat(file);
      if (stat.mtimeMs >= RUN_STARTED || (Number(m[1]) !== process.pid && isAlive(Number(m[1]))))
        continue;
      await fs.rm(file, { force: true });
      removed.push(file);
    } catch {
      // another run removed it first
    }
  }
  return removed;
}

/**
 * Writes `bytes` to `target` so that no reader ever sees half a file and nothing is replaced
 * by surprise: the bytes go to a temporary file beside the target, are flushed to disk
 * (fsync), then linked into place (fails if the target appeared meanwhile) or, with
 * `force`, renamed over it. Resolves to undefined when written, or to an Error with a
 * one-line Chinese message naming the path; the temporary file is removed either way.
 *
 * @example await publish(bytes, "收费表.xlsx", { force: false }) //=> undefined
 */
export async function publish(
  bytes: Uint8Array,
  target: string,
  options: PublishOptions
): Promise<Error | undefined> {
  await removeStaleTemps(target);
  const temp = tempName(target);
  let created = false;
  try {
    const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) await fs.rename(temp, target);
    else await linkExclusive(temp, target);
    await syncFolder(path.dirname(target));
    return undefined;
  } catch (e) {
    return new Error(writeErrorMessage(e, target, options.force));
  } finally {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Puts `temp` at `target` only if nothing is there: a hard link, which fails when the target
 * exists. Where the file system has no hard links (FAT and exFAT USB sticks), the name is
 * claimed with an exclusive create and the finished file renamed over that empty claim, so a
 * reader still never sees half a workbook.
 */
async function linkExclusive(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"].includes(code ?? "")) throw e;
    await (await fs.open(target, "wx")).close();
    await fs.rename(temp, target);
  }
}

/** Flushes a folder's entries, so the rename or link survives a power cut; best effort. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not every file system lets a folder be opened or synced
  }
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
async function realPathOf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/**
 * Whether two paths name the same file: same real path (symlinks, `..`, a symlinked folder)
 * or, when both exist, the same device and inode (hard links, bind mounts).
 *
 * @example await sameFile("B/real/s.xlsx", "B/link/s.xlsx") //=> true when link → real
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realPathOf(a)) === (await realPathOf(b))) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
