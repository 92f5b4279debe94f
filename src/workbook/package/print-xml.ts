import type { OutputSheet, PrintSetup } from "../../jobs/output-sheet";
import { OpcPackage } from "./opc-package";
import { columnLetters } from "./cell-ref";
import { sheetEntries, workbookPart } from "./workbook-index";
import { elements, insertBefore, xmlEscape } from "./xml-text";

/**
 * The print elements of a printed form (the exceljs renderer's page setup, in schema order):
 * centred, narrow margins, A4 portrait one page wide, a manual break after each page's last row.
 */
export function printXml(print: PrintSetup): string {
  const breaks = print.breaksAfter.map((r) => `<brk id="${r + 1}" max="16383" man="1"/>`).join("");
  return (
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>` +
    (breaks
      ? `<rowBreaks count="${print.breaksAfter.length}" manualBreakCount="${print.breaksAfter.length}">${breaks}</rowBreaks>`
      : "")
  );
}

const PRINT_AREA = "_xlnm.Print_Area";

/**
 * Sets the print area of Kehou's sheet: a definedName in the workbook part, added (or, on a
 * re-run, replacing the one Kehou gave the same sheet); the school's own names are untouched.
 */
export function setPrintArea(pkg: OpcPackage, sheet: OutputSheet & { name: string }): void {
  if (!sheet.print) return;
  const index = sheetEntries(pkg).findIndex((s) => s.name === sheet.name);
  if (index < 0) return;
  const wb = workbookPart(pkg);
  let xml = pkg.text(wb) ?? "";
  const last = columnLetters(sheet.columns.length - 1);
  const ref = `'${sheet.name.replace(/'/g, "''")}'!$A$${sheet.print.firstRow + 1}:$${last}$${sheet.print.lastRow + 1}`;
  const tag = `<definedName name="${PRINT_AREA}" localSheetId="${index}">${xmlEscape(ref)}</definedName>`;
  // Matched by parsed attributes: LibreOffice and WPS write localSheetId before name.
  const mine = elements(xml, "definedName").find(
    (e) => e.attr("name") === PRINT_AREA && e.attr("localSheetId") === String(index)
  );
  if (mine) xml = xml.slice(0, mine.start) + tag + xml.slice(mine.end);
  else if (xml.includes("</definedNames>")) xml = insertBefore(xml, ["</definedNames>"], tag);
  else xml = xml.replace("</sheets>", `</sheets><definedNames>${tag}</definedNames>`);
  pkg.set(wb, xml);
}
