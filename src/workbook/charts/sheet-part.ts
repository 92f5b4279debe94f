import { isFormula, type OutputCell } from "../../jobs/output-sheet";
import { a1 } from "../../sheets/a1";
import { escapeXml, NS, XML_HEAD } from "./xml";

function cellXml(value: OutputCell, row: number, col: number): string {
  const ref = a1(row, col);
  if (value === null || value === undefined || value === "") return "";
  if (isFormula(value)) {
    const f = `<f>${escapeXml(value.formula.replace(/^=/, ""))}</f>`;
    if (typeof value.result === "number") return `<c r="${ref}">${f}<v>${value.result}</v></c>`;
    if (typeof value.result === "string")
      return `<c r="${ref}" t="str">${f}<v>${escapeXml(value.result)}</v></c>`;
    return `<c r="${ref}">${f}</c>`;
  }
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : "";
  // Text is always text (an inline string), never read as a formula.
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

/**
 * A new worksheet part holding `cells` (0-based rows from A1) and a drawing, set up to print
 * on A4 landscape at full size, with a page break before each row of `pageBreaks`.
 */
export function worksheetPartXml(options: {
  cells: readonly (readonly OutputCell[])[];
  drawingRelId: string;
  pageBreaks?: readonly number[];
  columnWidths?: readonly number[];
}): string {
  const rows = options.cells
    .map((cells, r) => {
      const body = cells.map((v, c) => cellXml(v, r, c)).join("");
      return body ? `<row r="${r + 1}">${body}</row>` : "";
    })
    .join("");
  const cols = options.columnWidths?.length
    ? `<cols>${options.columnWidths
        .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
        .join("")}</cols>`
    : "";
  const breaks = options.pageBreaks ?? [];
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
        .map((r) => `<brk id="${r}" max="16383" man="1"/>`)
        .join("")}</rowBreaks>`
    : "";
  return (
    `${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" customHeight="1"/>${cols}<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>` +
    // paperSize 9 is A4 (ECMA-376 Part 1 §18.3.1.63), at full size: the plan sizes its charts
    // to the page, and scaling to fit would shrink the school names.
    `<pageSetup paperSize="9" orientation="landscape" scale="100"/>` +
    `${rowBreaks}<drawing r:id="${options.drawingRelId}"/></worksheet>`
  );
}
