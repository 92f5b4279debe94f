/**
 * The strict Office fake's workbook to and from an .xlsx file, as Excel saves and opens one:
 * values, solid fills, notes and each sheet's visibility. Excel saves a note as a legacy
 * comment (a `<comment>` of the sheet's comments part with its text in runs, and a text box
 * in the sheet's VML drawing) — "Notes … are the same as comments in earlier versions of
 * Excel": https://support.microsoft.com/office/the-difference-between-threaded-comments-and-notes-75a51eec-4092-42ab-abf8-7669077b7be3
 * and ECMA-376 Part 1 §18.7 (Comments). exceljs writes that same shape of part, so it stands
 * in for Excel's own writer here.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/sheets/grid";
import { FakeExcel, type SheetData } from "./office-fake";

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** What Excel writes when the user saves the workbook the add-in worked in. */
export async function excelSaves(excel: FakeExcel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of excel.sheets) {
    const ws = wb.addWorksheet(s.name, { state: STATE[s.visibility] });
    s.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const to = ws.getCell(r + 1, c + 1);
        if (cell.value !== "" && cell.value !== null) to.value = cell.value;
        if (cell.fill)
          to.fill = {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: `FF${cell.fill.slice(1).toUpperCase()}` },
          };
      })
    );
  }
  for (const [key, text] of excel.notes) {
    const [sheet, cell] = key.split("!");
    const s = excel.sheets.find((x) => x.name.toLowerCase() === sheet);
    if (s) wb.getWorksheet(s.name)!.getCell(cell).note = text;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const VISIBILITY: Record<string, SheetData["visibility"]> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** The workbook Excel shows when the user opens the file (ExcelApi 1.18: with notes). */
export async function excelOpens(bytes: Uint8Array): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const excel = new FakeExcel({ notes: true });
  wb.eachSheet((ws) => {
    const values: CellValue[][] = [];
    const fills: [number, number, string][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
          (values[r - 1] ??= [])[c - 1] = v;
        const f = cell.fill as ExcelJS.FillPattern | undefined;
        if (f?.pattern === "solid" && f.fgColor?.argb)
          fills.push([r - 1, c - 1, `#${f.fgColor.argb.slice(-6).toUpperCase()}`]);
        const n = cell.note;
        const text = typeof n === "string" ? n : n?.texts?.map((t) => t.text).join("");
        if (text) excel.notes.set(`${ws.name.toLowerCase()}!${cell.address}`, text);
      })
    );
    for (let r = 0; r < values.length; r++)
      values[r] = Array.from(values[r] ?? [], (v) => v ?? null);
    const sheet = excel.seed(ws.name, values);
    for (const [r, c, fill] of fills) sheet.cell(r, c).fill = fill;
    sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
  });
  return excel;
}
