import type { CellMark, CellWrite, WorkbookPort } from "../jobs/workbook-port";
import { isOwnedTitle, safeSheetName, type OutputSheet } from "../jobs/output-sheet";
import type { SheetGrid } from "../sheets/grid";
import { chooseSheetName } from "./sheet-name-choice";
import { applyKehouEdits } from "./package/kehou-package";
import { isRecordSheet, mergeMarkRecords, recordSheetName, type MarkRecord } from "./mark-record";
import { marksOnSchoolNotes } from "./package/cell-marks";
import { writeCells, type SheetCellWrites } from "./package/cell-writes";
import { OpcPackage } from "./package/opc-package";
import { UnsupportedPackage } from "./package/xml-text";
import type { PartDeflater } from "./package/deflate-part";
import type { PartInflater } from "./package/inflate-part";
import { blankPackage } from "./package/blank-package";
import { chartDrawingPart, graftAll } from "./package/chart-graft";
import type { ChartSheetPlan } from "../jobs/chart-plan";
import { readWorkbookCells } from "./cells/read-cells";
import { exceljs } from "./xlsx-exceljs";
import { fileKind, otherFormatLimit, RefusedFile } from "./file-kind";
import { valuesCopy } from "./values-copy";
import { writableDialect } from "./package/writable-dialect";
import { UnwritableWorkbook } from "./unwritable-workbook";
import { WRITE_TEXT } from "../findings/messages/write";
import type { XlsOdsReader } from "./xls-ods-grids";
import type { TextMetrics } from "../jobs/wrap-height";

/**
 * The .xlsx adapter of the workbook port; in Node and in the browser page alike. It is a
 * reader (bytes → grids: the file's package opened once, its cells read by the cell reader)
 * and a writer (edits → bytes: the part writer adds Kehou's sheets, marks and the settings
 * form's cells to that package), with one list of pending edits. A workbook Kehou makes starts
 * from the blank package. Every read, before and after any edit, is the cell reader's. A Strict
 * or prefixed package is first put in the writer's dialect (see `writing`); exceljs only
 * normalises a package the writer still refuses, once, after which the same writer adds
 * Kehou's parts.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Kehou's sheets written this session, by name. */
  private readonly pending = new Map<string, OutputSheet>();
  /** Pending sheets already in the sheet order. */
  private readonly placed = new Set<string>();
  /** Kehou's sheets as read back, by name, until written again. */
  private readonly pendingGrids = new Map<string, SheetGrid>();
  private marks?: readonly CellMark[];
  /** Cells the settings form set in the user's sheets, in the order set. */
  private readonly writes: SheetCellWrites[] = [];
  /** How the copy's new parts are deflated (see `deflateWith`); fflate's unless set. */
  private deflate?: PartDeflater;
  private metrics?: TextMetrics;
  /** The file's sheets in order, a pending sheet by its name. */
  private readonly sheets: (SheetGrid | string)[];
  /** The package has been normalised by exceljs (done at most once). */
  private normalised = false;
  /** The package has been put in the writer's dialect (see `writing`). */
  private dialect = false;
  /** Makes the .xlsx copy of a workbook read from another format, when first written to. */
  private copy?: () => Promise<Uint8Array>;
  /** Plans handed over through the port, drawn when the workbook is saved. */
  private plannedCharts: readonly (ChartSheetPlan | undefined)[] = [];

  private constructor(
    private pkg: OpcPackage,
    grids: readonly SheetGrid[] = []
  ) {
    this.sheets = [...grids];
  }

  /**
   * Opens .xlsx bytes and reads their cells: a workbook that would inflate past the limit is
   * refused unopened, one that is damaged, or lists a sheet whose part is missing, is refused
   * with a Chinese message. `inflate` inflates its parts (Node's zlib from the file adapter).
   */
  static async fromBuffer(
    data: ArrayBuffer | Uint8Array,
    inflate?: PartInflater
  ): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    // Checked by the real numbers and inflated once (stopping at the limits; a refusal says
    // why in Chinese); the cell reader and the writer take this one package.
    const pkg = OpcPackage.read(bytes, inflate);
    return new XlsxWorkbook(pkg, readWorkbookCells(pkg));
  }

  /**
   * Opens a school's file by what its bytes are (./file-kind), never by its name: .xlsx and
   * .xlsm by the cell reader, .xls/.et/.ods by `reader` (loaded only for such a file) into
   * the same grids, under the same size limits; anything else is refused with the sentence
   * that names it (RefusedFile). `file` is the name shown in that sentence; `inflate` as for
   * `fromBuffer`.
   */
  static async open(
    data: ArrayBuffer | Uint8Array,
    file: string,
    reader: () => Promise<XlsOdsReader>,
    inflate?: PartInflater
  ): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kind = fileKind(bytes, file);
    if (kind.kind === "refused") throw new RefusedFile(kind.message);
    if (kind.kind === "xlsx") return XlsxWorkbook.fromBuffer(bytes, inflate);
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
    const wb = new XlsxWorkbook(OpcPackage.read(blankPackage()), grids);
    wb.copy = copy;
    return wb;
  }

  /** The copy made (see `fromGrids`) and opened as the package the writes go to. */
  private async copied(): Promise<void> {
    if (!this.copy) return;
    const bytes = await this.copy();
    this.copy = undefined;
    this.pkg = OpcPackage.read(bytes);
  }

  /**
   * A new workbook of Kehou's own: the blank package, no sheets yet; its wrapped rows sized
   * for `metrics`, the renderer that will print it (Excel's unless said).
   */
  static empty(metrics?: TextMetrics): XlsxWorkbook {
    const wb = new XlsxWorkbook(OpcPackage.read(blankPackage()));
    wb.metrics = metrics;
    return wb;
  }

  /** Has the copy's new parts deflated by `deflate` (Node's native zlib, from the file adapter). */
  deflateWith(deflate: PartDeflater): this {
    this.deflate = deflate;
    return this;
  }

  /**
   * The package as exceljs re-saves it, for the writer to add to (see the class comment);
   * a package exceljs cannot re-save either is refused in Chinese (UnwritableWorkbook).
   */
  private async normalise(): Promise<void> {
    this.normalised = true;
    try {
      const wb = new (exceljs().Workbook)();
      await wb.xlsx.load(this.pkg.toBytes() as unknown as ArrayBuffer);
      this.pkg = OpcPackage.read(new Uint8Array(await wb.xlsx.writeBuffer()));
    } catch {
      throw new UnwritableWorkbook(WRITE_TEXT.structure);
    }
  }

  /**
   * Runs a writer's edit. The package is first put, once, in the dialect the writer edits
   * (Strict OOXML as the transitional package it mirrors, prefixed SpreadsheetML without its
   * prefix: ./package/writable-dialect), which changes no cell; when the writer still refuses
   * it, it is normalised once by exceljs and the edit retried; what neither can write is
   * refused (UnwritableWorkbook) before anything is written.
   */
  private async writing<T>(edit: () => T): Promise<T> {
    if (!this.dialect) {
      this.dialect = true;
      try {
        this.pkg = writableDialect(this.pkg) ?? this.pkg;
      } catch (e) {
        if (e instanceof UnsupportedPackage)
          throw new UnwritableWorkbook(WRITE_TEXT.mixedNamespaces);
        throw e;
      }
    }
    try {
      return edit();
    } catch (e) {
      if (!(e instanceof UnsupportedPackage)) throw e;
      if (this.normalised) throw new UnwritableWorkbook(WRITE_TEXT.structure);
      await this.normalise();
      return this.writing(edit);
    }
  }

  /**
   * Puts the sheets written so far into the sheet order: a re-written one keeps its tab, as
   * the part writer keeps it in the file, a new one goes last.
   */
  private place(): void {
    for (const name of this.pending.keys()) {
      if (this.placed.has(name)) continue;
      const at = this.sheets.findIndex((s) => (typeof s === "string" ? s : s.name) === name);
      if (at >= 0) this.sheets[at] = name;
      else this.sheets.push(name);
      this.placed.add(name);
    }
  }

  /** A sheet Kehou wrote, as read back: written alone into a copy and read by the cell reader. */
  private async pendingGrid(name: string): Promise<SheetGrid> {
    let grid = this.pendingGrids.get(name);
    if (!grid) {
      await this.copied();
      const sheet = { ...this.pending.get(name)!, name };
      const copy = await this.writing(() => {
        const c = this.pkg.copy();
        applyKehouEdits(c, { sheets: [sheet] });
        return c;
      });
      grid = readWorkbookCells(copy, new Set([name]))[0];
      this.pendingGrids.set(name, grid);
    }
    return grid;
  }

  /**
   * Each sheet's cells as a grid. Rows are as long as their last cell and empty rows share one
   * empty array, so a sheet costs what it holds, not its used-range rectangle: one value in
   * XFD1048576 is a million empty rows and one row of 16,384 cells, not 17 billion cells.
   */
  async readSheets(): Promise<SheetGrid[]> {
    this.place();
    const out: SheetGrid[] = [];
    for (const s of this.sheets) out.push(typeof s === "string" ? await this.pendingGrid(s) : s);
    return out;
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const names: string[] = [];
    for (const sheet of sheets) {
      const existing = new Map<string, { owned: boolean }>();
      for (const s of this.sheets)
        if (typeof s !== "string")
          existing.set(s.name, { owned: isOwnedTitle(s.values[0]?.[0] ?? null) });
      for (const name of this.pending.keys()) existing.set(name, { owned: true });
      const name = chooseSheetName(safeSheetName(sheet.name), existing);
      this.pending.set(name, sheet);
      this.placed.delete(name);
      this.pendingGrids.delete(name);
      names.push(name);
    }
    return names;
  }

  /**
   * Sets cells of the user's sheets (the settings form). The sheets are then read again by
   * the cell reader from the package as it will be written, so every read, before and after
   * 保存设置, is the one reading the command line gives.
   */
  async setCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    await this.copied();
    this.writes.push({ sheet, cells });
    const pkg = await this.writing(() => {
      const copy = this.pkg.copy();
      writeCells(copy, this.writes);
      return copy;
    });
    const mine = new Set(this.pending.keys());
    const grids = new Map(
      readWorkbookCells(pkg)
        .filter((g) => !mine.has(g.name))
        .map((g) => [g.name, g])
    );
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
    await this.copied();
    this.marks = marks;
    const previous = this.lastMarks();
    return this.writing(() => marksOnSchoolNotes(this.pkg, previous, marks));
  }

  /**
   * The sheets that are Kehou's record, found by what they hold (a school's own sheet named
   * 「Kehou标记」 is never one): one, or more where the user copied it.
   */
  private recordSheets(): SheetGrid[] {
    return this.sheets.filter(
      (s): s is SheetGrid => typeof s !== "string" && isRecordSheet(s.values)
    );
  }

  /** The last run's mark records: every record's lines, whoever wrote them (see mergeMarkRecords). */
  private lastMarks(): MarkRecord[] {
    return mergeMarkRecords(this.recordSheets().flatMap((s) => s.values.map((row) => row[0])));
  }

  /** The name Kehou's record goes under in this workbook (see recordSheetName). */
  private marksSheet(): string {
    return recordSheetName(
      this.sheets.map((s) =>
        typeof s === "string"
          ? { name: s, record: false }
          : { name: s.name, record: isRecordSheet(s.values) }
      )
    );
  }

  /** Charts handed over through the port: drawn when the workbook is saved. */
  async drawCharts(plans: readonly (ChartSheetPlan | undefined)[]): Promise<void> {
    this.plannedCharts = plans;
  }

  /**
   * The workbook as .xlsx bytes: the package it was opened from (or the blank one) with
   * Kehou's parts added and the settings form's cells written (see package/kehou-package).
   * `charts` are drawn in the same package: those on a sheet Kehou writes now are written
   * with it; the rest (the user's sheets, a second plan for a sheet) are grafted, and a plan
   * that cannot be drawn is left out.
   */
  async toBuffer(
    charts: readonly (ChartSheetPlan | undefined)[] = this.plannedCharts
  ): Promise<Uint8Array> {
    await this.copied();
    const previous = this.lastMarks();
    const drawn = new Map<string, ChartSheetPlan>();
    const rest = charts.filter((p) => {
      if (!p || p.charts.length === 0 || p.cells || !this.pending.has(p.sheet)) return true;
      if (drawn.has(p.sheet)) return true;
      drawn.set(p.sheet, p);
      return false;
    });
    const pkg = await this.writing(() => {
      const copy = this.pkg.copy();
      applyKehouEdits(copy, {
        sheets: [...this.pending].map(([name, s]) => ({ ...s, name })),
        marks: this.marks && {
          previous,
          marks: this.marks,
          sheet: this.marksSheet(),
          records: this.recordSheets().map((s) => s.name),
        },
        cells: this.writes,
        metrics: this.metrics,
        drawings: new Map([...drawn].map(([sheet, p]) => [sheet, chartDrawingPart(p)])),
      });
      return copy;
    });
    return graftAll(pkg, rest).toBytes(this.deflate);
  }
}
