import ExcelJS from "exceljs";
import type { CellMark, CellWrite, WorkbookPort } from "../jobs/workbook-port";
import { markXlsxCells } from "./xlsx-marks";
import { isOwnedTitle, safeSheetName, type OutputSheet } from "../jobs/output-sheet";
import type { CellValue, SheetGrid } from "../sheets/grid";
import { serialOfDate } from "./excel-serial";
import { renderToWorksheet } from "./xlsx-render";
import { chooseSheetName } from "./sheet-name-choice";
import { storedZip } from "./zip-guard";
import { markRecords, writeKehouPackage } from "./package/kehou-package";
import { marksOnSchoolNotes } from "./package/cell-marks";
import type { SheetCellWrites } from "./package/cell-writes";
import { UnsupportedPackage } from "./package/xml-text";
import type { PartDeflater } from "./package/deflate-part";
import { MARKS_SHEET } from "../jobs/workbook-port";
import { allowHistorySheetName } from "./xlsx-history-name";
import { missingSheetParts } from "./listed-parts";
import { chartedBytes } from "./charts/charted-bytes";
import { chartDrawingPart } from "./charts/drawing-parts";
import type { ChartSheetPlan } from "../jobs/chart-plan";

allowHistorySheetName();

/** The row of a grid with no cells, shared by every empty row. */
const NO_CELLS: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const NO_FORMATS: string[] = Object.freeze([]) as unknown as string[];

/** A cell value as Excel's range.values would give it (merged non-master cells are blank). */
export function plainValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return toPlain(cell.value);
}

/** A formula saved without its value (no <v>): what Excel shows is unknown until it recalculates. */
function isUncalculated(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v))
    return false;
  if (cell.isMerged && cell.master !== cell) return false;
  return (v as ExcelJS.CellFormulaValue).result === undefined;
}

function toPlain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOfDate(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return v.error;
  if ("formula" in v || "sharedFormula" in v)
    return toPlain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in v) return toPlain((v as ExcelJS.CellHyperlinkValue).text);
  return null;
}

/**
 * The .xlsx adapter of the workbook port, over exceljs; in Node and in the browser page alike.
 * Writes go to memory until the bytes are taken (`toBuffer`, or `saveXlsx` in Node).
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Kehou's sheets written this session, by name; rendered into exceljs only when read. */
  private readonly pending = new Map<string, OutputSheet>();
  private readonly rendered = new Set<string>();
  private marks?: readonly CellMark[];
  /** Cells the settings form set in the user's sheets: edits of their parts in the copy. */
  private readonly writes: SheetCellWrites[] = [];
  /** How the copy's new parts are deflated (see `deflateWith`); fflate's unless set. */
  private deflate?: PartDeflater;

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly source?: Uint8Array
  ) {}

  /** Opens .xlsx bytes; a workbook that would inflate past the limit is refused unopened. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    // Checked by the real numbers, inflated once (fflate, stopping at the limits) and handed
    // to exceljs stored, so it inflates nothing again.
    const stored = storedZip(bytes);
    if (typeof stored === "string") throw new Error(stored);
    const missing = missingSheetParts(stored ?? bytes);
    if (missing.length > 0)
      throw new Error(
        `工作簿不完整，工作表${missing.join("、")}的数据缺失：请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试`
      );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((stored ?? bytes) as unknown as ArrayBuffer);
    // The bytes as they came: the copy is these parts, byte for byte, plus Kehou's.
    return new XlsxWorkbook(wb, bytes);
  }

  static empty(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "Kehou";
    return new XlsxWorkbook(wb);
  }

  /** Has the copy's new parts deflated by `deflate` (Node's native zlib, from the file adapter). */
  deflateWith(deflate: PartDeflater): this {
    this.deflate = deflate;
    return this;
  }

  /** Puts the sheets written so far into the exceljs model, so reads see them. */
  private render(): void {
    for (const [name, sheet] of this.pending) {
      if (this.rendered.has(name)) continue;
      const old = this.workbook.getWorksheet(name);
      if (old) this.workbook.removeWorksheet(old.id);
      renderToWorksheet(this.workbook.addWorksheet(name), sheet);
      this.rendered.add(name);
    }
  }

  /**
   * Each sheet's cells as a grid. Rows are as long as their last cell and empty rows share one
   * empty array, so a sheet costs what it holds, not its used-range rectangle: one value in
   * XFD1048576 is a million empty rows and one row of 16,384 cells, not 17 billion cells.
   */
  async readSheets(): Promise<SheetGrid[]> {
    this.render();
    return this.workbook.worksheets.map((ws) => {
      const values: CellValue[][] = [];
      const numberFormats: string[][] = [];
      const uncalculated: string[] = [];
      // Formatted but empty rows (a million of them, at worst) are skipped by eachRow.
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        const v: CellValue[] = [];
        const f: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (isUncalculated(cell)) uncalculated.push(cell.address);
          const value = plainValue(cell);
          if (value === null) return;
          while (v.length < c - 1) (v.push(null), f.push("General"));
          v.push(value);
          f.push(cell.numFmt || "General");
        });
        if (v.length === 0) return;
        while (values.length < r - 1) (values.push(NO_CELLS), numberFormats.push(NO_FORMATS));
        values.push(v);
        numberFormats.push(f);
      });
      return {
        name: ws.name,
        values,
        numberFormats,
        ...(ws.state && ws.state !== "visible" ? { hidden: true } : {}),
        ...(uncalculated.length > 0 ? { uncalculated } : {}),
      };
    });
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const names: string[] = [];
    for (const sheet of sheets) {
      const existing = new Map(
        this.workbook.worksheets.map((ws) => [
          ws.name,
          { owned: isOwnedTitle(plainValue(ws.getCell("A1"))) },
        ])
      );
      for (const name of this.pending.keys()) existing.set(name, { owned: true });
      const name = chooseSheetName(safeSheetName(sheet.name), existing);
      this.pending.set(name, sheet);
      this.rendered.delete(name);
      names.push(name);
    }
    return names;
  }

  async setCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet) ?? this.workbook.addWorksheet(sheet);
    for (const c of cells) ws.getCell(c.row + 1, c.col + 1).value = c.value;
    this.writes.push({ sheet, cells });
  }

  /** The marks the last run recorded, from the hidden marks sheet. */
  private previousMarks() {
    const rows: unknown[] = [];
    this.workbook.getWorksheet(MARKS_SHEET)?.eachRow((row) => rows.push(row.getCell(1).value));
    return markRecords(rows);
  }

  async markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]> {
    this.marks = marks;
    try {
      if (this.source) return marksOnSchoolNotes(this.source, this.previousMarks(), marks);
    } catch (e) {
      if (!(e instanceof UnsupportedPackage)) throw e;
    }
    // Re-saved whole (see toBuffer): the notes as exceljs read them, Kehou's own aside.
    return marks.filter((m) => {
      const note = this.workbook.getWorksheet(m.sheet)?.getCell(m.cell).note;
      const text = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
      return text !== undefined && !text.startsWith("Kehou：");
    });
  }

  /**
   * The workbook as .xlsx bytes: the file it was opened from with Kehou's parts added and the
   * settings form's cells written (see package/kehou-package), or, for a workbook Kehou made
   * or one the writer cannot add to, the whole workbook saved by exceljs. `charts` are drawn
   * as `chartedBytes` draws them; those on a sheet Kehou writes now are written with it, in
   * the same pass.
   */
  async toBuffer(
    charts: readonly (ChartSheetPlan | undefined)[] = [],
    skipped?: (plan: ChartSheetPlan, error: Error) => void
  ): Promise<Uint8Array> {
    if (this.source) {
      // Plans for Kehou's sheets written now are drawn by the writer, one per sheet; the rest
      // (the user's sheets, a second plan for a sheet) go to the graft, which may refuse them.
      const drawn = new Map<string, ChartSheetPlan>();
      const rest = charts.filter((p) => {
        if (!p || p.charts.length === 0 || p.cells || !this.pending.has(p.sheet)) return true;
        if (drawn.has(p.sheet)) return true;
        drawn.set(p.sheet, p);
        return false;
      });
      try {
        const bytes = writeKehouPackage(
          this.source,
          {
            sheets: [...this.pending].map(([name, s]) => ({ ...s, name })),
            marks: this.marks && { previous: this.previousMarks(), marks: this.marks },
            cells: this.writes,
            drawings: new Map([...drawn].map(([sheet, p]) => [sheet, chartDrawingPart(p)])),
          },
          this.deflate
        );
        return rest.length > 0 ? chartedBytes(bytes, rest, skipped) : bytes;
      } catch (e) {
        if (!(e instanceof UnsupportedPackage)) throw e;
      }
    }
    this.render();
    if (this.marks) markXlsxCells(this.workbook, this.marks);
    this.marks = undefined;
    this.workbook.calcProperties.fullCalcOnLoad = true;
    const bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return charts.length > 0 ? chartedBytes(bytes, charts, skipped) : bytes;
  }
}
