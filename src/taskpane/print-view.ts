/* global document, HTMLElement */
import {
  isForm,
  isFormula,
  OUTPUT_HEADER_ROW,
  type OutputCell,
  type OutputSheet,
} from "../jobs/output-sheet";
import { fenText } from "../policy/fen";

/** A cell as the printed sheet shows it: money columns as ¥ with two decimals. */
function shown(cell: OutputCell | undefined, money: boolean): string {
  const v = cell !== undefined && cell !== null && isFormula(cell) ? cell.result : cell;
  if (v === undefined || v === null) return "";
  if (typeof v === "number" && money) return `¥${fenText(Math.round(v * 100))}`;
  return String(v);
}

/**
 * Lays Kehou's print-ready sheets out for the browser's print view, page by page as the
 * workbook breaks them (each page a block that CSS never splits, a page break after it):
 * the same rows the .xlsx prints, so the page's 打印 and Excel's print agree. Text goes in
 * as text (textContent), never as markup.
 */
export function renderPrintView(container: HTMLElement, sheets: readonly OutputSheet[]): void {
  container.replaceChildren();
  for (const sheet of sheets) {
    const print = sheet.print;
    if (!isForm(print)) continue;
    const rows = sheet.rows;
    const top = OUTPUT_HEADER_ROW + 1; // sheet row of the first data row
    const first = print.firstRow - top;
    const ends = [...print.breaksAfter.map((r) => r - top + 1), print.lastRow - top + 1];
    let start = Math.max(first, 0);
    for (const end of ends) {
      const page = document.createElement("section");
      page.className = "print-page";
      const table = document.createElement("table");
      const cols = document.createElement("colgroup");
      for (const c of sheet.columns) {
        const col = document.createElement("col");
        col.style.width = `${c.width}ch`;
        cols.append(col);
      }
      table.append(cols);
      for (const row of rows.slice(start, end)) {
        const tr = document.createElement("tr");
        const last = row.reduce<number>((l, c, i) => (c !== null && c !== "" ? i : l), -1);
        row.slice(0, last + 1).forEach((cell, i) => {
          const td = document.createElement("td");
          td.textContent = shown(cell, sheet.columns[i]?.format === "money");
          if (i === last) td.colSpan = sheet.columns.length - i; // long text runs across, as in Excel
          tr.append(td);
        });
        if (last < 0) tr.append(document.createElement("td"));
        table.append(tr);
      }
      page.append(table);
      container.append(page);
      start = end;
    }
  }
}
