import { absoluteAddress, type PagePlan } from "../../jobs/sheet-layout";
import type { OpcPackage } from "./opc-package";
import { sheetRef } from "../../sheets/a1";
import { sheetEntries, workbookPart } from "./workbook-index";
import { workbookList } from "./workbook-lists";
import { elements, xmlEscape } from "./xml-text";

/** `<sheetPr>`'s page setup flag: without it Excel and LibreOffice ignore fitToWidth (ECMA-376 §18.3.1.65). */
export const FIT_TO_PAGE = `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;

/** Excel's margins for a sheet with no print setup of its own. */
export const DEFAULT_MARGINS = `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;

/** Manual page breaks, each above a 0-based row (a break's id is the row the new page starts at). */
export function rowBreaksXml(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/**
 * The print elements of a sheet (the exceljs renderer's page setup, in schema order): centred,
 * narrow margins, A4 (paperSize 9) one page wide and as tall as it takes, portrait for a form,
 * landscape for a table; a manual break after each page's last row.
 */
export function printXml(page: PagePlan): string {
  return (
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    rowBreaksXml(page.breaksBefore)
  );
}

const PRINT_AREA = "_xlnm.Print_Area";
const PRINT_TITLES = "_xlnm.Print_Titles";

/** Sets (or, on a re-run, replaces) one built-in name of the sheet at `index`. */
function setSheetName(xml: string, name: string, index: number, ref: string): string {
  const tag = `<definedName name="${name}" localSheetId="${index}">${xmlEscape(ref)}</definedName>`;
  // Matched by parsed attributes: LibreOffice and WPS write localSheetId before name.
  const mine = elements(xml, "definedName").find(
    (e) => e.attr("name") === name && e.attr("localSheetId") === String(index)
  );
  if (mine) return xml.slice(0, mine.start) + tag + xml.slice(mine.end);
  // A new list goes where CT_Workbook puts it: after <sheets> and any <externalReferences>.
  const list = workbookList(xml, "definedNames");
  return list.xml.slice(0, list.at) + tag + list.xml.slice(list.at);
}

/**
 * Sets the print names of Kehou's sheet in the workbook part: a form's print area, a table's
 * header row repeated on every page (Print_Titles); added, or on a re-run replacing the ones
 * Kehou gave the same sheet. The school's own names are untouched.
 */
export function setPrintArea(pkg: OpcPackage, name: string, page: PagePlan | undefined): void {
  if (!page) return;
  const index = sheetEntries(pkg).findIndex((s) => s.name === name);
  if (index < 0) return;
  const wb = workbookPart(pkg);
  let xml = pkg.text(wb) ?? "";
  if (page.area)
    xml = setSheetName(xml, PRINT_AREA, index, sheetRef(name, absoluteAddress(page.area)));
  else if (page.titleRow !== undefined) {
    const header = page.titleRow + 1;
    xml = setSheetName(xml, PRINT_TITLES, index, sheetRef(name, `$${header}:$${header}`));
  }
  pkg.set(wb, xml);
}
