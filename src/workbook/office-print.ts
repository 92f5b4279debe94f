/* global Excel, Office */
import { isForm, OUTPUT_HEADER_ROW, type OutputSheet } from "../jobs/output-sheet";
import { columnLetters } from "../sheets/a1";
import { cellKey, frameEdges } from "../jobs/form-look";
import { ACTION_BYTES } from "./office-payload";

/** Whether the host has the page layout API (ExcelApi 1.9); the tests' fake has no `Office`. */
export function hasPageLayout(): boolean {
  return (
    typeof Office === "undefined" ||
    !Office.context?.requirements ||
    Office.context.requirements.isSetSupported("ExcelApi", "1.9")
  );
}

/**
 * Sets a sheet up for print as the .xlsx adapter does: A4 one page wide; a form in portrait
 * with its print area, a page break before each page's first row, its cells top-aligned,
 * wrapped columns and their rows autofitted, its title, frames and amounts; a table in
 * landscape with its header row on every page. Queued in the writing request: no sync of its
 * own. Where the host lacks ExcelApi 1.9 the sheet is still written, only without its page setup.
 */
export async function setOfficePrint(
  ws: Excel.Worksheet,
  sheet: OutputSheet,
  room: (bytes: number) => Promise<void> = async () => undefined
): Promise<void> {
  const print = sheet.print;
  if (!print) return;
  if (!isForm(print)) {
    if (!hasPageLayout()) return;
    const layout = ws.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.centerHorizontally = true;
    const header = OUTPUT_HEADER_ROW + 1;
    layout.setPrintTitleRows(`$${header}:$${header}`);
    for (const row of print.breaksAfter) {
      await room(ACTION_BYTES);
      ws.horizontalPageBreaks.add(`A${row + 2}`);
    }
    return;
  }
  const last = columnLetters(sheet.columns.length - 1);
  const area = `A${print.firstRow + 1}:${last}${print.lastRow + 1}`;
  sheet.columns.forEach((c, i) => {
    const col = ws.getRange(
      `${columnLetters(i)}${print.firstRow + 1}:${columnLetters(i)}${print.lastRow + 1}`
    );
    col.format.horizontalAlignment = "Left";
    col.format.verticalAlignment = "Top";
    if (c.wrap) col.format.wrapText = true;
  });
  ws.getRange(area).format.autofitRows();
  if (print.titleRow !== undefined) {
    const title = ws.getRange(`A${print.titleRow + 1}:${last}${print.titleRow + 1}`);
    if (sheet.columns.length > 1) title.merge(false);
    title.format.horizontalAlignment = "Center";
    title.format.verticalAlignment = "Center";
    title.format.font.bold = true;
    title.format.font.size = 16;
  }
  // Each framed row boxed, a line between columns only where the row goes on (form-look).
  const edges = frameEdges(
    print,
    sheet.columns.length,
    (r) => sheet.rows[r - OUTPUT_HEADER_ROW - 1]
  );
  for (const f of print.frames ?? [])
    for (let r = f.firstRow; r <= f.lastRow; r++) {
      // A frame is many small actions: 3,000 notices' frames pass Excel's 5 MB in one request.
      await room(ACTION_BYTES * (4 + sheet.columns.length));
      const borders = ws.getRange(`A${r + 1}:${last}${r + 1}`).format.borders;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const)
        borders.getItem(edge).style = "Continuous";
      for (let c = 1; c < sheet.columns.length; c++)
        if (edges.get(cellKey(r, c))?.left)
          ws.getRange(`${columnLetters(c)}${r + 1}`).format.borders.getItem("EdgeLeft").style =
            "Continuous";
    }
  for (const e of print.emphasis ?? []) {
    await room(ACTION_BYTES * 2);
    const font = ws.getRange(`${columnLetters(e.col)}${e.row + 1}`).format.font;
    font.bold = true;
    font.size = 13;
  }
  if (!hasPageLayout()) return;
  const layout = ws.pageLayout;
  layout.orientation = "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  layout.setPrintArea(area);
  // PageBreakCollection.add puts the break before the range's top-left cell.
  for (const row of print.breaksAfter) {
    await room(ACTION_BYTES);
    ws.horizontalPageBreaks.add(`A${row + 2}`);
  }
}
