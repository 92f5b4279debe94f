import Decimal from "decimal.js";
import { parseCivilDate } from "../policy/civil-date";
import type { CellValue } from "../sheets/grid";
import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { readSettings, settingKey, settingPlaces } from "../sheets/settings";
import { findSchoolSheets } from "../sheets/workbook-sheets";
import { isOwnedSheet } from "./school-workbook";
import type { CellWrite, WorkbookPort } from "./workbook-port";

/** The settings the pane edits, by the key the settings sheet uses. */
export const FORM_KEYS = ["学校名称", "学制", "高中上浮", "收费方式", "月份", "停课日期"] as const;
export type FormKey = (typeof FORM_KEYS)[number];
export type SettingsForm = Record<FormKey, string>;

/**
 * A setting cell as the form shows it, in the form's units, from what Excel holds: Excel turns
 * a typed "10%" into 0.1 in a percent format and "2021-05" into a date serial, so a number is
 * read through its format (an uplift is always a percent, as the settings reader takes it).
 */
export function formValue(key: FormKey, value: CellValue, numberFormat = "General"): string {
  if (typeof value !== "number") return value === null ? "" : String(value);
  if (key === "高中上浮") {
    // §三(五)2 上浮比例: 0.1 and 10 both mean 10%, as readSettings reads them
    const pct = value > 1 ? new Decimal(value) : new Decimal(value).times(100);
    return `${pct.toDecimalPlaces(4).toString()}%`;
  }
  const isDate = /[ymd]/i.test(numberFormat.replace(/"[^"]*"|\[.]/g, ""));
  if ((isDate || key === "月份" || key === "停课日期") && value > 0) {
    const d = parseCivilDate(value);
    if (d.ok) return key === "月份" ? d.value.slice(0, 7) : d.value;
  }
  return String(value);
}

/**
 * The settings sheet's values for the form, in the form's units ("" where it says nothing),
 * and the policy its 政策 row names (the default where none).
 */
export async function loadSettingsForm(
  workbook: WorkbookPort
): Promise<{ sheet?: string; form: SettingsForm; profile: Profile }> {
  const grids = await workbook.readSheets();
  const found = findSchoolSheets(grids, isOwnedSheet).settings;
  const form = Object.fromEntries(FORM_KEYS.map((k) => [k, ""])) as SettingsForm;
  const places = found ? settingPlaces(found) : new Map();
  for (const key of FORM_KEYS) {
    const at = places.get(settingKey(key)!);
    const value = at && found!.values[at.row]?.[at.col + 1];
    if (at && value !== null && value !== undefined)
      form[key] = formValue(key, value, found!.numberFormats?.[at.row]?.[at.col + 1]);
  }
  const profile = found ? readSettings(found).settings.profile : DEFAULT_PROFILE;
  return { sheet: found?.name, form, profile };
}

/**
 * Saves the form into the workbook's settings sheet so the settings travel with the file:
 * each key's value cell is set (a row is added for a key the sheet lacks); a workbook
 * without settings gets a 设置 sheet. Returns the sheet written and the settings' findings.
 */
export async function saveSettingsForm(
  workbook: WorkbookPort,
  form: Partial<SettingsForm>
): Promise<{ sheet: string; problems: string[] }> {
  const grids = await workbook.readSheets();
  const existing = findSchoolSheets(grids, isOwnedSheet).settings;
  const sheet = existing?.name ?? "设置";
  const values = existing?.values ?? [];
  // Keys found where the settings are read (a 序号 column may come first); a new key goes in
  // the column the sheet's keys are in, its value beside it.
  const places = existing ? settingPlaces(existing) : new Map<never, never>();
  const keyCol = [...places.values()].some((p) => p.col === 1) ? 1 : 0;
  let next = Math.max(values.length, existing ? 0 : 1);
  const cells: CellWrite[] = existing
    ? []
    : [
        { row: 0, col: 0, value: "项目" },
        { row: 0, col: 1, value: "值" },
      ];
  for (const key of FORM_KEYS) {
    const value = form[key];
    if (value === undefined) continue;
    const at = places.get(settingKey(key)!);
    const row = at?.row ?? next++;
    const col = at?.col ?? keyCol;
    if (!at) cells.push({ row, col, value: key });
    cells.push({ row, col: col + 1, value });
  }
  await workbook.setCells(sheet, cells);
  const reread = readSettings({
    name: sheet,
    values: [...(await workbook.readSheets()).find((g) => g.name === sheet)!.values],
  });
  return { sheet, problems: reread.findings.map((f) => f.message) };
}
