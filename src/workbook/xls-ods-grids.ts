import * as XLSX from "@e965/xlsx";
import * as cptable from "@e965/xlsx/dist/cpexcel";
import type { CellValue, SheetGrid } from "../sheets/grid";
import { builtinFormat, isDateFormat, showsDay } from "./cells/builtin-formats";
import type { ReadCells } from "./cells/sheet-cells";
import { sheetGrid } from "./cells/sheet-grid";
import { dateCellSerial, serialOfDate } from "./excel-serial";
import { EXCEL_ERRORS } from "./excel-errors";
import { fileMessage, RefusedFile } from "./file-kind";
import { xmlText } from "./package/xml-decode";
import { attr, elementsIfReadable, splitElement } from "./package/xml-text";
import { guardedEntries } from "./package/zip-read";
import { writeZip } from "./package/zip-write";

// Code pages for BIFF5 and older, whose text is in the workbook's ANSI code page (GBK, 936).
XLSX.set_cptable(cptable);

/** A workbook read by SheetJS: the same grids the .xlsx reader gives, and each sheet's widths. */
export interface OtherBook {
  readonly grids: SheetGrid[];
  /** Column widths in Excel's character units, by sheet name, where the file gives them. */
  readonly widths: ReadonlyMap<string, readonly (number | undefined)[]>;
}

/** This module, as the door that loads it lazily hands it to `XlsxWorkbook.open`. */
export interface XlsOdsReader {
  readonly readXlsOdsGrids: typeof readXlsOdsGrids;
}

/** SheetJS's own text of a built-in number format, mapped to the id the .xlsx reader names it by. */
let builtinIds: Map<string, number> | undefined;
function builtinId(code: string): number | undefined {
  if (!builtinIds) {
    builtinIds = new Map();
    const table = XLSX.SSF.get_table() as Record<number, string>;
    for (let id = 1; id < 164; id++)
      if (table[id] !== undefined && builtinFormat(id) !== undefined && !builtinIds.has(table[id]))
        builtinIds.set(table[id], id);
  }
  return builtinIds.get(code);
}

/** A cell's number format as the .xlsx reader gives it: built-ins by Excel's text, escapes dropped. */
function formatCode(z: unknown): string {
  if (typeof z !== "string" || z === "" || z === "General") return "General";
  const id = builtinId(z);
  const code = id !== undefined ? builtinFormat(id)! : z.replace(/\\(.)/g, "$1");
  return code || "General";
}

interface SheetCell {
  readonly t?: string;
  readonly v?: unknown;
  readonly z?: unknown;
}

/**
 * A SheetJS sheet's cells as the .xlsx reader's, before merged areas are blanked: values by
 * type (numbers in a date format as 1900-system serials, error text, booleans) and each value
 * cell's format. BIFF and ODF keep every formula's result, so no formula is read unset.
 */
function readCells(ws: XLSX.WorkSheet, date1904: boolean, ods: boolean): ReadCells {
  const cells: ReadCells = {
    rows: [],
    formats: [],
    uncalculated: new Map(),
    blanks: 0,
    merges: [],
  };
  const data = (ws["!data"] ?? []) as (SheetCell[] | undefined)[];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    let values: CellValue[] | undefined;
    let formats: string[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const value = valueOf(cell, date1904, ods);
      if (value === null) continue;
      values ??= [];
      formats ??= [];
      while (values.length < c) (values.push(null), formats.push("General"));
      values.push(value);
      formats.push(formatCode(cell.z));
    }
    if (values) ((cells.rows[r] = values), (cells.formats[r] = formats));
  }
  for (const m of ws["!merges"] ?? [])
    cells.merges.push([m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1]);
  return cells;
}

/**
 * An .ods date's serial as the number the school typed: ODF counts days from 1899-12-30 with
 * no 1900-02-29 (LibreOffice's 45 is 1900-02-13), which SheetJS gives as Excel's serial of that
 * day (44, Excel counting the 29th that never was), one short before 1900-03-01: from day 0
 * (1899-12-30, -1 to SheetJS: a time of day typed into a date-time column) on. Only a number
 * there is no real date a school means: a present mark 1 or minutes in a date-formatted column.
 */
const odsSerial = (n: number) => (n >= -1 && n < 60 ? n + 1 : n);

function valueOf(cell: SheetCell, date1904: boolean, ods: boolean): CellValue {
  const v = cell.v;
  switch (cell.t) {
    case "n": {
      const n = typeof v === "number" ? v : Number(v);
      const format = formatCode(cell.z);
      if (!isDateFormat(format)) return n;
      // A number in a time format is a duration in ODF (PT696H), with no day count to make up.
      const day = showsDay(format);
      return dateCellSerial(ods && !date1904 && day ? odsSerial(n) : n, date1904 && day);
    }
    case "s":
      return typeof v === "string" ? v : v === undefined || v === null ? null : String(v);
    case "b":
      return v === true || v === 1 || v === "TRUE";
    case "e":
      return typeof v === "number" ? (EXCEL_ERRORS.get(v) ?? "#N/A") : String(v ?? "#N/A");
    case "d":
      return v instanceof Date ? serialOfDate(v) : null;
    default:
      return null;
  }
}

/**
 * The sheets an .ods hides (SheetJS does not say): a table whose style's table properties
 * say `table:display="false"` (ODF 1.2 §17.15), by name.
 */
function hiddenOdsSheets(bytes: Uint8Array): Set<string> {
  const hidden = new Set<string>();
  // Under the zip reader's limits, as every part Kehou inflates; only content.xml inflated.
  const entries = guardedEntries(bytes, true, undefined, (name) => name === "content.xml");
  const content = Array.isArray(entries)
    ? entries.find((e) => e.name === "content.xml")?.data
    : undefined;
  if (!content) return hidden;
  const xml = new TextDecoder().decode(content);
  const styles = new Set<string>();
  for (const style of elementsIfReadable(xml, "style")) {
    const props = splitElement(xml.slice(style.start, style.end))?.children.find(
      (c) => c.name === "table-properties"
    );
    const name = style.attr("style:name");
    if (props && name && attr(props.text, "table:display") === "false") styles.add(name);
  }
  if (styles.size === 0) return hidden;
  for (const table of elementsIfReadable(xml, "table")) {
    const [name, style] = [table.attr("table:name"), table.attr("table:style-name")];
    if (name && style && styles.has(style)) hidden.add(name);
  }
  return hidden;
}

/**
 * Runs `read` with the console silenced: SheetJS writes its doubts about a file (an ODS
 * number format it approximates) to console.error, which would land in the user's terminal
 * as English noise; what matters to the user is said as findings or in a refusal.
 */
function quietly<T>(read: () => T): T {
  const saved = [console.error, console.warn, console.log];
  const none = () => undefined;
  console.error = console.warn = console.log = none;
  try {
    return read();
  } finally {
    [console.error, console.warn, console.log] = saved;
  }
}

/**
 * Reads an .xls/.et (BIFF8, or BIFF5 with its text in GBK) or .ods workbook's worksheets into
 * the grids the .xlsx reader gives (merged areas blanked, hidden sheets marked, dates as
 * 1900-system serials): read-only, dense, no formula evaluated (a formula's saved result is
 * its value). Throws RefusedFile, in Chinese, for an encrypted or damaged file.
 */
export function readXlsOdsGrids(bytes: Uint8Array, kind: "biff" | "ods", file: string): OtherBook {
  let wb: XLSX.WorkBook;
  try {
    wb = sheetJsRead(bytes, kind);
  } catch (e) {
    const reason = String((e as Error)?.message ?? e);
    if (/password-protected/i.test(reason))
      throw new RefusedFile(fileMessage(kind === "ods" ? "encryptedOds" : "encrypted", file));
    throw new RefusedFile(fileMessage(kind === "ods" ? "odsDamaged" : "biffDamaged", file));
  }
  return gridsOf(wb, bytes, kind);
}

/**
 * SheetJS's reading of the bytes; an .ods it cannot follow as a zip (a valid zip64 one: its
 * local headers give the sizes as 0xFFFFFFFF, APPNOTE 4.5.3) is read again from its entries
 * as Kehou's zip reader takes them (under its limits), their compressed bytes written again as
 * a plain zip.
 */
function sheetJsRead(bytes: Uint8Array, kind: "biff" | "ods"): XLSX.WorkBook {
  try {
    return sheetJsParse(bytes);
  } catch (e) {
    const entries = kind === "ods" ? guardedEntries(bytes, true) : undefined;
    if (!Array.isArray(entries)) throw e;
    return sheetJsParse(writeZip(entries));
  }
}

function sheetJsParse(bytes: Uint8Array): XLSX.WorkBook {
  return quietly(() =>
    XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellFormula: false,
      cellNF: true,
      cellStyles: true,
      cellDates: false,
      cellHTML: false,
      cellText: false,
      codepage: 936,
      bookVBA: false,
      WTF: false,
    })
  );
}

/** The worksheets SheetJS read, as the .xlsx reader's grids, with their column widths. */
function gridsOf(wb: XLSX.WorkBook, bytes: Uint8Array, kind: "biff" | "ods"): OtherBook {
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const odsHidden = kind === "ods" ? hiddenOdsSheets(bytes) : new Set<string>();
  const grids: SheetGrid[] = [];
  const widths = new Map<string, (number | undefined)[]>();
  wb.SheetNames.forEach((key, i) => {
    const ws = wb.Sheets[key];
    // SheetJS keeps an .ods sheet's name as escaped in its XML ("A&amp;B").
    const name = kind === "ods" ? xmlText(key) : key;
    // Chart, macro and dialog sheets hold no cells, as the .xlsx reader leaves them out.
    if (!ws || (ws["!type"] !== undefined && ws["!type"] !== "sheet")) return;
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) > 0 || odsHidden.has(name);
    grids.push(sheetGrid(name, hidden, readCells(ws, date1904, kind === "ods")));
    const cols = ws["!cols"];
    if (cols)
      widths.set(
        name,
        Array.from(cols, (c) => c?.width ?? c?.wch)
      );
  });
  return { grids, widths };
}
