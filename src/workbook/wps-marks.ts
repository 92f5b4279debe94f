/// <reference types="et-jsapi-declare" />
import { MARKS_SHEET, type CellMark } from "../jobs/workbook-port";
import { addWpsSheet, findWpsSheet, VERY_HIDDEN, wpsSheets } from "./wps-sheets";
import {
  hostFill,
  isRecordSheet,
  markRecordText,
  NOTE_PREFIX,
  planHostMarks,
  recordKey,
  recordSheetName,
  RECORDS_TITLE_ROW,
  type FillColor,
  type OwnFill,
  type PatternFill,
} from "./mark-record";
import { value2Grid } from "./wps-value2";

/** No fill: `Interior.ColorIndex` xlColorIndexNone (https://learn.microsoft.com/en-us/office/vba/api/excel.xlcolorindex). */
const NO_FILL = -4142;

/**
 * An "RRGGBB" colour as the BGR number `Interior.Color` takes (red in the low byte:
 * https://learn.microsoft.com/en-us/office/vba/api/excel.interior.color).
 */
export function bgrOf(rgb: string): number {
  const n = parseInt(rgb, 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** A BGR `Interior.Color` as the record's "#RRGGBB". */
function rgbOf(bgr: number): OwnFill {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}

/** A note's text, undefined where the cell has none. */
function noteText(range: Et.Range): string | undefined {
  const comment = range.Comment as Et.Comment | null | undefined;
  return comment ? String(comment.Text()) : undefined;
}

/** xlThemeColor by SpreadsheetML's theme index (https://learn.microsoft.com/en-us/office/vba/api/excel.xlthemecolor). */
const THEME_COLOR = [2, 1, 4, 3, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * Sets a recorded theme-colour or pattern fill on an Interior (see hostFill): Pattern,
 * Color or ThemeColor, PatternColor or PatternThemeColor, and their TintAndShade
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.interior). False, with nothing
 * changed, for what the record cannot say to WPS (an indexed colour, an unknown pattern).
 */
function refill(interior: Et.Interior, p: PatternFill): boolean {
  const host = hostFill(p);
  if (!host) return false;
  const settable = (c?: FillColor) =>
    !c || c.rgb !== undefined || (c.theme !== undefined && THEME_COLOR[c.theme] !== undefined);
  if (!settable(host.color) || !settable(host.patternColor)) return false;
  interior.ColorIndex = NO_FILL;
  interior.Pattern = host.et;
  const { color, patternColor } = host;
  if (color?.theme !== undefined && THEME_COLOR[color.theme])
    interior.ThemeColor = THEME_COLOR[color.theme];
  else if (color?.rgb) interior.Color = bgrOf(color.rgb.slice(1));
  if (color?.tint !== undefined) interior.TintAndShade = color.tint;
  if (patternColor?.theme !== undefined && THEME_COLOR[patternColor.theme])
    interior.PatternThemeColor = THEME_COLOR[patternColor.theme];
  else if (patternColor?.rgb) interior.PatternColor = bgrOf(patternColor.rgb.slice(1));
  if (patternColor?.tint !== undefined) interior.PatternTintAndShade = patternColor.tint;
  return true;
}

/**
 * Kehou's records among the sheets, in tab order, each known by its title in A1 and its cells,
 * never by its name alone (a school's own 「Kehou标记」 is not one): only sheets named like it
 * (ignoring case, as WPS compares names) or hidden are asked for A1.
 */
function findRecords(book: Et.Workbook): { ws: Et.Worksheet; grid: unknown[][] }[] {
  const prefix = MARKS_SHEET.toLowerCase();
  const found: { ws: Et.Worksheet; grid: unknown[][] }[] = [];
  for (const ws of wpsSheets(book)) {
    if (!ws.Name.toLowerCase().startsWith(prefix) && ws.Visible === -1) continue;
    if (ws.Range("A1").Value2 !== RECORDS_TITLE_ROW) continue;
    const grid = usedGrid(ws);
    if (isRecordSheet(grid)) found.push({ ws, grid });
  }
  return found;
}

/** A sheet's cells from A1 to the end of its used range (the title sits in A1). */
function usedGrid(ws: Et.Worksheet): unknown[][] {
  const used = ws.UsedRange;
  if (used.Row !== 1 || used.Column !== 1) return [];
  return value2Grid(used.Value2, used.Rows.Count, used.Columns.Count);
}

/**
 * Marks cells through the ET object model: restores what the marks of the last run covered
 * (their fill, and Kehou's notes removed), then fills each new cell with its severity's
 * colour and leaves a note where the user has none, remembering each cell's fill in the very
 * hidden marks sheet. Each mark costs a few calls, whatever the size of the workbook.
 * Returns the marks on cells whose user's note was kept. `withoutAlerts` runs a deletion
 * without WPS asking the user.
 */
export function markWpsCells(
  book: Et.Workbook,
  marks: readonly CellMark[],
  withoutAlerts: (act: () => void) => void
): CellMark[] {
  // Every record: one, or more where the user copied Kehou's sheet.
  const found = findRecords(book);
  const registries = new Set(found.map((f) => f.ws.Name));
  // Kehou's record keeps its name; a school's sheet that has the name keeps it too.
  // By name: each Item() call gives another object for the same sheet.
  const recordName = recordSheetName(
    wpsSheets(book).map((ws) => ({ name: ws.Name, record: registries.has(ws.Name) }))
  );
  const sheets = new Map<string, Et.Worksheet | undefined>();
  // A protected sheet refuses edits: its cells are neither marked nor restored.
  const sheetOf = (name: string) => {
    const key = name.toLowerCase();
    if (!sheets.has(key)) {
      const ws = findWpsSheet(book, name);
      sheets.set(key, ws && ws.ProtectContents !== true ? ws : undefined);
    }
    return sheets.get(key);
  };
  // The records' lines as findRecords read them (each starts at A1), not read a second time.
  const column = found.flatMap((f) => f.grid.map((row) => row[0]));
  const plan = planHostMarks(column, marks, (sheet) => sheetOf(sheet) !== undefined);
  // A cell whose own fill WPS cannot be told keeps Kehou's and stays in the record.
  const unrestored: string[] = [];
  const marked = new Set(plan.marks.map(({ mark }) => recordKey(mark.sheet, mark.cell)));
  for (const s of plan.restore) {
    const range = sheetOf(s.sheet)!.Range(s.cell);
    if (s.fill && s.fill !== "none") range.Interior.Color = bgrOf(s.fill.slice(1));
    else if (!s.pattern) range.Interior.ColorIndex = NO_FILL;
    else if (!refill(range.Interior, s.pattern) && !marked.has(recordKey(s.sheet, s.cell)))
      unrestored.push(markRecordText(s));
    if (noteText(range)?.startsWith(NOTE_PREFIX)) (range.Comment as Et.Comment).Delete();
  }
  for (const { ws: registry } of found)
    withoutAlerts(() => {
      registry.Visible = -1; // a very hidden sheet is made visible before it is deleted
      registry.Delete();
    });
  const kept: CellMark[] = [];
  const records: string[] = [...unrestored];
  for (const { mark: m, fill } of plan.marks) {
    const range = sheetOf(m.sheet)!.Range(m.cell);
    records.push(
      plan.line(m, () =>
        range.Interior.ColorIndex === NO_FILL ? "none" : rgbOf(Number(range.Interior.Color))
      )
    );
    range.Interior.Color = bgrOf(fill.slice(1));
    if (noteText(range) === undefined) range.AddComment(`${NOTE_PREFIX}${m.note}`);
    else kept.push(m);
  }
  if (records.length > 0) {
    const ws = addWpsSheet(book, recordName);
    const rows = [[RECORDS_TITLE_ROW], ...records.map((r) => [r])];
    const area = ws.Range(`A1:A${rows.length}`);
    area.NumberFormat = "@";
    area.Value2 = rows;
    ws.Visible = VERY_HIDDEN;
  }
  return kept;
}
