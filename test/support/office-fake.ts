/**
 * A strict fake of the slice of Office.js Kehou uses, behaving as Excel documents it (each
 * rule cites its page): typed input, names that must be unique, null objects, used ranges
 * that start anywhere, PropertyNotLoaded, 5 MB per request and response, notes only with
 * ExcelApi 1.18, protected sheets. Edits apply in order; the first failing action fails the
 * batch, later ones do nothing, and `sync` throws. `FakeExcel` is the open workbook; each
 * `Excel.run` gets a new `FakeContext` on it.
 */
import type { CellValue } from "../../src/sheets/grid";
import { EXCEL_PAYLOAD_LIMIT, FakeOfficeError, wireBytes } from "./office-fake-errors";
import { FakeRange, type Batch } from "./office-fake-range";
import { parseAddress, SheetData, splitSheetAddress, type TableData } from "./office-fake-sheet";
import { FakeNotes } from "./office-fake-notes";
import { typedInput } from "./office-fake-input";
import { FakeCharts } from "./office-fake-charts";

export { FakeOfficeError } from "./office-fake-errors";
export { SheetData } from "./office-fake-sheet";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The open workbook: what stays between requests. */
export class FakeExcel {
  sheets: SheetData[] = [];
  notes = new Map<string, string>();
  /** Workbook-scope defined names (Formulas → Name Manager). */
  names: string[] = [];
  /** `date1904`: the workbook uses the 1904 date system (File → Options → Advanced). */
  constructor(readonly options: { notes?: boolean; date1904?: boolean } = {}) {}

  sheet(name: string): SheetData {
    const s = this.sheets.find((w) => same(w.name, name));
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  has(name: string): boolean {
    return this.sheets.some((w) => same(w.name, name));
  }
  /** Every table of the workbook, whatever its sheet. */
  tables(): TableData[] {
    return this.sheets.flatMap((s) => s.tables);
  }
  /** Seeds a sheet as if the user typed each text cell into a new sheet (dates become serials). */
  typeIn(name: string, values: CellValue[][]) {
    const ws = new SheetData(name);
    this.sheets.push(ws);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const t = typeof v === "string" ? typedInput(v, "General", this.options.date1904) : null;
        Object.assign(ws.cell(r, c), {
          value: t ? t.value : v,
          format: t?.format ?? "General",
          formula: t?.formula,
        });
      })
    );
    return ws;
  }
  /** Seeds a sheet as a user's workbook would have it, from a top-left corner (default A1). */
  seed(name: string, values: CellValue[][], formats?: string[][], at = { row: 0, col: 0 }) {
    const ws = new SheetData(name);
    this.sheets.push(ws);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if ((v === null || v === "") && !formats?.[r]?.[c]) return;
        Object.assign(ws.cell(at.row + r, at.col + c), {
          value: v ?? "",
          format: formats?.[r]?.[c] ?? "General",
        });
      })
    );
    return ws;
  }
}

/** One request context: the batch of actions, its byte counts, and the syncs made. */
export class FakeContext implements Batch {
  readonly excel: FakeExcel;
  readonly workbook: FakeWorkbook;
  syncs = 0;
  readonly perSync: { request: number; response: number }[] = [];
  private requestBytes = 0;
  private loads: { bytes: number; done: () => void }[] = [];
  private failure?: FakeOfficeError;
  get date1904(): boolean {
    return this.excel.options.date1904 === true;
  }

  /**
   * With `lostAfter`, the add-in stops after that many syncs (the pane closed, the browser
   * tab gone): later requests never reach the workbook.
   */
  constructor(
    excel = new FakeExcel(),
    private readonly lostAfter = Infinity
  ) {
    this.excel = excel;
    this.workbook = new FakeWorkbook(this, excel);
  }

  act(requestBytes: number, edit: () => void): void {
    this.requestBytes += requestBytes + 40; // each action carries its object path and method
    if (this.syncs >= this.lostAfter) return;
    if (!this.failure) edit();
  }
  fail(code: string, message: string): void {
    this.failure ??= new FakeOfficeError(code, message);
  }
  onSync(responseBytes: number, done: () => void): void {
    this.requestBytes += 40;
    if (!this.failure) this.loads.push({ bytes: responseBytes, done });
  }

  async sync(): Promise<void> {
    if (this.syncs >= this.lostAfter) throw new FakeOfficeError("GeneralException", "lost");
    this.syncs++;
    const response = this.loads.reduce((n, l) => n + l.bytes, 0);
    const record = { request: this.requestBytes, response };
    this.perSync.push(record);
    const [loads, failure] = [this.loads, this.failure];
    [this.loads, this.failure, this.requestBytes] = [[], undefined, 0];
    // A request over 5 MB is RequestPayloadSizeLimitExceeded, a response (what the loads
    // bring back) over 5 MB ResponsePayloadSizeLimitExceeded (Excel.ErrorCodes:
    // https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes#excel-specific-error-codes).
    if (record.request > EXCEL_PAYLOAD_LIMIT)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request ${record.request} B`);
    if (record.response > EXCEL_PAYLOAD_LIMIT)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `response ${record.response} B`
      );
    if (failure) throw failure;
    loads.forEach((l) => l.done());
  }

  /** Seeds a sheet (see FakeExcel.seed). */
  seed(
    name: string,
    values: CellValue[][],
    formats?: string[][],
    at?: { row: number; col: number }
  ) {
    return this.excel.seed(name, values, formats, at);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly application = { suspendScreenUpdatingUntilNextSync: () => undefined };
  readonly functions: FakeFunctions;
  readonly names: FakeNames;
  private notesApi?: FakeNotes;
  constructor(
    private readonly ctx: FakeContext,
    private readonly excel: FakeExcel
  ) {
    this.worksheets = new FakeWorksheets(ctx, excel);
    this.tables = new FakeTables(ctx, excel);
    this.functions = new FakeFunctions(ctx);
    this.names = new FakeNames(ctx, excel);
  }
  /** Notes exist only from ExcelApi 1.18: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-18-requirement-set */
  get notes(): FakeNotes {
    if (!this.excel.options.notes)
      this.ctx.fail("ApiNotFound", "workbook.notes needs ExcelApi 1.18");
    return (this.notesApi ??= new FakeNotes(this.ctx, this.excel, (ref) => this.rangeOf(ref)));
  }
  private rangeOf(ref: string): { sheet: SheetData; a1: string } | undefined {
    const { sheet, address } = splitSheetAddress(ref);
    return sheet && this.excel.has(sheet)
      ? { sheet: this.excel.sheet(sheet), a1: address }
      : undefined;
  }
}

/**
 * Workbook.functions (ExcelApi 1.2): `date(y, m, d)` answers the day's serial in the
 * workbook's own date system, so DATE(1904,1,1) is 0 in a 1904 workbook and 1462 in a 1900
 * one: https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
 * and https://support.microsoft.com/office/date-function-e36c0c8c-4104-49da-ab83-82328b832349
 */
class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  date(year: number, month: number, day: number) {
    const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const value = this.ctx.date1904 ? serial - 1462 : serial;
    let loaded = false;
    const ctx = this.ctx;
    return {
      load() {
        ctx.onSync(20, () => (loaded = true));
        return this;
      },
      get value(): number {
        if (!loaded) throw new Error("PropertyNotLoaded: value");
        return value;
      },
    };
  }
}

/**
 * Workbook.names (ExcelApi 1.1), the workbook's defined names: they share one case-insensitive
 * namespace with table names ("a name … must be unique within its scope … Excel tables"):
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection and
 * https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
 */
class FakeNames {
  private loaded?: string[];
  constructor(
    private readonly ctx: FakeContext,
    private readonly excel: FakeExcel
  ) {}
  load() {
    const now = [...this.excel.names];
    this.ctx.onSync(wireBytes(now), () => (this.loaded = now));
    return this;
  }
  get items(): { name: string }[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: items");
    return this.loaded.map((name) => ({ name }));
  }
}

class FakeTables {
  private loaded = false;
  private names: { name: string; sheet: string }[] = [];
  constructor(
    private readonly ctx: FakeContext,
    private readonly excel: FakeExcel
  ) {}
  load() {
    const names = this.excel.sheets.flatMap((s) =>
      s.tables.map((t) => ({ name: t.name, sheet: s.name }))
    );
    this.ctx.onSync(wireBytes(names), () => ((this.names = names), (this.loaded = true)));
    return this;
  }
  get items(): { name: string; worksheet: { name: string } }[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: items");
    return this.names.map((t) => ({ name: t.name, worksheet: { name: t.sheet } }));
  }
}

class FakeWorksheets {
  private loaded?: SheetData[];
  constructor(
    private readonly ctx: FakeContext,
    private readonly excel: FakeExcel
  ) {}
  private withProtection = false;
  private withVisibility = false;
  /** "items/name", and "items/protection/protected" when asked for. */
  load(props = "") {
    const now = [...this.excel.sheets];
    const protection = props.includes("protection/protected");
    const visibility = props.includes("visibility");
    this.ctx.onSync(wireBytes(now.map((s) => s.name)), () => {
      this.loaded = now;
      this.withProtection = protection;
      this.withVisibility = visibility;
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loaded) throw new Error("PropertyNotLoaded: items");
    return this.loaded.map((s) => {
      const ws = new FakeWorksheet(this.ctx, this.excel, s);
      if (this.withProtection) ws.protectionLoaded = true;
      if (this.withVisibility) ws.visibilityLoaded = true;
      return ws;
    });
  }
  /** A missing sheet fails the batch with ItemNotFound: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1) */
  getItem(name: string): FakeWorksheet {
    const s = this.excel.sheets.find((w) => same(w.name, name));
    if (!s) this.ctx.fail("ItemNotFound", `worksheet ${name}`);
    return new FakeWorksheet(this.ctx, this.excel, s ?? new SheetData(name), !s);
  }
  /** *OrNullObject: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties */
  getItemOrNullObject(name: string): FakeWorksheet {
    const s = this.excel.sheets.find((w) => same(w.name, name));
    return new FakeWorksheet(this.ctx, this.excel, s ?? new SheetData(name), !s);
  }
  /**
   * A name in use (case-insensitive) fails with ItemAlreadyExists; a name Excel refuses
   * (over 31 characters, []:*?/\, blank) with InvalidArgument:
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)
   */
  add(name: string): FakeWorksheet {
    const s = new SheetData(name);
    this.ctx.act(wireBytes(name), () => {
      if (name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
        return this.ctx.fail("InvalidArgument", `sheet name ${name}`);
      if (this.excel.has(name)) return this.ctx.fail("ItemAlreadyExists", `worksheet ${name}`);
      this.excel.sheets.push(s);
    });
    return new FakeWorksheet(this.ctx, this.excel, s);
  }
}

class FakeWorksheet {
  readonly tables: { add: (address: string | FakeRange, hasHeaders: boolean) => FakeTable };
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly charts: FakeCharts;
  readonly protection: { protected: boolean; load: () => void };
  /**
   * Worksheet.pageLayout (ExcelApi 1.9): orientation, paperSize, zoom, centerHorizontally and
   * setPrintArea: https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
   */
  readonly pageLayout: Record<string, unknown> & {
    setPrintArea(address: string): void;
    setPrintTitleRows(address: string): void;
  };
  /**
   * Worksheet.horizontalPageBreaks (ExcelApi 1.9); add(range) puts a break before the range's
   * top-left cell: https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection
   */
  readonly horizontalPageBreaks: { readonly added: string[]; add(address: string): void };
  private madeAt: number;
  protectionLoaded = false;
  constructor(
    private readonly ctx: FakeContext,
    private readonly excel: FakeExcel,
    readonly data: SheetData,
    private readonly nullObject = false
  ) {
    this.madeAt = ctx.syncs;
    this.tables = { add: (address) => this.addTable(address) };
    this.freezePanes = { freezeRows: (n) => this.edit(() => (data.frozenRows = n)) };
    this.charts = new FakeCharts(ctx, data.charts);
    const self = this;
    const layout = data.pageLayout;
    this.pageLayout = {
      setPrintArea: (address: string) => this.edit(() => (layout.printArea = address)),
      // PageLayout.setPrintTitleRows (ExcelApi 1.9) takes rows to repeat at the top of each page:
      // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprinttitlerows-member(1)
      setPrintTitleRows: (address: string) => this.edit(() => (layout.printTitleRows = address)),
    } as Record<string, unknown> & {
      setPrintArea(address: string): void;
      setPrintTitleRows(address: string): void;
    };
    for (const key of Object.keys(layout))
      Object.defineProperty(this.pageLayout, key, {
        enumerable: true,
        get: () => layout[key],
        set: (v: unknown) => {
          this.edit(() => (layout[key] = v));
        },
      });
    this.horizontalPageBreaks = {
      get added() {
        return data.pageBreaks;
      },
      // A sheet holds at most 1,026 horizontal page breaks (HPageBreaks object:
      // https://learn.microsoft.com/office/vba/api/excel.hpagebreaks)
      add: (address: string) =>
        this.edit(() =>
          data.pageBreaks.length >= 1026
            ? this.ctx.fail("InvalidOperation", `more than 1,026 page breaks on ${data.name}`)
            : data.pageBreaks.push(address)
        ),
    };
    this.protection = {
      load: () => ctx.onSync(10, () => (self.protectionLoaded = true)),
      get protected() {
        if (!self.protectionLoaded) throw new Error("PropertyNotLoaded: protection/protected");
        return data.protected;
      },
    };
  }
  get name(): string {
    return this.data.name;
  }
  get isNullObject(): boolean {
    if (this.ctx.syncs === this.madeAt) throw new Error("PropertyNotLoaded: isNullObject");
    return this.nullObject;
  }
  private edit(fn: () => void): void {
    this.ctx.act(20, () =>
      this.nullObject ? this.ctx.fail("ItemNotFound", `worksheet ${this.data.name}`) : fn()
    );
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.edit(() => (this.data.visibility = v));
  }
  /** Worksheet.visibility (ExcelApi 1.1), read only once loaded: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member */
  get visibility() {
    if (!this.visibilityLoaded) throw new Error("PropertyNotLoaded: visibility");
    return this.data.visibility;
  }
  visibilityLoaded = false;
  /**
   * Worksheet.position (ExcelApi 1.1), "the zero-based position of the worksheet within the
   * workbook"; setting it moves the tab, and a position past the last sheet is refused:
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-position-member
   */
  set position(at: number) {
    this.edit(() => {
      const sheets = this.excel.sheets.filter((s) => s !== this.data);
      if (!Number.isInteger(at) || at < 0 || at > sheets.length)
        return this.ctx.fail("InvalidArgument", `position ${at} of ${this.data.name}`);
      sheets.splice(at, 0, this.data);
      this.excel.sheets = sheets;
    });
  }
  get position(): number {
    throw new Error("PropertyNotLoaded: position");
  }
  /**
   * A VeryHidden sheet cannot be deleted (InvalidOperation); its tables go with it:
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
   */
  delete(): void {
    this.edit(() => {
      if (this.data.visibility === "VeryHidden")
        return this.ctx.fail("InvalidOperation", `${this.data.name} is VeryHidden`);
      this.excel.sheets = this.excel.sheets.filter((s) => s !== this.data);
    });
  }
  activate(): void {
    this.edit(() => {
      this.excel.sheets.forEach((s) => (s.active = false));
      this.data.active = true;
    });
  }
  getRange(address = ""): FakeRange {
    const a = parseAddress(address);
    if (!a) this.ctx.fail("InvalidArgument", `address ${address}`);
    const { r, c, rows, cols } = a ?? { r: 0, c: 0, rows: 1, cols: 1 };
    return new FakeRange(this.ctx, this.data, r, c, rows, cols, this.nullObject);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.data, r, c, rows, cols, this.nullObject);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const b = this.nullObject ? null : this.data.usedBounds(valuesOnly);
    return b
      ? new FakeRange(this.ctx, this.data, b.r, b.c, b.rows, b.cols)
      : new FakeRange(this.ctx, this.data, 0, 0, 1, 1, true);
  }
  /**
   * Table names are unique in the whole workbook: https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
   * An address without a sheet name puts the table on the active sheet, whichever sheet's
   * collection was asked ("If the address does not contain a sheet name, the currently-active
   * sheet is used"): https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
   */
  private addTable(at: string | FakeRange): FakeTable {
    const address = typeof at === "string" ? at : at.a1;
    const table: TableData = { name: "", address };
    this.edit(() => {
      const onto =
        typeof at !== "string"
          ? at.sheetData
          : at.includes("!")
            ? this.data
            : (this.excel.sheets.find((s) => s.active) ?? this.excel.sheets[0]);
      for (let i = 1; !table.name; i++)
        if (!this.excel.tables().some((t) => same(t.name, `Table${i}`))) table.name = `Table${i}`;
      onto.tables.push(table);
    });
    return new FakeTable(this.ctx, this.excel, table);
  }
}

class FakeTable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly excel: FakeExcel,
    private readonly table: TableData
  ) {}
  set name(name: string) {
    this.ctx.act(wireBytes(name), () => {
      const clash =
        this.excel.tables().some((t) => t !== this.table && same(t.name, name)) ||
        this.excel.names.some((n) => same(n, name));
      if (clash || !/^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name))
        return this.ctx.fail("InvalidArgument", `table name ${name}`);
      this.table.name = name;
    });
  }
  get name(): string {
    return this.table.name;
  }
  set style(style: string) {
    this.ctx.act(20, () => (this.table.style = style));
  }
}
