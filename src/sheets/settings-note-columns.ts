import { normalizeText } from "../policy/text";
import type { SheetGrid } from "./grid";

/**
 * The columns of a settings sheet headed 说明, 备注 …, in its first ten rows: how to fill a
 * row, never its value, so a row left blank is not read as its own explanation.
 */
export function settingsNoteColumns(grid: SheetGrid | undefined): Set<number> {
  const columns = new Set<number>();
  for (const row of grid?.values.slice(0, 10) ?? [])
    row.forEach((v, c) => {
      if (typeof v === "string" && /^(说明|备注|注释|填写说明)$/.test(normalizeText(v).trim()))
        columns.add(c);
    });
  return columns;
}
