import { promises as fs } from "fs";
import path from "path";

/** The inputs of a run by their real identities: folders, files and their device:inode. */
export interface InputIdentities {
  readonly dirs: readonly string[];
  readonly files: readonly string[];
  readonly ids: ReadonlySet<string>;
}

const REFUSED = (output: string, what: string) =>
  new Error(
    `不能写出到「${output}」：它${what}。汇总从不改动各校报送的文件，请把输出文件放在报送文件夹之外`
  );

const within = (real: string, dir: string) =>
  real === dir || real.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/**
 * The rule of `consolidate -o`: the output may never be, or replace, any input
 * file, nor lie inside an input folder, however it is spelled or linked. Compared by real
 * path and by device and inode, both for the entry a save replaces (real folder + name) and
 * for what a link there points at, and for every folder above it (a bind mount or a
 * case-insensitive spelling of an input folder).
 */
export async function outputIsInput(
  output: string,
  inputs: InputIdentities
): Promise<Error | undefined> {
  const parent = await fs.realpath(path.dirname(path.resolve(output))).catch(() => undefined);
  if (parent === undefined) return new Error(`输出文件夹不存在：「${path.dirname(output)}」`);
  const entry = path.join(parent, path.basename(output));
  const target = await fs.realpath(entry).catch(() => undefined);
  for (const real of [entry, target]) {
    if (real === undefined) continue;
    if (inputs.files.includes(real)) return REFUSED(output, "就是一份报送的文件");
    if (inputs.dirs.some((d) => within(real, d))) return REFUSED(output, "在报送文件夹之内");
  }
  for (const p of [entry, target]) {
    const stat = p === undefined ? undefined : await fs.stat(p).catch(() => undefined);
    if (stat && inputs.ids.has(`${stat.dev}:${stat.ino}`))
      return REFUSED(output, "与一份报送的文件是同一个文件（链接）");
  }
  for (let dir = parent; ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat && inputs.ids.has(`${stat.dev}:${stat.ino}`))
      return REFUSED(output, "在报送文件夹之内");
    if (path.dirname(dir) === dir) break;
  }
  return undefined;
}
