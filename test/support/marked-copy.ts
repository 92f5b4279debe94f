import ExcelJS from "exceljs";
import type { CellMark } from "../../src/jobs/workbook-port";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { partsOf, text } from "./package-parts";

/** The copy `breaches --highlight` writes: the workbook read, these cells marked, written out. */
export async function markedCopy(
  bytes: Uint8Array,
  marks: readonly CellMark[]
): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  await wb.readSheets();
  await wb.markCells(marks);
  return wb.toBuffer();
}

/** Every notes part and drawing of a package, as text (read by fflate, not by Kehou). */
export function notesText(bytes: Uint8Array): string {
  return [...partsOf(bytes)]
    .filter(([n]) => /comments\d*\.xml$|\.vml$/.test(n))
    .map(([, d]) => text(d))
    .join("\n");
}

/** A mark of an over-time cell of the 考勤 sheet of `lateSchool`. */
export const lateMark = (cell: string): CellMark => ({
  sheet: "考勤",
  cell,
  severity: "error",
  note: "超时",
});

/** A school's 考勤 sheet with service until 19:00, as exceljs writes it; `edit` adds its looks. */
export async function lateSchool(edit?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考勤");
  ws.addRows([
    ["学号", "5-10", "5-11"],
    ["S1", "19:00", "19:00"],
    ["S2", "19:00", 1],
  ]);
  edit?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
