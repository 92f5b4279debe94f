import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";

/**
 * The policy a run applied, as `--json` names it, so a bureau's script can check it: the
 * profile's id and document title, and the file it was read from where it came from one.
 * A result that names none was computed by the default.
 */
export function policyJson(applied: Profile | undefined, file?: string) {
  const profile = applied ?? DEFAULT_PROFILE;
  return {
    id: profile.id,
    title: profile.provenance.title,
    ...(file !== undefined ? { file } : {}),
  };
}
