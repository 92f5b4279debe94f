import type { Profile } from "../policy/profile";
import { builtInProfile, DEFAULT_PROFILE } from "../policy/profiles";
import { isEmptyCell, type SheetGrid } from "./grid";
import { normalizeHeader } from "./header-text";

/**
 * The 政策 row of a settings sheet on its own, light enough for the custom functions'
 * bundle (which reads no other setting): the row's names, the settings sheet's names.
 */
export const POLICY_KEYS = ["政策", "收费政策", "执行政策", "政策文件", "policy"] as const;

/** A sheet named as a settings sheet is (设置, 参数, 基本信息, settings). */
export const SETTINGS_SHEET_NAME = /设置|参数|基本信息|settings/i;

const policyKeys = new Set<string>(POLICY_KEYS.map(normalizeHeader));
const isPolicyKey = (v: unknown) => typeof v === "string" && policyKeys.has(normalizeHeader(v));

/** The 政策 row's value as typed (trimmed), where the sheet has one, its key in A or B. */
export function policyRowText(grid: SheetGrid): string | undefined {
  for (const row of grid.values) {
    const keyCol = isPolicyKey(row[0]) ? 0 : isPolicyKey(row[1]) ? 1 : -1;
    if (keyCol < 0) continue;
    const v = row.slice(keyCol + 1).find((x) => !isEmptyCell(x));
    if (v !== undefined && v !== null) return String(v).trim();
  }
  return undefined;
}

/**
 * Whether a 政策 row's text is a file's path (./绥芬河.json, C:\政策\x.json), not an id: a
 * built-in id has no slash and no .json; a file is given to a run, never by the row.
 */
export function namesPolicyFile(text: string): boolean {
  return /\.json$/i.test(text.trim()) || /[\\/]/.test(text);
}

/** The built-in profile a settings sheet's 政策 row names; the default where none or unknown. */
export function namedProfile(grid: SheetGrid | undefined): Profile {
  const text = grid ? policyRowText(grid) : undefined;
  return (text !== undefined ? builtInProfile(text) : undefined) ?? DEFAULT_PROFILE;
}
