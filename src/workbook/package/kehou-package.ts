import { MARKS_SHEET, type CellMark } from "../../jobs/workbook-port";
import type { OutputSheet } from "../../jobs/output-sheet";
import { applyMarks, restoreMarks } from "./cell-marks";
import { markRecordText, RECORDS_HEADER, RECORDS_TITLE, type MarkRecord } from "../mark-record";
import { writeCells, type SheetCellWrites } from "./cell-writes";
import { CONTENT_TYPE, REL } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { outputSheetXml } from "./output-sheet-xml";
import { setPrintArea } from "./print-xml";
import { readRelationships, relatedPart } from "./relationships";
import { clearSheetParts, writeSheet, type NewPart } from "./sheet-parts";
import { pruneOverrides } from "./content-types";
import { SharedStringsAppender } from "./shared-strings-append";
import { StylesAppender } from "./styles-append";
import { UnsupportedPackage } from "./xml-text";
import type { TextMetrics } from "../../jobs/wrap-height";
import { sheetEntries, workbookPart } from "./workbook-index";
import { freeTableId, freeTableName } from "./table-names";
import { removeSheet } from "./sheet-removal";

/** What one run adds to a school's workbook. */
export interface KehouEdits {
  /** Kehou's sheets by the names chosen (a Kehou sheet of that name is replaced in place). */
  readonly sheets: readonly OutputSheet[];
  /**
   * Drawings to put on Kehou's sheets, by sheet name: a drawing part with its charts (and
   * their parts) as `related`; the writer links it from the sheet with r:id "rId2".
   */
  readonly drawings?: ReadonlyMap<string, Omit<NewPart, "id" | "relType">>;
  /** Highlighting, when asked for: the marks recorded by the last run, and the new ones. */
  readonly marks?: {
    readonly previous: readonly MarkRecord[];
    readonly marks: readonly CellMark[];
    /** The record's sheet name (see recordSheetName); 「Kehou标记」 unless given. */
    readonly sheet?: string;
    /**
     * Every sheet that is Kehou's record now (the caller has checked each by isRecordSheet):
     * all but `sheet` go, and `sheet` too once no cell is marked, so one record is left, or none.
     */
    readonly records?: readonly string[];
  };
  /** Cells the user set in their own sheets (the pane's settings form), in the order set. */
  readonly cells?: readonly SheetCellWrites[];
  /** How the renderer that prints the file lays text out (Excel's unless said). */
  readonly metrics?: TextMetrics;
}

const DRAWING_ID = "rId2";

/** A sheet's table part, which the sheet's `<tablePart>` links as rId1. */
const tablePart = (data: string): NewPart => ({
  name: (n) => `xl/tables/table${n}.xml`,
  contentType: CONTENT_TYPE.table,
  relType: REL.table,
  id: "rId1",
  data,
});

function recordsSheet(records: readonly MarkRecord[], name: string): OutputSheet {
  return {
    name,
    title: RECORDS_TITLE,
    columns: [{ header: RECORDS_HEADER, width: 80, format: "text" }],
    rows: records.map((r) => [markRecordText(r)]),
  };
}

/**
 * Makes one run's edits in a school's workbook: every part stays the bytes it was, except the
 * index parts (workbook, its rels, content types, styles, shared strings), which only gain
 * entries (or lose those of Kehou's record, when nothing is marked now), Kehou's own parts, and
 * (highlighting only) the `s` attribute of marked cells plus a notes part; a Kehou sheet taken
 * out or written again leaves the calculation chain, and one taken out the extended properties
 * where they listed the sheets truly (see removeSheet). The same code runs in Node and in the
 * browser page.
 */
export function applyKehouEdits(pkg: OpcPackage, edits: KehouEdits): void {
  const wb = workbookPart(pkg);
  const stylesPart = relatedPart(readRelationships(pkg, wb), REL.styles);
  const before = stylesPart && pkg.text(stylesPart);
  if (!stylesPart || before === undefined)
    throw new UnsupportedPackage("工作簿缺少样式部件（styles.xml）");
  const styles = new StylesAppender(before);
  const sheets = [...edits.sheets];
  const marksSheet = edits.marks?.sheet ?? MARKS_SHEET;
  // The last run's marks come out first, so a cell typed into keeps the format it had.
  const unmarked =
    edits.marks && restoreMarks(pkg, sheetEntries(pkg), edits.marks.previous, styles);
  if (edits.cells?.length) writeCells(pkg, edits.cells);
  if (edits.marks) {
    const { records } = applyMarks(pkg, styles, sheetEntries(pkg), edits.marks.marks);
    pruneOverrides(pkg, unmarked!);
    for (const name of edits.marks.records ?? [])
      if (name !== marksSheet || records.length === 0) removeSheet(pkg, name);
    // A record left only where it is the workbook's one sheet, which stays (see removeSheet).
    const kept = sheetEntries(pkg).some((s) => s.name === marksSheet);
    if (records.length > 0 || kept) sheets.push(recordsSheet(records, marksSheet));
  }
  const strings = new SharedStringsAppender(pkg);
  for (const sheet of sheets) {
    strings.release(sheet.name);
    // Cleared first, so a re-run gives the table the same id and part name as before.
    const removed = clearSheetParts(pkg, sheet.name);
    const drawing = edits.drawings?.get(sheet.name);
    const table = sheet.table && freeTableName(pkg, sheet.table);
    const xml = outputSheetXml(
      { ...sheet, table },
      styles,
      freeTableId(pkg),
      drawing && DRAWING_ID,
      edits.metrics,
      strings
    );
    writeSheet(pkg, {
      name: sheet.name,
      state: edits.marks && sheet.name === marksSheet ? "veryHidden" : undefined,
      xml: xml.sheet,
      related: [
        ...(xml.table ? [tablePart(xml.table)] : []),
        ...(drawing ? [{ ...drawing, id: DRAWING_ID, relType: REL.drawing }] : []),
      ],
    });
    pruneOverrides(pkg, removed);
    setPrintArea(pkg, sheet.name, xml.page);
  }
  strings.finish();
  if (styles.toString() !== before) pkg.set(stylesPart, styles.toString());
}
