import {
  isForm,
  noteRow,
  OUTPUT_HEADER_ROW,
  titleOf,
  type OutputCell,
  type OutputSheet,
} from "../../jobs/output-sheet";
import { NUMBER_FORMATS } from "../number-formats";
import { DEFAULT_ROW_POINTS, EXCEL_METRICS, type TextMetrics, wrappedLines } from "../wrap-height";
import { FIT_TO_PAGE, printXml } from "./print-xml";
import { cellKey, emphasised, frameEdges, framedRowPoints, type Edges } from "../../jobs/form-look";
import { a1, columnLetters } from "../../sheets/a1";
import type { CellAlignment, StylesAppender } from "./styles-append";
import { Utf8Builder } from "./utf8-builder";
import { cellTextEscape, xmlEscape } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One cell, written to a sheet's bytes (in cell format `s`, if given); nothing for an empty one. */
export function addCell(xml: Utf8Builder, ref: string, cell: OutputCell, s?: number): void {
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

/** The XML of a sheet Kehou writes (as UTF-8 bytes, the part's content) and of its table, if any. */
export interface OutputSheetXml {
  readonly sheet: Uint8Array;
  readonly table?: string;
}

/**
 * An output sheet as worksheet XML, the same layout the exceljs renderer makes: title in
 * A1, header row, data rows (an Excel table when named), rows after in bold, column widths
 * and number formats, pick-lists, frozen header. Text is written inline, so the school's
 * shared strings are never renumbered. `tableId` must be unused in the workbook.
 */
export function outputSheetXml(
  sheet: OutputSheet,
  styles: StylesAppender,
  tableId: number,
  /** The r:id of a drawing (charts) on the sheet, which the caller adds as a part. */
  drawingId?: string,
  /** How the renderer that prints the file lays text out, for the heights of wrapped rows. */
  metrics: TextMetrics = EXCEL_METRICS
): OutputSheetXml {
  const header = OUTPUT_HEADER_ROW;
  const form = isForm(sheet.print) ? sheet.print : undefined;
  const font = styles.sheetFont();
  const bold = styles.sheetFont({ bold: true });
  // A sheet for the school to fill in keeps typed ids as text (学号 00123 stays 00123).
  const formats = sheet.columns.map((c) =>
    styles.numFmt(sheet.owned === false && c.format === "text" ? "@" : NUMBER_FORMATS[c.format])
  );
  // As the exceljs renderer: wrapped columns top-aligned; a printed form left-aligned, every
  // cell top-aligned so a label sits level with the first line of its text.
  const align = sheet.columns.map((c): CellAlignment | undefined =>
    c.wrap || form
      ? { horizontal: form ? "left" : undefined, vertical: "top", wrap: c.wrap }
      : undefined
  );
  const plain = formats.map((f, i) => styles.cellFormat(f, font, align[i]));
  const strong = formats.map((f, i) => styles.cellFormat(f, bold, align[i]));
  const title = styles.cellFormat(0, styles.sheetFont({ bold: true, size: 14 }));
  // A form's own cells: its printed title, its framed notices, the amounts in bold.
  const edges = form
    ? frameEdges(form, sheet.columns.length, (r) => sheet.rows[r - header - 1])
    : new Map<string, Edges>();
  const loud = form ? emphasised(form) : new Set<string>();
  const formTitle = styles.cellFormat(0, styles.sheetFont({ bold: true, size: 16 }), {
    horizontal: "center",
    vertical: "center",
  });
  const emphasisFont = styles.sheetFont({ bold: true, size: 13 });
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
  const width = sheet.columns.length;
  const after = sheet.after ?? [];
  // Printed forms get the height their wrapped text needs: LibreOffice keeps a file's heights.
  const lines = (cells: readonly OutputCell[]) =>
    form
      ? Math.max(
          1,
          ...cells.map((c, i) =>
            sheet.columns[i]?.wrap && typeof c === "string"
              ? wrappedLines(c, sheet.columns[i].width, { metrics })
              : 1
          )
        )
      : 1;
  const last = header + rows.length + after.length;
  const cols = sheet.columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${plain[i]}" customWidth="1"/>`
    )
    .join("");
  const validations = (sheet.validations ?? []).map((v) => {
    const list = v.list.join(",");
    const from = header + 1 + (v.from ?? 0);
    const range = `${a1(from, v.col)}:${a1(from + v.rows - 1, v.col)}`;
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Kehou" error="${xmlEscape(`请从列表中选择：${v.list.join("、")}`)}" sqref="${range}"><formula1>"${xmlEscape(list)}"</formula1></dataValidation>`;
  });
  const tableRef = `A${header + 1}:${columnLetters(width - 1)}${header + 1 + rows.length}`;
  const xml = new Utf8Builder(64 * 1024 + 48 * width * rows.length);
  xml.add(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">` +
      (sheet.print ? FIT_TO_PAGE : "") +
      `<dimension ref="A1:${columnLetters(Math.max(width, 1) - 1)}${last + 1}"/>` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${header + 1}" topLeftCell="A${header + 2}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
  );
  // Each column's letters once, not per cell.
  const letters: string[] = [];
  const row = (r: number, cells: readonly OutputCell[], style: readonly number[]) => {
    const isTitle = form?.titleRow === r;
    const n = lines(cells);
    const framed = form && framedRowPoints(form, r);
    const points = isTitle ? 2 * DEFAULT_ROW_POINTS : (framed ?? n * DEFAULT_ROW_POINTS);
    const ht = n > 1 || isTitle || framed ? ` ht="${points}" customHeight="1"` : "";
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
      else addCell(xml, ref, cell, s);
    }
    xml.add("</row>");
  };
  row(0, [titleOf(sheet)], [title]);
  const notes = noteRow(sheet);
  if (notes.length > 0) row(header - 1, notes, plain);
  row(
    header,
    sheet.columns.map((c) => c.header),
    strong.map((_, i) => strong[i])
  );
  rows.forEach((r, i) => row(header + 1 + i, r, plain));
  after.forEach((r, i) => row(header + 1 + rows.length + i, r, strong));
  xml.add(
    `</sheetData>` +
      (form?.titleRow !== undefined && width > 1
        ? `<mergeCells count="1"><mergeCell ref="A${form.titleRow + 1}:${columnLetters(width - 1)}${form.titleRow + 1}"/></mergeCells>`
        : "") +
      (validations.length
        ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
        : "") +
      (sheet.print
        ? printXml(sheet.print)
        : `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`) +
      (drawingId ? `<drawing r:id="${drawingId}"/>` : "") +
      (sheet.table ? `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` : "") +
      `</worksheet>`
  );
  if (!sheet.table) return { sheet: xml.bytes() };
  const columns = sheet.columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(c.header)}"/>`)
    .join("");
  const table =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${tableId}" name="${xmlEscape(sheet.table)}" displayName="${xmlEscape(sheet.table)}" ref="${tableRef}" totalsRowShown="0">` +
    `<autoFilter ref="${tableRef}"/><tableColumns count="${width}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  return { sheet: xml.bytes(), table };
}
