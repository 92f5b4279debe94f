import { formatMessage } from "../findings/messages/format";
import { CONSOLE_TEXT } from "../findings/messages/console";
import { promises as nodeFs, type Stats } from "fs";
import path from "path";

/** The file system calls the walk makes; a test may inject a failing one (EACCES as root). */
export interface WalkFs {
  realpath(p: string): Promise<string>;
  stat(p: string): Promise<Stats>;
  lstat(p: string): Promise<Stats>;
  readdir(p: string): Promise<string[]>;
}

export const NODE_FS: WalkFs = {
  realpath: (p) => nodeFs.realpath(p),
  stat: (p) => nodeFs.stat(p),
  lstat: (p) => nodeFs.lstat(p),
  readdir: (p) => nodeFs.readdir(p),
};

/** A path given or found that is not read, and why (in Chinese). */
export interface Skipped {
  readonly file: string;
  readonly message: string;
  /** A link left unfollowed (a loop, out of the folder, the same file twice), else unreadable. */
  readonly kind: "link" | "unreadable";
}

/** What the walk found: the files to read, what it skipped, and the inputs' real identities. */
export interface Collected {
  readonly files: string[];
  /** Each file's modification time (ms), by path. */
  readonly modified: Map<string, number>;
  readonly missing: string[];
  readonly skipped: Skipped[];
  /** Real paths of the folders given and of every file to read, and their device:inode. */
  readonly inputs: { readonly dirs: string[]; readonly files: string[]; readonly ids: Set<string> };
}

const idOf = (s: Stats) => `${s.dev}:${s.ino}`;
const inside = (real: string, roots: readonly string[]) =>
  roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));

/**
 * The files named on the command line, folders walked recursively by real path, in a stable
 * order: each real folder and file visited once, no link followed out of the folders given
 * (a loop such as `up -> ..` is one visit, not forty). Every regular file is included (a .xls
 * or .csv becomes an error entry later); hidden files and Office lock files (~$…) are left
 * out. A folder that cannot be read is skipped and said, never the end of the run.
 */
export async function collectFiles(
  args: readonly string[],
  fs: WalkFs = NODE_FS
): Promise<Collected> {
  const files: string[] = [];
  const modified = new Map<string, number>();
  const missing: string[] = [];
  const skipped: Skipped[] = [];
  const dirs: string[] = [];
  const realFiles: string[] = [];
  const ids = new Set<string>();
  const seenDirs = new Set<string>();
  const seenFiles = new Map<string, string>();
  const roots: string[] = [];

  const addFile = (shown: string, real: string, stat: Stats) => {
    const id = idOf(stat);
    const first = seenFiles.get(id);
    if (first !== undefined) {
      if (first !== shown)
        skipped.push({
          file: shown,
          message: formatMessage(CONSOLE_TEXT.sameFileOnce, { first }),
          kind: "link",
        });
      return;
    }
    seenFiles.set(id, shown);
    ids.add(id);
    realFiles.push(real);
    files.push(shown);
    modified.set(shown, stat.mtimeMs);
  };

  async function walkDir(shown: string, real: string, stat: Stats): Promise<void> {
    const id = idOf(stat);
    if (seenDirs.has(id)) return;
    seenDirs.add(id);
    ids.add(id);
    let names: string[];
    try {
      names = await fs.readdir(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      skipped.push({
        file: shown,
        message: formatMessage(CONSOLE_TEXT.folderUnreadable, { code }),
        kind: "unreadable",
      });
      return;
    }
    for (const name of names.filter((n) => !n.startsWith(".") && !n.startsWith("~$")).sort())
      await walkEntry(path.join(shown, name), path.join(real, name));
  }

  async function walkEntry(shown: string, real: string): Promise<void> {
    let stat: Stats;
    try {
      const link = await fs.lstat(real);
      if (link.isSymbolicLink()) {
        const target = await fs.realpath(real).catch(() => undefined);
        if (target === undefined)
          return void skipped.push({
            file: shown,
            message: formatMessage(CONSOLE_TEXT.linkDangling),
            kind: "link",
          });
        if (!inside(target, roots))
          return void skipped.push({
            file: shown,
            message: formatMessage(CONSOLE_TEXT.linkOutside, { target }),
            kind: "link",
          });
        stat = await fs.stat(target);
        if (stat.isDirectory() && seenDirs.has(idOf(stat)))
          return void skipped.push({
            file: shown,
            message: formatMessage(CONSOLE_TEXT.linkLoop),
            kind: "link",
          });
        real = target;
      } else stat = link;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      const message = formatMessage(CONSOLE_TEXT.entryUnreadable, { code });
      return void skipped.push({ file: shown, message, kind: "unreadable" });
    }
    if (stat.isDirectory()) await walkDir(shown, real, stat);
    else if (stat.isFile()) addFile(shown, real, stat);
  }

  const given: { arg: string; real?: string; stat?: Stats }[] = [];
  for (const arg of args) {
    const real = await fs.realpath(arg).catch(() => undefined);
    const stat = real === undefined ? undefined : await fs.stat(real).catch(() => undefined);
    given.push({ arg, real, stat });
    if (real !== undefined && stat?.isDirectory()) (roots.push(real), dirs.push(real));
  }
  for (const { arg, real, stat } of given) {
    if (real === undefined || !stat) missing.push(arg);
    else if (stat.isDirectory()) await walkDir(arg, real, stat);
    else if (stat.isFile()) addFile(arg, real, stat);
  }
  return { files, modified, missing, skipped, inputs: { dirs, files: realFiles, ids } };
}
