/** Ranges of the strict Office fake: typed input on write, snapshots on load, errors at sync. */
import type { CellValue } from "../../src/sheets/grid";
import { wireBytes } from "./office-fake-errors";
import { typedInput } from "./office-fake-input";
import { columnIndex, type Cell, type SheetData } from "./office-fake-sheet";

/** What a range needs from its request context. */
export interface Batch {
  /** Runs an edit now unless an earlier action of this batch failed; counts its request bytes. */
  act(requestBytes: number, edit: () => void): void;
  /** Fails the batch: the next `sync` throws this and later actions do nothing. */
  fail(code: string, message: string): void;
  /** A load: its response bytes and what to do once the sync returns. */
  onSync(responseBytes: number, done: () => void): void;
  readonly syncs: number;
  /** The workbook counts dates from 1904 (Excel's "Use 1904 date system"). */
  readonly date1904: boolean;
}

const letters = (c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export class FakeRange {
  private loaded = new Set<string>();
  private snapshot: { values?: CellValue[][]; formats?: string[][]; fill?: string } = {};
  private readonly madeAt: number;
  readonly format: {
    font: { bold: boolean; size: number };
    columnWidth: number;
    borders: { getItem(edge: string): { style: string } };
    fill: {
      color: string;
      pattern: string;
      patternColor: string;
      tintAndShade: number;
      patternTintAndShade: number;
      clear(): void;
      load(p: string): void;
    };
    wrapText: boolean;
    horizontalAlignment: string;
    verticalAlignment: string;
    autofitRows(): void;
  };
  readonly dataValidation: { rule: unknown };

  constructor(
    private readonly batch: Batch,
    private readonly sheet: SheetData,
    private readonly r: number,
    private readonly c: number,
    private readonly rows: number,
    private readonly cols: number,
    private readonly nullObject = false
  ) {
    this.madeAt = batch.syncs;
    const self = this;
    const fill = {
      get color(): string {
        return self.read("format/fill/color", () => self.snapshot.fill!);
      },
      set color(color: string) {
        self.edit(20, (cell) => (cell.fill = color === "#FFFFFF" ? undefined : color));
      },
      get pattern(): string {
        throw new Error("office fake: RangeFill.pattern is not read by Kehou");
      },
      set pattern(pattern: string) {
        self.edit(20, (cell) => (cell.pattern = pattern));
      },
      get patternColor(): string {
        throw new Error("office fake: RangeFill.patternColor is not read by Kehou");
      },
      set patternColor(color: string) {
        self.edit(20, (cell) => (cell.patternColor = color));
      },
      get tintAndShade(): number {
        throw new Error("office fake: RangeFill.tintAndShade is not read by Kehou");
      },
      set tintAndShade(tint: number) {
        self.edit(20, (cell) => (cell.tint = tint));
      },
      get patternTintAndShade(): number {
        throw new Error("office fake: RangeFill.patternTintAndShade is not read by Kehou");
      },
      set patternTintAndShade(tint: number) {
        self.edit(20, (cell) => (cell.patternTint = tint));
      },
      clear: () =>
        this.edit(10, (cell) => {
          cell.fill = undefined;
          delete cell.pattern;
          delete cell.patternColor;
          delete cell.tint;
          delete cell.patternTint;
        }),
      load: (p: string) => this.load(`format/fill/${p}`),
    };
    this.format = {
      font: {
        get bold() {
          return false;
        },
        set bold(on: boolean) {
          self.edit(10, () => undefined, true);
          if (on) self.sheet.bold.add(self.address);
        },
        // RangeFont.size, in points (ExcelApi 1.1):
        // https://learn.microsoft.com/javascript/api/excel/excel.rangefont#excel-excel-rangefont-size-member
        get size() {
          return self.read("format/font/size", () => self.sheet.fontSize.get(self.address) ?? 11);
        },
        set size(points: number) {
          self.editRange(10, () => self.sheet.fontSize.set(self.address, points));
        },
      },
      // RangeFormat.borders.getItem(EdgeTop | … | InsideHorizontal).style (ExcelApi 1.1):
      // https://learn.microsoft.com/javascript/api/excel/excel.rangebordercollection#excel-excel-rangebordercollection-getitem-member(1)
      borders: {
        getItem: (edge: string) => ({
          set style(style: string) {
            self.editRange(10, () => {
              const set = self.sheet.borders.get(self.address) ?? new Set<string>();
              if (style === "None") set.delete(edge);
              else set.add(edge);
              self.sheet.borders.set(self.address, set);
            });
          },
          get style() {
            return self.read("format/borders", () =>
              self.sheet.borders.get(self.address)?.has(edge) ? "Continuous" : "None"
            );
          },
        }),
      },
      /**
       * RangeFormat.columnWidth is in points (a column of w characters of the default font is
       * w × 7 + 5 pixels, 96 pixels to 72 points):
       * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
       * and https://learn.microsoft.com/office/troubleshoot/excel/determine-column-widths
       */
      set columnWidth(points: number) {
        self.editRange(20, () => {
          for (let c = self.c; c < self.c + self.cols; c++) self.sheet.columnWidths.set(c, points);
        });
      },
      get columnWidth() {
        return self.read("format/columnWidth", () => self.sheet.columnWidths.get(self.c) ?? 48);
      },
      fill,
      // RangeFormat.wrapText, horizontalAlignment, verticalAlignment (ExcelApi 1.1) and
      // autofitRows (ExcelApi 1.2): https://learn.microsoft.com/javascript/api/excel/excel.rangeformat
      set wrapText(on: boolean) {
        self.align({ wrap: on });
      },
      get wrapText() {
        return self.read("format/wrapText", () => !!self.sheet.alignment.get(self.address)?.wrap);
      },
      set horizontalAlignment(a: string) {
        self.align({ horizontal: a });
      },
      get horizontalAlignment() {
        return self.read("format/horizontalAlignment", () => "General");
      },
      set verticalAlignment(a: string) {
        self.align({ vertical: a });
      },
      get verticalAlignment() {
        return self.read("format/verticalAlignment", () => "Bottom");
      },
      autofitRows: () => self.editRange(10, () => self.sheet.autofitted.push(self.r)),
    };
    this.dataValidation = {
      set rule(rule: unknown) {
        self.batch.act(wireBytes(rule), () =>
          self.sheet.validations.push({ address: self.address, rule })
        );
      },
      get rule() {
        return undefined;
      },
    };
  }

  /**
   * Range.merge(across) (ExcelApi 1.2) makes the range one cell:
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
   */
  merge(across = false): void {
    this.editRange(10, () => {
      if (!across) this.sheet.merged.push(this.address);
    });
  }

  private align(a: { horizontal?: string; vertical?: string; wrap?: boolean }): void {
    const set = () =>
      this.sheet.alignment.set(this.address, { ...this.sheet.alignment.get(this.address), ...a });
    this.editRange(10, set);
  }

  private get address(): string {
    const end = `${letters(this.c + this.cols - 1)}${this.r + this.rows}`;
    const start = `${letters(this.c)}${this.r + 1}`;
    return start === end ? start : `${start}:${end}`;
  }

  /** isNullObject is known only after a sync: https://learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member */
  get isNullObject(): boolean {
    if (this.batch.syncs === this.madeAt)
      throw new Error("PropertyNotLoaded: isNullObject before context.sync()");
    return this.nullObject;
  }

  /** A property read before load and sync throws PropertyNotLoaded: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load */
  private read<T>(prop: string, get: () => T): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return get();
  }

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    if (this.nullObject) {
      this.batch.onSync(0, () => list.forEach((p) => this.loaded.add(p)));
      return this;
    }
    const cells = () => this.grid((cell) => cell);
    let bytes = 0;
    if (list.includes("values")) {
      this.snapshot.values = cells().map((row) => row.map((x) => (x ? x.value : "")));
      bytes += wireBytes(this.snapshot.values);
    }
    if (list.includes("numberFormat")) {
      this.snapshot.formats = cells().map((row) => row.map((x) => (x ? x.format : "General")));
      bytes += wireBytes(this.snapshot.formats);
    }
    if (list.includes("format/fill/color"))
      this.snapshot.fill = this.sheet.peek(this.r, this.c)?.fill ?? "#FFFFFF";
    this.batch.onSync(bytes + 20 * list.length, () => list.forEach((p) => this.loaded.add(p)));
    return this;
  }

  private grid<T>(pick: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => pick(this.sheet.peek(this.r + r, this.c + c)))
    );
  }

  /**
   * A protected sheet refuses a change to any locked cell with AccessDenied and allows its
   * unlocked cells (Format Cells → Protection → Locked):
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection
   * and https://support.microsoft.com/office/lock-or-unlock-specific-areas-of-a-protected-worksheet-75481b72-db8a-4267-8c43-042a5f2cd93a
   */
  private refused(): boolean {
    if (!this.sheet.protected) return false;
    for (let r = this.r; r < this.r + this.rows; r++)
      for (let c = this.c; c < this.c + this.cols; c++)
        if (!this.sheet.unlocked.has(`${r},${c}`)) {
          this.batch.fail("AccessDenied", `worksheet ${this.sheet.name} is protected`);
          return true;
        }
    return false;
  }

  /** An edit of the range as a whole (a format), refused like a cell edit. */
  private editRange(bytes: number, apply: () => void): void {
    this.batch.act(bytes, () => {
      if (this.nullObject) return this.batch.fail("ItemNotFound", "the range is a null object");
      if (this.sheet.protected)
        return this.batch.fail("AccessDenied", `worksheet ${this.sheet.name} is protected`);
      apply();
    });
  }

  private edit(bytes: number, each: (cell: Cell) => void, noCells = false): void {
    this.batch.act(bytes, () => {
      if (this.nullObject) return this.batch.fail("ItemNotFound", "the range is a null object");
      // A fill or a font is a format: refused on a protected sheet, locked cell or not.
      if (this.sheet.protected)
        return this.batch.fail("AccessDenied", `worksheet ${this.sheet.name} is protected`);
      if (noCells) return;
      for (let r = 0; r < this.rows; r++)
        for (let c = 0; c < this.cols; c++) each(this.sheet.cell(this.r + r, this.c + c));
    });
  }

  /** A 2-D array must match the range's size: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member */
  private write<T>(grid: T[][], put: (cell: Cell, v: T) => void, format = false): void {
    this.batch.act(wireBytes(grid), () => {
      if (grid.length !== this.rows || grid.some((row) => row.length !== this.cols))
        return this.batch.fail("InvalidArgument", `array is not ${this.rows}×${this.cols}`);
      if (format && this.sheet.protected)
        return this.batch.fail("AccessDenied", `worksheet ${this.sheet.name} is protected`);
      if (this.refused()) return;
      grid.forEach((row, r) =>
        row.forEach((v, c) => put(this.sheet.cell(this.r + r, this.c + c), v))
      );
    });
  }

  private typed(cell: Cell, v: CellValue): void {
    if (typeof v !== "string")
      return void Object.assign(cell, { value: v ?? "", formula: undefined });
    const t = typedInput(v, cell.format, this.batch.date1904);
    cell.value = t.value;
    cell.formula = t.formula;
    if (t.format && cell.format === "General") cell.format = t.format;
  }

  get values(): CellValue[][] {
    return this.read("values", () => this.snapshot.values!);
  }
  set values(grid: CellValue[][]) {
    this.write(grid, (cell, v) => this.typed(cell, v));
  }
  set formulas(grid: (string | number)[][]) {
    this.write(grid, (cell, v) => this.typed(cell, v));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat", () => this.snapshot.formats!);
  }
  set numberFormat(grid: string[][]) {
    this.write(grid, (cell, f) => (cell.format = f), true);
  }
  get rowIndex() {
    return this.read("rowIndex", () => this.r);
  }
  get columnIndex() {
    return this.read("columnIndex", () => this.c);
  }
  get rowCount() {
    return this.read("rowCount", () => this.rows);
  }
  get columnCount() {
    return this.read("columnCount", () => this.cols);
  }
  /** The sheet-qualified address, as Excel gives it. */
  get addressText() {
    return `${this.sheet.name}!${this.address}`;
  }
  select(): void {
    this.batch.act(10, () => undefined);
  }
  untrack(): this {
    return this;
  }
  /** Single cell check for notes: a note goes on one cell. */
  get isSingleCell(): boolean {
    return this.rows === 1 && this.cols === 1;
  }
  get sheetName(): string {
    return this.sheet.name;
  }
  /** The sheet the range is on (for the fake's own use). */
  get sheetData(): SheetData {
    return this.sheet;
  }
  get a1(): string {
    return this.address;
  }
}

export { columnIndex };
