import { CONSOLE_TEXT } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE, builtInProfile } from "../../policy/profiles";
import type { Command } from "../command";
import { didYouMean } from "../did-you-mean";
import { EXIT_OK, EXIT_USAGE, type Io } from "../io";

/**
 * The text of a built-in profile as a bureau starts its own from: the JSON `--policy` reads
 * back, two spaces to a level, so it can be changed field by field in any editor.
 */
export function profileJson(id: string): string | undefined {
  const profile = builtInProfile(id);
  return profile ? `${JSON.stringify(profile, null, 2)}\n` : undefined;
}

export const policyCommand: Command = {
  name: "policy",
  usage: formatMessage(CONSOLE_TEXT.usagePolicy),
  summary: formatMessage(CONSOLE_TEXT.policySummary),
  async run(args: string[], io: Io): Promise<number> {
    const ids = Object.keys(BUILT_IN_PROFILES);
    if (args.length === 0) {
      io.out(formatMessage(CONSOLE_TEXT.policyList));
      for (const p of Object.values(BUILT_IN_PROFILES))
        io.out(`  ${p.id}  ${p.provenance.issuer}《${p.provenance.title}》`);
      io.out(formatMessage(CONSOLE_TEXT.policyListHint, { id: DEFAULT_PROFILE.id }));
      return EXIT_OK;
    }
    const json = args.length === 1 ? profileJson(args[0]) : undefined;
    if (json !== undefined) {
      io.out(json);
      return EXIT_OK;
    }
    const id = args.join(" ");
    // A city's name without its year (suifenhe for suifenhe-2021) is meant as the one id it begins.
    const begun = ids.filter((i) => i.startsWith(id.trim().toLowerCase()));
    const near = didYouMean(id, ids) ?? (begun.length === 1 ? begun[0] : undefined);
    const said = near
      ? formatMessage(CONSOLE_TEXT.policyUnknownIdNear, { id, near, ids: ids.join("、") })
      : formatMessage(CONSOLE_TEXT.policyUnknownId, { id, ids: ids.join("、") });
    io.err(`${said}\n${formatMessage(CONSOLE_TEXT.usage, { usage: this.usage })}`);
    return EXIT_USAGE;
  },
};
