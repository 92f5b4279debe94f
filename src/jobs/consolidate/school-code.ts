import type { SheetGrid } from "../../sheets/grid";
import { isEmptyCell } from "../../sheets/grid";
import { normalizeHeader } from "../../sheets/header-synonyms";
import { settingsNoteColumns } from "../../sheets/settings-note-columns";

const CODE_KEYS = new Set(["学校代码", "学校编码", "学校标识码", "学校编号"].map(normalizeHeader));

/**
 * The school code (学校代码) a settings sheet holds, beside its label in the first two
 * columns; undefined where it has none. With the 学校名称 it identifies a school in the city.
 */
export function schoolCode(settings: SheetGrid | undefined): string | undefined {
  const notes = settingsNoteColumns(settings);
  for (const row of settings?.values.slice(0, 60) ?? []) {
    const keyCol = [0, 1].find((c) => {
      const v = row[c];
      return typeof v === "string" && CODE_KEYS.has(normalizeHeader(v));
    });
    if (keyCol === undefined) continue;
    const value = row.find((v, c) => c > keyCol && !notes.has(c) && !isEmptyCell(v ?? null));
    return value === undefined || value === null ? undefined : String(value).trim();
  }
  return undefined;
}
