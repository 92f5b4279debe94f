import { parseCivilDate } from "../policy/civil-date";
import { normalizeText } from "../policy/text";
import { isEmptyCell, type CellValue, type SheetGrid } from "./grid";
import { normalizeHeader } from "./header-synonyms";
import { settingsNoteColumns } from "./settings-note-columns";

/** What the settings sheet (设置) may say for the notices to families; every key optional. */
export interface NoticeSettings {
  /** 联系电话: the school's contact for families. */
  readonly phone?: string;
  /** 监督电话: where families report overcharging (§四(五) 强化监督). */
  readonly supervisionPhone?: string;
  /** 缴费方式: how to pay (微信、转账 …). */
  readonly payHow?: string;
  /** 缴费截止日期: by when (a date, or text such as 每月10日前). */
  readonly payBy?: string;
  /** 安全保障措施: the school's own paragraph for the letter to parents. */
  readonly safety?: string;
  /** 通知单显示分担: whether the family's notice shows the government's and school's shares. */
  readonly showShares: boolean;
}

const KEYS: Record<Exclude<keyof NoticeSettings, "showShares"> | "showShares", string[]> = {
  phone: ["联系电话", "学校电话", "咨询电话"],
  supervisionPhone: ["监督电话", "监督举报电话", "投诉电话"],
  payHow: ["缴费方式", "交费方式", "缴费途径"],
  payBy: ["缴费截止日期", "缴费截止", "交费截止日期"],
  safety: ["安全保障措施", "安全措施", "安全保障"],
  showShares: ["通知单显示分担", "显示分担", "缴费通知显示分担"],
};

const lookup = new Map<string, keyof NoticeSettings>(
  (Object.entries(KEYS) as [keyof NoticeSettings, string[]][]).flatMap(([key, words]) =>
    words.map((w) => [normalizeHeader(w), key] as const)
  )
);

/**
 * A value as the notices print it: as the school typed it (full-width brackets and digits
 * kept, 微信扫码缴费（学校收费码）), only the spaces at its ends gone; a date serial as its date.
 */
function text(v: CellValue, key: keyof NoticeSettings): string {
  if (key === "payBy" && typeof v === "number") {
    const d = parseCivilDate(v); // an Excel date serial
    if (d.ok) return d.value;
  }
  return String(v).replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/**
 * Reads the notices' keys from the settings sheet, a key and its value to the right, like
 * the other settings; a workbook without them gets notices without those lines.
 */
export function readNoticeSettings(grid: SheetGrid | undefined): NoticeSettings {
  const out: { -readonly [K in keyof NoticeSettings]?: NoticeSettings[K] } = {};
  const notes = settingsNoteColumns(grid);
  for (const row of grid?.values ?? []) {
    const keyCol = row.findIndex(
      (v, c) => c < 2 && typeof v === "string" && lookup.has(normalizeHeader(v))
    );
    if (keyCol < 0) continue;
    const key = lookup.get(normalizeHeader(row[keyCol] as string))!;
    const value = row.find((v, c) => c > keyCol && !notes.has(c) && !isEmptyCell(v));
    if (value === undefined || value === null) continue;
    if (key === "showShares")
      out.showShares = /^(是|显示|true|y|yes|1)$/i.test(normalizeText(text(value, key)));
    else out[key] = text(value, key);
  }
  return { ...out, showShares: out.showShares ?? false };
}
