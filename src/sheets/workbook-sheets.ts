import type { SheetGrid } from "./grid";
import { findHeaderRow, type HeaderRow } from "./header-row";
import { isSettingsSheet } from "./settings";

/** A sheet Kehou recognised by its content, with its header. */
export interface FoundSheet {
  readonly grid: SheetGrid;
  readonly header: HeaderRow;
}

/** The user's sheets that a school workbook is made of, found by content (SPEC §11). */
export interface SchoolSheets {
  readonly settings?: SheetGrid;
  readonly roster?: FoundSheet;
  readonly attendance: readonly FoundSheet[];
  /** Each sheet looked at and its header row (undefined: none), for readers of the same sheets. */
  readonly headers: ReadonlyMap<SheetGrid, HeaderRow | undefined>;
}

const ROSTER_FIELDS = [
  "grade",
  "class",
  "stage",
  "hardship",
  "leftBehind",
  "migrant",
  "application",
  "agreement",
  "withdrawal",
] as const;

/**
 * Sorts a workbook's sheets into settings, roster and attendance grids: an attendance grid
 * has a student column and three or more date columns; a roster has a student column and
 * roster fields (年级, 班级, 困难家庭, 协议日期 …) and few dates. Sheets Kehou wrote itself
 * (`isOwned`) are skipped.
 */
export function findSchoolSheets(
  grids: readonly SheetGrid[],
  isOwned: (g: SheetGrid) => boolean = () => false
): SchoolSheets {
  let settings: SheetGrid | undefined;
  let roster: FoundSheet | undefined;
  let rosterScore = 0;
  const attendance: FoundSheet[] = [];
  const headers = new Map<SheetGrid, HeaderRow | undefined>();
  // Visible sheets first: a hidden one is more likely an old copy than the sheet in use.
  const ordered = [...grids.filter((g) => !g.hidden), ...grids.filter((g) => g.hidden)];
  for (const grid of ordered) {
    if (isOwned(grid)) continue;
    const header = findHeaderRow(grid);
    headers.set(grid, header);
    if (header && header.dateColumns.length >= 3) {
      attendance.push({ grid, header });
      continue;
    }
    if (header) {
      const score = ROSTER_FIELDS.filter((f) => header.fields[f] !== undefined).length;
      if (score > rosterScore) {
        roster = { grid, header };
        rosterScore = score;
      }
      if (score > 0) continue;
    }
    if (!settings && isSettingsSheet(grid)) settings = grid;
  }
  return { settings, roster, attendance, headers };
}
