import { finding, type Finding } from "../findings/finding";
import { CONSOLE_TEXT } from "../findings/messages/console";
import { formatMessage } from "../findings/messages/format";
import { promises as fs } from "fs";
import type { Profile } from "../policy/profile";
import { builtInProfile } from "../policy/profiles";
import { readProfileFile } from "../sheets/profile-file";
import { findingsText } from "./findings-text";
import { sameFile } from "./output-file";

/**
 * `--policy ""` (an empty variable in a script) or --policy without a value: a usage mistake,
 * as `-o ""` is, never a file that could not be read.
 */
export function policyUsageError(value: string | boolean | undefined): Error | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "")
    return new Error(formatMessage(CONSOLE_TEXT.policyMissing));
  return undefined;
}

/**
 * Reads --policy: a profile file (JSON, checked against profile.schema.json), or the id of
 * a built-in profile. A file that does not pass is an Error whose message lists every field
 * to fix, in Chinese; nothing is charged by half a policy.
 */
export async function policyOption(
  value: string | boolean | undefined
): Promise<Profile | undefined | Error> {
  if (value === undefined) return undefined;
  const usage = policyUsageError(value);
  if (usage || typeof value !== "string") return usage;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(value);
  } catch (e) {
    const builtIn = builtInProfile(value);
    if (builtIn) return builtIn;
    const code = (e as NodeJS.ErrnoException).code;
    const [said, reason] =
      code === "ENOENT"
        ? [
            formatMessage(CONSOLE_TEXT.policyNotFound, { file: value }),
            formatMessage(CONSOLE_TEXT.policyNoSuchFile),
          ]
        : [
            formatMessage(CONSOLE_TEXT.policyUnreadable, { file: value, code: code ?? String(e) }),
            code ?? String(e),
          ];
    const why = finding("PROFILE_UNREADABLE", { sheet: "" }, { file: value, reason });
    return new PolicyFileRefused(said, [why]);
  }
  const read = readProfileFile(bytes, value);
  if (read.ok) return read.profile;
  const refused = formatMessage(CONSOLE_TEXT.policyRefused, { file: value });
  return new PolicyFileRefused(`${refused}\n${findingsText(read.findings)}`, read.findings);
}

/** A --policy that could not be read or did not pass its checks, with the findings saying why (for --json). */
export class PolicyFileRefused extends Error {
  constructor(
    message: string,
    readonly findings: readonly Finding[]
  ) {
    super(message);
  }
}

/**
 * The run's output may never be the --policy file: a save there would replace the city's
 * policy with a workbook. Compared as `sameFile` compares (real path, device and inode).
 */
export async function outputIsPolicy(
  output: string | undefined,
  policy: string | boolean | undefined
): Promise<Error | undefined> {
  if (typeof output !== "string" || output.trim() === "") return undefined;
  if (typeof policy !== "string" || policy.trim() === "") return undefined;
  if (!(await sameFile(output, policy))) return undefined;
  return new Error(formatMessage(CONSOLE_TEXT.outputIsPolicy, { output, policy }));
}

/** The real path and device:inode of the --policy file, when it is a file (not a built-in id). */
export async function policyFileIdentity(
  policy: string | boolean | undefined
): Promise<{ readonly real: string; readonly id: string } | undefined> {
  if (typeof policy !== "string" || policy.trim() === "") return undefined;
  try {
    const real = await fs.realpath(policy);
    const stat = await fs.stat(real);
    return stat.isFile() ? { real, id: `${stat.dev}:${stat.ino}` } : undefined;
  } catch {
    return undefined;
  }
}
