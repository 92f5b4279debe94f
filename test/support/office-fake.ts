/**
 * A recording fake of the slice of Office.js the adapter uses: worksheets, used ranges,
 * ranges by index and address, tables, formats. Like Excel, a property read before its
 * load and sync throws. It counts `sync` calls and the bytes each request would carry.
 */
import type { CellValue } from "../../src/sheets/grid";

type Cell = { value: CellValue; formula?: string; format: string; fill?: string };

function bytes(x: unknown): number {
  return Buffer.byteLength(JSON.stringify(x), "utf8");
}

class FakeRange {
  private loaded = new Set<string>();
  private pendingLoad: string[] = [];
  format = {
    font: { bold: false },
    columnWidth: 0,
    fill: { load: () => undefined, clear: () => undefined, color: "#FFFFFF" },
    // Print formats of notices: RangeFormat.wrapText, horizontalAlignment, verticalAlignment
    // (ExcelApi 1.1) and autofitRows (ExcelApi 1.2), learn.microsoft.com/javascript/api/excel/excel.rangeformat
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    autofitRows: () => {
      this.sheet.autofitted.push(this.rowIndexValue);
    },
  };
  dataValidation: { rule?: unknown } = {};
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    readonly rowIndexValue: number,
    readonly columnIndexValue: number,
    readonly rowCountValue: number,
    readonly columnCountValue: number,
    readonly nullObject = false
  ) {
    // The fill colour is the first cell's, as Excel reports it.
    const cell = () => this.sheet.cell(this.rowIndexValue, this.columnIndexValue);
    Object.defineProperty(this.format.fill, "color", {
      get: () => cell().fill ?? "#FFFFFF",
      set: (c: string) => {
        cell().fill = c;
      },
    });
    this.format.fill.clear = () => {
      cell().fill = undefined;
    };
  }
  set values(rows: CellValue[][]) {
    this.ctx.requestBytes += bytes(rows);
    rows.forEach((row, r) =>
      row.forEach((v, c) =>
        Object.assign(this.sheet.cell(this.rowIndexValue + r, this.columnIndexValue + c), {
          value: v,
          formula: undefined,
        })
      )
    );
  }
  load(props: string): this {
    this.pendingLoad.push(...props.split(",").map((p) => p.trim()));
    this.ctx.onSync(() => {
      for (const p of this.pendingLoad) this.loaded.add(p);
      if (this.pendingLoad.includes("values")) this.ctx.responseBytes += bytes(this.readValues());
      if (this.pendingLoad.includes("numberFormat"))
        this.ctx.responseBytes += bytes(this.readFormats());
      this.pendingLoad = [];
    });
    return this;
  }
  private need(p: string) {
    if (!this.loaded.has(p)) throw new Error(`PropertyNotLoaded: ${p}`);
  }
  get isNullObject() {
    return this.nullObject; // known after the sync that made it, without a load
  }
  get rowIndex() {
    this.need("rowIndex");
    return this.rowIndexValue;
  }
  get columnIndex() {
    this.need("columnIndex");
    return this.columnIndexValue;
  }
  get rowCount() {
    this.need("rowCount");
    return this.rowCountValue;
  }
  get columnCount() {
    this.need("columnCount");
    return this.columnCountValue;
  }
  private readValues(): CellValue[][] {
    return this.grid((c) => (c ? c.value : ""));
  }
  private readFormats(): string[][] {
    return this.grid((c) => (c ? c.format : "General"));
  }
  private grid<T>(pick: (c: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rowCountValue }, (_, r) =>
      Array.from({ length: this.columnCountValue }, (_, c) =>
        pick(this.sheet.cells[this.rowIndexValue + r]?.[this.columnIndexValue + c])
      )
    );
  }
  get values(): CellValue[][] {
    this.need("values");
    return this.readValues();
  }
  get numberFormat(): string[][] {
    this.need("numberFormat");
    return this.readFormats();
  }
  set numberFormat(formats: string[][]) {
    this.ctx.requestBytes += bytes(formats);
    formats.forEach((row, r) =>
      row.forEach(
        (f, c) => (this.sheet.cell(this.rowIndexValue + r, this.columnIndexValue + c).format = f)
      )
    );
  }
  set formulas(rows: (string | number)[][]) {
    this.ctx.requestBytes += bytes(rows);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = this.sheet.cell(this.rowIndexValue + r, this.columnIndexValue + c);
        if (typeof v === "string" && v.startsWith("="))
          Object.assign(cell, { formula: v, value: v });
        else
          Object.assign(cell, {
            formula: undefined,
            value: typeof v === "string" && v.startsWith("'") ? v.slice(1) : v,
          });
      })
    );
  }
}

class FakeWorksheet {
  cells: Cell[][] = [];
  tables = {
    added: [] as { address: string; name?: string; style?: string }[],
    add: (address: string) => this.addTable(address),
  };
  frozenRows = 0;
  freezePanes = { freezeRows: (n: number) => (this.frozenRows = n) };
  deleted = false;
  active = false;
  /** Rows whose heights were autofitted (first row of each range). */
  autofitted: number[] = [];
  /**
   * Worksheet.pageLayout (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.pagelayout):
   * orientation, paperSize, zoom ({ horizontalFitToPages, verticalFitToPages, scale }),
   * centerHorizontally, and setPrintArea(address), which Excel keeps as the sheet's print area.
   */
  pageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 } as Record<string, number>,
    centerHorizontally: false,
    printArea: "",
    setPrintArea: (address: string) => {
      this.pageLayout.printArea = address;
    },
  };
  /**
   * Worksheet.horizontalPageBreaks (ExcelApi 1.9, excel.pagebreakcollection): add(range)
   * "adds a page break before the top-left cell of the range specified".
   */
  horizontalPageBreaks = {
    added: [] as string[],
    add: (address: string) => {
      this.horizontalPageBreaks.added.push(address);
    },
  };
  constructor(
    private readonly ctx: FakeContext,
    public name: string
  ) {}
  cell(r: number, c: number): Cell {
    this.cells[r] ??= [];
    return (this.cells[r][c] ??= { value: "", format: "General" });
  }
  private addTable(address: string) {
    const t: { address: string; name?: string; style?: string } = { address };
    this.tables.added.push(t);
    return t;
  }
  getUsedRangeOrNullObject() {
    const rows = this.cells.length;
    const cols = this.cells.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
    return new FakeRange(this.ctx, this, 0, 0, rows, cols, rows === 0);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  visibility = "Visible";
  getRange(address = "") {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
    if (!m) return new FakeRange(this.ctx, this, 0, 0, 0, 0); // whole columns: formats only
    const col = (letters: string) =>
      [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const [r1, c1] = [Number(m[2]) - 1, col(m[1])];
    const [r2, c2] = m[3] ? [Number(m[4]) - 1, col(m[3])] : [r1, c1];
    return new FakeRange(this.ctx, this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }
  delete() {
    this.deleted = true;
    this.ctx.workbook.worksheets.all = this.ctx.workbook.worksheets.all.filter((w) => w !== this);
  }
  activate() {
    this.active = true;
  }
}

class FakeWorksheets {
  all: FakeWorksheet[] = [];
  private loaded = false;
  constructor(private readonly ctx: FakeContext) {}
  load() {
    this.ctx.onSync(() => (this.loaded = true));
    return this;
  }
  get items() {
    if (!this.loaded) throw new Error("PropertyNotLoaded: items");
    return this.all;
  }
  getItem(name: string) {
    const ws = this.all.find((w) => w.name === name);
    if (!ws) throw new Error(`ItemNotFound: ${name}`);
    return ws;
  }
  getItemOrNullObject(name: string) {
    const ws = this.all.find((w) => w.name === name);
    if (ws) return Object.assign(ws, { isNullObject: false });
    const nothing = new FakeWorksheet(this.ctx, name);
    return Object.assign(nothing, {
      isNullObject: true,
      getUsedRangeOrNullObject: () => new FakeRange(this.ctx, nothing, 0, 0, 0, 0, true),
    });
  }
  add(name: string) {
    if (this.all.some((w) => w.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: ${name}`);
    const ws = new FakeWorksheet(this.ctx, name);
    this.all.push(ws);
    return ws;
  }
}

/** The fake request context: `workbook.worksheets`, `sync`, and what was counted. */
export class FakeContext {
  readonly workbook = { worksheets: new FakeWorksheets(this) };
  syncs = 0;
  requestBytes = 0;
  responseBytes = 0;
  readonly perSync: { request: number; response: number }[] = [];
  private queued: (() => void)[] = [];
  onSync(fn: () => void) {
    this.queued.push(fn);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const q = this.queued;
    this.queued = [];
    q.forEach((fn) => fn());
    this.perSync.push({ request: this.requestBytes, response: this.responseBytes });
    this.requestBytes = 0;
    this.responseBytes = 0;
  }
  /** Seeds a sheet with values, as a user's workbook would have them. */
  seed(name: string, values: CellValue[][], formats?: string[][]) {
    const ws = this.workbook.worksheets.add(name);
    values.forEach((row, r) =>
      row.forEach((v, c) =>
        Object.assign(ws.cell(r, c), { value: v ?? "", format: formats?.[r]?.[c] ?? "General" })
      )
    );
    return ws;
  }
}
