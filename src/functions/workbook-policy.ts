import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import type { SheetGrid } from "../sheets/grid";
import { namedProfile } from "../sheets/settings-policy";

/**
 * The policy the custom functions apply where their last argument is left out: the one the
 * open workbook's 设置 names in its 政策 row, or a policy file the pane loaded. The pane and
 * the functions share one runtime (the manifest's SharedRuntime), so the pane hands it over
 * here when it reads 设置 or loads a file; until then the functions read 设置 themselves,
 * once (a custom function in a shared runtime may call the Excel APIs:
 * https://learn.microsoft.com/office/dev/add-ins/excel/call-excel-apis-from-custom-function).
 */
/**
 * Held on the page's global object under a registered symbol: functions.js is a bundle of
 * its own (webpack.config.js), so a module variable would be two variables in one runtime.
 */
const SLOT = Symbol.for("kehou.workbookPolicy");
type Slot = { [SLOT]?: Promise<Profile> };
const slot = globalThis as Slot;

/** The policy the pane found or loaded; the functions use it from now on. */
export function setWorkbookPolicy(profile: Profile): void {
  slot[SLOT] = Promise.resolve(profile);
}

/** Forgets what was found, so the next call reads 设置 again (a new workbook, a test). */
export function forgetWorkbookPolicy(): void {
  delete slot[SLOT];
}

/**
 * The profile a settings sheet names; the default where it names none or one Kehou lacks
 * (the 政策 row alone: functions.js stays small, without the rest of the settings reader).
 */
export function policyOfSettings(grid: SheetGrid | undefined): Profile {
  return namedProfile(grid);
}

/**
 * The workbook's policy: what the pane handed over, else read once through `readSettings`
 * (a failed read is the default, never a function's error).
 */
export function workbookPolicy(read: () => Promise<SheetGrid | undefined>): Promise<Profile> {
  slot[SLOT] ??= read().then(policyOfSettings, () => DEFAULT_PROFILE);
  return slot[SLOT];
}
