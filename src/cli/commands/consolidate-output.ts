import { formatMessage } from "../../findings/messages/format";
import { CONSOLE_TEXT, type ConsoleKey } from "../../findings/messages/console";
import { promises as fs } from "fs";
import path from "path";
import { writeErrorMessage } from "../file-errors";

/** The inputs of a run by their real identities: folders, files and their device:inode. */
export interface InputIdentities {
  readonly dirs: readonly string[];
  readonly files: readonly string[];
  readonly ids: ReadonlySet<string>;
}

const REFUSED = (output: string, why: ConsoleKey) =>
  new Error(
    formatMessage(CONSOLE_TEXT.outputIsReported, {
      file: output,
      why: formatMessage(CONSOLE_TEXT[why]),
    })
  );

/** An output whose folder is not there: not a usage mistake, an output that cannot be written. */
export class OutputNotWritable extends Error {}

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
  // Said as every job says an output it could not write (exit 1), before anything is read.
  if (parent === undefined)
    return new OutputNotWritable(writeErrorMessage({ code: "ENOENT" }, output, false));
  const entry = path.join(parent, path.basename(output));
  const target = await fs.realpath(entry).catch(() => undefined);
  for (const real of [entry, target]) {
    if (real === undefined) continue;
    if (inputs.files.includes(real)) return REFUSED(output, "outputIsReportedFile");
    if (inputs.dirs.some((d) => within(real, d))) return REFUSED(output, "outputInReportedFolder");
  }
  for (const p of [entry, target]) {
    const stat = p === undefined ? undefined : await fs.stat(p).catch(() => undefined);
    if (stat && inputs.ids.has(`${stat.dev}:${stat.ino}`))
      return REFUSED(output, "outputLinksReportedFile");
  }
  for (let dir = parent; ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat && inputs.ids.has(`${stat.dev}:${stat.ino}`))
      return REFUSED(output, "outputInReportedFolder");
    if (path.dirname(dir) === dir) break;
  }
  return undefined;
}
