/* global Excel, Office */
import type { OutputSheet } from "../jobs/output-sheet";
import { columnLetters } from "../sheets/a1";

/** Whether the host has the page layout API (ExcelApi 1.9); the tests' fake has no `Office`. */
export function hasPageLayout(): boolean {
  return (
    typeof Office === "undefined" ||
    !Office.context?.requirements ||
    Office.context.requirements.isSetSupported("ExcelApi", "1.9")
  );
}

/**
 * Sets a sheet up for print as the .xlsx adapter does: A4 portrait, one page wide, the print
 * area, a page break before each page's first row, wrapped columns and their rows autofitted.
 * Queued in the writing request: no sync of its own. Where the host lacks ExcelApi 1.9 the
 * sheet is still written, only without its page setup.
 */
export function setOfficePrint(ws: Excel.Worksheet, sheet: OutputSheet): void {
  const print = sheet.print;
  if (!print) return;
  const last = columnLetters(sheet.columns.length - 1);
  const area = `A${print.firstRow + 1}:${last}${print.lastRow + 1}`;
  sheet.columns.forEach((c, i) => {
    const col = ws.getRange(
      `${columnLetters(i)}${print.firstRow + 1}:${columnLetters(i)}${print.lastRow + 1}`
    );
    col.format.horizontalAlignment = "Left";
    if (c.wrap) ((col.format.wrapText = true), (col.format.verticalAlignment = "Top"));
  });
  ws.getRange(area).format.autofitRows();
  if (!hasPageLayout()) return;
  const layout = ws.pageLayout;
  layout.orientation = "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  layout.setPrintArea(area);
  // PageBreakCollection.add puts the break before the range's top-left cell.
  for (const row of print.breaksAfter) ws.horizontalPageBreaks.add(`A${row + 2}`);
}
