/// <reference types="et-jsapi-declare" />
import { policyOfSettings } from "../functions/workbook-policy";
import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import type { SheetGrid } from "../sheets/grid";
import { SETTINGS_SHEET_NAME } from "../sheets/settings-policy";
import { value2Grid } from "../workbook/wps-value2";

/** The PluginStorage key of a policy file the pane loaded, with the workbook it was loaded for. */
export const LOADED_POLICY_KEY = "kehou.policy";

/** What the pane keeps in PluginStorage for the functions (the pane is a page of its own). */
export interface LoadedPolicy {
  readonly workbook: string;
  readonly profile: Profile;
}

/** The slice of the ET application the functions read. */
export interface PolicyRoot {
  readonly ActiveWorkbook?: Et.Workbook;
  readonly PluginStorage?: { getItem(key: string): unknown };
}

/** How long one reading of 设置 serves: a recalculation calls every formula within it. */
const FRESH_MS = 2000;
let memo: { workbook: string; at: number; profile: Profile } | undefined;

/** The workbook's name as WPS gives it, to tell one open workbook from another. */
function workbookName(book: Et.Workbook): string {
  const full: unknown = book.FullName;
  return typeof full === "string" ? full : String(book.Name ?? "");
}

/** The settings sheet's used range as a grid, cells where they are on the sheet; none without one. */
function settingsGrid(book: Et.Workbook): SheetGrid | undefined {
  const sheets = book.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i) as Et.Worksheet;
    const name = String(ws.Name);
    if (!SETTINGS_SHEET_NAME.test(name)) continue;
    const used = ws.UsedRange;
    const rows = used.Rows.Count;
    const cols = used.Columns.Count;
    const lead = Array.from({ length: used.Column - 1 }, () => null);
    const values = [
      ...Array.from({ length: used.Row - 1 }, () => []),
      ...value2Grid(used.Value2, rows, cols).map((row) => [...lead, ...row]),
    ];
    return { name, values };
  }
  return undefined;
}

/** A policy file the pane loaded for this workbook, where PluginStorage holds one. */
function loadedFor(root: PolicyRoot, workbook: string): Profile | undefined {
  try {
    const text = root.PluginStorage?.getItem(LOADED_POLICY_KEY);
    if (typeof text !== "string" || text === "") return undefined;
    const loaded = JSON.parse(text) as LoadedPolicy;
    return loaded.workbook === workbook ? loaded.profile : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The policy a WPS formula without a policy argument computes by: a policy file the pane
 * loaded for this workbook (PluginStorage, which Kingsoft's add-in pages share), else the one
 * the workbook's 设置 names in its 政策 row, read through the ET object model (synchronous,
 * as WPS custom functions are) and kept for a moment so one recalculation reads it once.
 * Anything unreadable is the default policy, never a formula's error.
 */
export function wpsWorkbookPolicy(root: PolicyRoot, now: () => number = Date.now): Profile {
  try {
    const book = root.ActiveWorkbook;
    if (!book) return DEFAULT_PROFILE;
    const workbook = workbookName(book);
    const loaded = loadedFor(root, workbook);
    if (loaded) return loaded;
    const t = now();
    if (memo && memo.workbook === workbook && t - memo.at < FRESH_MS) return memo.profile;
    const profile = policyOfSettings(settingsGrid(book));
    memo = { workbook, at: t, profile };
    return profile;
  } catch {
    return DEFAULT_PROFILE;
  }
}

/** Forgets the last reading (a test, or 设置 just saved by the pane). */
export function forgetWpsPolicy(): void {
  memo = undefined;
}
