import { noteRow, titleOf, type OutputCell, type OutputSheet } from "../../jobs/output-sheet";
import { NUMBER_FORMATS } from "../../jobs/number-formats";
import { EXCEL_METRICS, type TextMetrics } from "../../jobs/wrap-height";
import { NS, XML_HEAD } from "./namespaces";
import { DEFAULT_MARGINS, FIT_TO_PAGE, printXml } from "./print-xml";
import {
  EMPHASIS_POINTS,
  FORM_TITLE_POINTS,
  formRowPoints,
  rangeAddress,
  sheetLayout,
  type PagePlan,
} from "../../jobs/sheet-layout";
import { cellKey } from "../../jobs/form-look";
import { columnLetters } from "../../sheets/a1";
import type { CellAlignment, StylesAppender } from "./styles-append";
import type { TextIndex } from "./shared-strings-append";
import { Utf8Builder } from "./utf8-builder";
import { cellTextEscape, xmlEscape } from "./xml-text";

/**
 * One cell, written to a sheet's bytes (in cell format `s`, if given); nothing for an empty one.
 * A text that `shared` gives an index for refers to that shared string; any other is inline.
 */
export function addCell(
  xml: Utf8Builder,
  ref: string,
  cell: OutputCell,
  s?: number,
  shared?: (text: string) => number | undefined
): void {
  if (cell === null || cell === undefined || cell === "") return;
  if (typeof cell === "number" && !Number.isFinite(cell)) return;
  // Pieces are added one by one: a 3,000-student sheet has some 40,000 cells.
  xml.add('<c r="').add(ref);
  if (s !== undefined) xml.add('" s="').add(String(s));
  if (typeof cell === "number") {
    xml.add('"><v>').add(String(cell)).add("</v></c>");
    return;
  }
  if (typeof cell === "string") {
    const at = shared?.(cell);
    if (at !== undefined) {
      xml.add('" t="s"><v>').add(String(at)).add("</v></c>");
      return;
    }
    xml.add(
      /^\s|\s$/.test(cell)
        ? '" t="inlineStr"><is><t xml:space="preserve">'
        : '" t="inlineStr"><is><t>'
    );
    xml.add(cellTextEscape(cell)).add("</t></is></c>");
    return;
  }
  const f = `<f>${xmlEscape(cell.formula.replace(/^=/, ""))}</f>`;
  if (typeof cell.result === "string") {
    xml.add(`" t="str">${f}<v>`).add(cellTextEscape(cell.result)).add("</v></c>");
    return;
  }
  xml
    .add(`">${f}`)
    .add(cell.result === undefined ? "" : `<v>${cell.result}</v>`)
    .add("</c>");
}

/**
 * The sheet's texts said more than once, each referring to its shared string. A text said once stays inline: sharing it saves nothing, and its item would stay
 * in the school's table after a re-run replaced the sheet.
 */
function repeatedTexts(
  sheet: OutputSheet,
  strings: TextIndex
): (text: string) => number | undefined {
  const seen = new Map<string, number>();
  const count = (cells: readonly OutputCell[]) => {
    for (const c of cells) if (typeof c === "string") seen.set(c, (seen.get(c) ?? 0) + 1);
  };
  count([titleOf(sheet)]);
  count(noteRow(sheet));
  count(sheet.columns.map((c) => c.header));
  for (const r of sheet.rows) count(r);
  for (const r of sheet.after ?? []) count(r);
  return (text) => ((seen.get(text) ?? 0) < 2 ? undefined : strings.index(text));
}

/** The XML of a sheet Kehou writes (as UTF-8 bytes, the part's content) and of its table, if any. */
export interface OutputSheetXml {
  readonly sheet: Uint8Array;
  readonly table?: string;
  /** How it prints, for the workbook's print names. */
  readonly page?: PagePlan;
}

/**
 * An output sheet as worksheet XML, the same layout the exceljs renderer makes: title in
 * A1, header row, data rows (an Excel table when named), rows after in bold, column widths
 * and number formats, pick-lists, frozen header. A text the sheet says more than once is a
 * shared string when `strings` is given (a 违规问题清单 of 220,000 rows repeats its messages on
 * every row), any other inline. `tableId` must be unused in the workbook.
 */
export function outputSheetXml(
  sheet: OutputSheet,
  styles: StylesAppender,
  tableId: number,
  /** The r:id of a drawing (charts) on the sheet, which the caller adds as a part. */
  drawingId?: string,
  /** How the renderer that prints the file lays text out, for the heights of wrapped rows. */
  metrics: TextMetrics = EXCEL_METRICS,
  /** The workbook's shared string table, for the texts the sheet repeats. */
  strings?: TextIndex
): OutputSheetXml {
  const layout = sheetLayout(sheet);
  const page = layout.page;
  const header = layout.headerRow;
  const form = page?.area !== undefined;
  const font = styles.sheetFont();
  const bold = styles.sheetFont({ bold: true });
  // A sheet for the school to fill in keeps typed ids as text (学号 00123 stays 00123).
  const formats = sheet.columns.map((c) =>
    styles.numFmt(sheet.owned === false && c.format === "text" ? "@" : NUMBER_FORMATS[c.format])
  );
  // Wrapped columns top-aligned; a printed form left-aligned, every cell top-aligned so a
  // label sits level with the first line of its text.
  const align = sheet.columns.map((c): CellAlignment | undefined =>
    c.wrap || form
      ? { horizontal: form ? "left" : undefined, vertical: "top", wrap: c.wrap }
      : undefined
  );
  const plain = formats.map((f, i) => styles.cellFormat(f, font, align[i]));
  const strong = formats.map((f, i) => styles.cellFormat(f, bold, align[i]));
  const titleFont = layout.fonts[0];
  const title = styles.cellFormat(
    0,
    styles.sheetFont({ bold: titleFont.bold, size: titleFont.size })
  );
  // A form's own cells: its printed title, its framed notices, the amounts in bold.
  const edges = page?.edges ?? new Map();
  const loud = new Set((page?.emphasis ?? []).map((e) => cellKey(e.row, e.col)));
  const formTitle = styles.cellFormat(
    0,
    styles.sheetFont({ bold: true, size: FORM_TITLE_POINTS }),
    { horizontal: "center", vertical: "center" }
  );
  const emphasisFont = styles.sheetFont({ bold: true, size: EMPHASIS_POINTS });
  const styleAt = (r: number, c: number, base: number): number => {
    const key = cellKey(r, c);
    const edge = edges.get(key);
    if (!edge && !loud.has(key)) return base;
    return styles.cellFormat(
      formats[c] ?? 0,
      loud.has(key) ? emphasisFont : font,
      { ...align[c], vertical: "center", horizontal: align[c]?.horizontal },
      edge ? styles.border(edge) : 0
    );
  };
  const rows = sheet.rows.length > 0 ? sheet.rows : [sheet.columns.map(() => null)];
  const width = layout.width;
  const after = sheet.after ?? [];
  // Printed forms get the height their wrapped text needs: LibreOffice keeps a file's heights.
  const heights = formRowPoints(sheet, layout, metrics);
  const cols = layout.widths
    .map(
      (w, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${w}" style="${plain[i]}" customWidth="1"/>`
    )
    .join("");
  const validations = layout.validations.map((v) => {
    const list = v.list.join(",");
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Kehou" error="${xmlEscape(`请从列表中选择：${v.list.join("、")}`)}" sqref="${rangeAddress(v.block)}"><formula1>"${xmlEscape(list)}"</formula1></dataValidation>`;
  });
  const xml = new Utf8Builder(64 * 1024 + 48 * width * rows.length);
  const frozen = layout.frozenRows;
  xml.add(
    `${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">` +
      (page ? FIT_TO_PAGE : "") +
      `<dimension ref="A1:${columnLetters(Math.max(width, 1) - 1)}${layout.cells.length}"/>` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
  );
  // Each column's letters once, not per cell.
  const letters: string[] = [];
  const shared = strings && repeatedTexts(sheet, strings);
  const row = (r: number, cells: readonly OutputCell[], style: readonly number[]) => {
    const isTitle = page?.title?.block.row === r;
    const points = heights.get(r);
    const ht = points !== undefined ? ` ht="${points}" customHeight="1"` : "";
    const number = String(r + 1);
    xml.add(`<row r="${number}"${ht}>`);
    // A framed row has a cell in every column, so each one draws its edges.
    const count = edges.has(cellKey(r, 0)) ? Math.max(cells.length, width) : cells.length;
    for (let i = 0; i < count; i++) {
      const ref = (letters[i] ??= columnLetters(i)) + number;
      const s = isTitle ? formTitle : styleAt(r, i, style[i] ?? style[0]);
      const cell = cells[i] ?? null;
      if ((cell === null || cell === "") && s !== (style[i] ?? style[0]))
        xml.add(`<c r="${ref}" s="${s}"/>`);
      else addCell(xml, ref, cell, s, shared);
    }
    xml.add("</row>");
  };
  row(0, [titleOf(sheet)], [title]);
  const notes = noteRow(sheet);
  if (notes.length > 0) row(header - 1, notes, plain);
  const headers = sheet.columns.map((c) => c.header);
  row(header, headers, strong);
  rows.forEach((r, i) => row(header + 1 + i, r, plain));
  after.forEach((r, i) => row(header + 1 + rows.length + i, r, strong));
  xml.add(
    `</sheetData>` +
      (page?.title?.merge
        ? `<mergeCells count="1"><mergeCell ref="${rangeAddress(page.title.block)}"/></mergeCells>`
        : "") +
      (validations.length
        ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
        : "") +
      (page ? printXml(page) : DEFAULT_MARGINS) +
      (drawingId ? `<drawing r:id="${drawingId}"/>` : "") +
      (layout.table ? `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` : "") +
      `</worksheet>`
  );
  if (!layout.table) return { sheet: xml.bytes(), page };
  const tableRef = rangeAddress(layout.table.block);
  const name = xmlEscape(layout.table.name);
  const columns = sheet.columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(c.header)}"/>`)
    .join("");
  const table =
    `${XML_HEAD}<table xmlns="${NS.main}" id="${tableId}" name="${name}" displayName="${name}" ref="${tableRef}" totalsRowShown="0">` +
    `<autoFilter ref="${tableRef}"/><tableColumns count="${width}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  return { sheet: xml.bytes(), table, page };
}
