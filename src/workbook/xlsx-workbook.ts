import type ExcelJS from "exceljs";
import type { CellMark, CellWrite, WorkbookPort } from "../jobs/workbook-port";
import { markXlsxCells } from "./xlsx-marks";
import { isOwnedTitle, safeSheetName, type OutputSheet } from "../jobs/output-sheet";
import type { SheetGrid } from "../sheets/grid";
import { renderToWorksheet } from "./xlsx-render";
import { chooseSheetName } from "./sheet-name-choice";
import { storedZipOf } from "./zip-guard";
import { markRecords, writeKehouPackage } from "./package/kehou-package";
import { marksOnSchoolNotes } from "./package/cell-marks";
import { writeCells, type SheetCellWrites } from "./package/cell-writes";
import { OpcPackage } from "./package/opc-package";
import { RefusedZip } from "./package/zip-read";
import { UnsupportedPackage } from "./package/xml-text";
import type { PartDeflater } from "./package/deflate-part";
import { chartDrawingPart, chartedBytes } from "./package/chart-graft";
import type { ChartSheetPlan } from "../jobs/chart-plan";
import { MARKS_SHEET } from "../jobs/workbook-port";
import { readWorkbookCells } from "./cells/read-cells";
import { exceljs } from "./xlsx-exceljs";
import { firstColumn, modelGrids, plainValue } from "./xlsx-model-grids";
import { fileKind, otherFormatLimit, RefusedFile } from "./file-kind";
import { valuesCopy } from "./values-copy";
import type { XlsOdsReader } from "./xls-ods-grids";

/** The file a workbook was opened from: its package, opened once (see package/opc-package). */
interface Source {
  readonly pkg: OpcPackage;
}

/**
 * The .xlsx adapter of the workbook port; in Node and in the browser page alike. A file's
 * cells are read once, on opening, by the cell reader (./cells); exceljs is loaded only for
 * what still needs its model: Kehou's own new workbooks, the settings form's edits (re-saved
 * whole), reading back the sheets Kehou wrote, and the re-save when the part writer cannot add
 * to a package. Writes go to memory until the bytes are taken (`toBuffer`, or `saveXlsx`).
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Kehou's sheets written this session, by name. */
  private readonly pending = new Map<string, OutputSheet>();
  /** Pending sheets already in the sheet order (file path) and in the model (exceljs path). */
  private readonly placed = new Set<string>();
  private readonly rendered = new Set<string>();
  /** Kehou's sheets as read back, by name, until written again. */
  private readonly pendingGrids = new Map<string, SheetGrid>();
  private marks?: readonly CellMark[];
  /** Cells the settings form set in the user's sheets: edits of their parts in the copy. */
  private readonly writes: SheetCellWrites[] = [];
  /** How the copy's new parts are deflated (see `deflateWith`); fflate's unless set. */
  private deflate?: PartDeflater;
  /** The file's sheets in order, a pending sheet by its name; unused once there is a model. */
  private readonly sheets: (SheetGrid | string)[];

  /** Makes the .xlsx copy of a workbook read from another format, when first written to. */
  private copy?: () => Promise<Uint8Array>;

  private constructor(
    private source?: Source,
    grids: readonly SheetGrid[] = [],
    /** exceljs's model of the workbook, made only when needed (see the class comment). */
    private model?: ExcelJS.Workbook
  ) {
    this.sheets = [...grids];
  }

  /**
   * Opens .xlsx bytes and reads their cells: a workbook that would inflate past the limit is
   * refused unopened, one that is damaged, or lists a sheet whose part is missing, is refused
   * with a Chinese message.
   */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    // Checked by the real numbers and inflated once (fflate, stopping at the limits); the
    // cell reader and the writer take this one package.
    let pkg: OpcPackage;
    try {
      pkg = OpcPackage.read(bytes);
    } catch (e) {
      if (e instanceof RefusedZip) throw new Error(e.message);
      throw e;
    }
    return new XlsxWorkbook({ pkg }, readWorkbookCells(pkg));
  }

  /**
   * Opens a school's file by what its bytes are (./file-kind), never by its name: .xlsx and
   * .xlsm by the cell reader, .xls/.et/.ods by `reader` (loaded only for such a file) into
   * the same grids, under the same size limits; anything else is refused with the sentence
   * that names it (RefusedFile). `file` is the name shown in that sentence.
   */
  static async open(
    data: ArrayBuffer | Uint8Array,
    file: string,
    reader: () => Promise<XlsOdsReader>
  ): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kind = fileKind(bytes, file);
    if (kind.kind === "refused") throw new RefusedFile(kind.message);
    if (kind.kind === "xlsx") return XlsxWorkbook.fromBuffer(bytes);
    const limit = otherFormatLimit(bytes, kind.kind, file);
    if (limit) throw new RefusedFile(limit);
    const { grids, widths } = (await reader()).readXlsOdsGrids(bytes, kind.kind, file);
    return XlsxWorkbook.fromGrids(grids, () => valuesCopy(grids, widths));
  }

  /**
   * A workbook read by another reader (.xls, .et, .ods): its grids as read, and `copy`, which
   * makes the .xlsx that every write goes to (the school's sheets as values), made only when a
   * job first writes, marks or saves, so reading alone (consolidation) never makes one.
   */
  static fromGrids(grids: readonly SheetGrid[], copy: () => Promise<Uint8Array>): XlsxWorkbook {
    const wb = new XlsxWorkbook(undefined, grids);
    wb.copy = copy;
    return wb;
  }

  /** The copy made (see `fromGrids`) and opened as the file the writes go to. */
  private async copied(): Promise<void> {
    if (!this.copy) return;
    const bytes = await this.copy();
    this.copy = undefined;
    this.source = { pkg: OpcPackage.read(bytes) };
  }

  static empty(): XlsxWorkbook {
    const wb = new (exceljs().Workbook)();
    wb.creator = "Kehou";
    return new XlsxWorkbook(undefined, [], wb);
  }

  /** Has the copy's new parts deflated by `deflate` (Node's native zlib, from the file adapter). */
  deflateWith(deflate: PartDeflater): this {
    this.deflate = deflate;
    return this;
  }

  /** The model, loaded from the file's parts (stored, so exceljs inflates nothing again). */
  private async loadModel(): Promise<ExcelJS.Workbook> {
    if (this.model) return this.model;
    await this.copied();
    const wb = new (exceljs().Workbook)();
    if (this.source) {
      const { pkg } = this.source;
      const parts = new Map(pkg.names().map((n) => [n, pkg.bytes(n)!]));
      await wb.xlsx.load(storedZipOf(parts) as unknown as ArrayBuffer);
      for (const w of this.writes) {
        const ws = wb.getWorksheet(w.sheet) ?? wb.addWorksheet(w.sheet);
        for (const c of w.cells) ws.getCell(c.row + 1, c.col + 1).value = c.value;
      }
    }
    return (this.model = wb);
  }

  /** Puts the sheets written so far into the model, so its reads and saves see them. */
  private render(model: ExcelJS.Workbook): void {
    for (const [name, sheet] of this.pending) {
      if (this.rendered.has(name)) continue;
      const old = model.getWorksheet(name);
      if (old) model.removeWorksheet(old.id);
      renderToWorksheet(model.addWorksheet(name), sheet);
      this.rendered.add(name);
    }
  }

  /** Puts the sheets written so far into the file's sheet order, as rendering does the model's. */
  private place(): void {
    for (const name of this.pending.keys()) {
      if (this.placed.has(name)) continue;
      const at = this.sheets.findIndex((s) => (typeof s === "string" ? s : s.name) === name);
      if (at >= 0) this.sheets.splice(at, 1);
      this.sheets.push(name);
      this.placed.add(name);
    }
  }

  /** A sheet Kehou wrote, as read back: rendered alone by exceljs and read as before. */
  private pendingGrid(name: string): SheetGrid {
    let grid = this.pendingGrids.get(name);
    if (!grid) {
      const wb = new (exceljs().Workbook)();
      renderToWorksheet(wb.addWorksheet(name), this.pending.get(name)!);
      this.pendingGrids.set(name, (grid = modelGrids(wb)[0]));
    }
    return grid;
  }

  /**
   * Each sheet's cells as a grid. Rows are as long as their last cell and empty rows share one
   * empty array, so a sheet costs what it holds, not its used-range rectangle: one value in
   * XFD1048576 is a million empty rows and one row of 16,384 cells, not 17 billion cells.
   */
  async readSheets(): Promise<SheetGrid[]> {
    if (this.model) {
      this.render(this.model);
      return modelGrids(this.model);
    }
    this.place();
    return this.sheets.map((s) => (typeof s === "string" ? this.pendingGrid(s) : s));
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const names: string[] = [];
    for (const sheet of sheets) {
      const existing = new Map<string, { owned: boolean }>();
      if (this.model)
        for (const ws of this.model.worksheets)
          existing.set(ws.name, { owned: isOwnedTitle(plainValue(ws.getCell("A1"))) });
      else
        for (const s of this.sheets)
          if (typeof s !== "string")
            existing.set(s.name, { owned: isOwnedTitle(s.values[0]?.[0] ?? null) });
      for (const name of this.pending.keys()) existing.set(name, { owned: true });
      const name = chooseSheetName(safeSheetName(sheet.name), existing);
      this.pending.set(name, sheet);
      this.placed.delete(name);
      this.rendered.delete(name);
      this.pendingGrids.delete(name);
      names.push(name);
    }
    return names;
  }

  /**
   * Sets cells of the user's sheets (the settings form). A file's sheets are then read again
   * by the cell reader from the package as it will be written, so every read, before and
   * after 保存设置, is the one reading the command line gives.
   */
  async setCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    this.writes.push({ sheet, cells });
    if (this.model) {
      const ws = this.model.getWorksheet(sheet) ?? this.model.addWorksheet(sheet);
      for (const c of cells) ws.getCell(c.row + 1, c.col + 1).value = c.value;
      return;
    }
    if (!this.source) return;
    const pkg = this.source.pkg.copy();
    try {
      writeCells(pkg, this.writes);
    } catch (e) {
      if (!(e instanceof UnsupportedPackage)) throw e;
      await this.loadModel(); // the writer cannot edit this part: the model carries the edits
      return;
    }
    const grids = new Map(readWorkbookCells(pkg).map((g) => [g.name, g]));
    for (let i = 0; i < this.sheets.length; i++) {
      const s = this.sheets[i];
      if (typeof s === "string") continue;
      const now = grids.get(s.name);
      if (now) this.sheets[i] = now;
      grids.delete(s.name);
    }
    // A sheet the form added comes after the user's sheets, before Kehou's.
    const firstOwn = this.sheets.findIndex((s) => typeof s === "string");
    this.sheets.splice(firstOwn < 0 ? this.sheets.length : firstOwn, 0, ...grids.values());
  }

  async markCells(marks: readonly CellMark[]): Promise<readonly CellMark[]> {
    this.marks = marks;
    await this.copied();
    try {
      if (this.source)
        return marksOnSchoolNotes(this.source.pkg, markRecords(this.markRows()), marks);
    } catch (e) {
      if (!(e instanceof UnsupportedPackage)) throw e;
    }
    // Re-saved whole (see toBuffer): the notes as exceljs read them, Kehou's own aside.
    const model = await this.loadModel();
    return marks.filter((m) => {
      const note = model.getWorksheet(m.sheet)?.getCell(m.cell).note;
      const text = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
      return text !== undefined && !text.startsWith("Kehou：");
    });
  }

  /** Column A of the hidden marks sheet's rows: the last run's records. */
  private markRows(): unknown[] {
    if (this.model) return firstColumn(this.model, MARKS_SHEET);
    const saved = this.sheets.find(
      (s): s is SheetGrid => typeof s !== "string" && s.name === MARKS_SHEET
    );
    return (saved?.values ?? []).filter((row) => row.length > 0).map((row) => row[0]);
  }

  /**
   * The workbook as .xlsx bytes: the file it was opened from with Kehou's parts added and the
   * settings form's cells written (see package/kehou-package), or, for a workbook Kehou made
   * or one the writer cannot add to, the whole workbook saved by exceljs. `charts` are drawn
   * as `chartedBytes` draws them; those on a sheet Kehou writes now are written with it, in
   * the same pass.
   */
  /** Plans handed over through the port, drawn when the workbook is saved. */
  private plannedCharts: readonly (ChartSheetPlan | undefined)[] = [];

  async drawCharts(plans: readonly (ChartSheetPlan | undefined)[]): Promise<void> {
    this.plannedCharts = plans;
  }

  async toBuffer(
    charts: readonly (ChartSheetPlan | undefined)[] = this.plannedCharts,
    skipped?: (plan: ChartSheetPlan, error: Error) => void
  ): Promise<Uint8Array> {
    await this.copied();
    if (this.source) {
      const previous = markRecords(this.markRows());
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
          this.source.pkg,
          {
            sheets: [...this.pending].map(([name, s]) => ({ ...s, name })),
            marks: this.marks && { previous, marks: this.marks },
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
    const model = await this.loadModel();
    this.render(model);
    if (this.marks) markXlsxCells(model, this.marks);
    this.marks = undefined;
    model.calcProperties.fullCalcOnLoad = true;
    const bytes = new Uint8Array(await model.xlsx.writeBuffer());
    return charts.length > 0 ? chartedBytes(bytes, charts, skipped) : bytes;
  }
}
