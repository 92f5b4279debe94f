/**
 * A strict fake of the slice of the WPS 表格 (ET) object model Kehou uses. ET is VBA-shaped
 * and synchronous, and each member read, written or called crosses from the page into WPS
 * (Kingsoft, WPS 加载项开发 JSAPI: https://open.wps.cn/previous/docs/client/wpsLoad), so the
 * fake counts every one in `calls`. What it copies from Excel's VBA model, which Kingsoft's
 * ET follows member for member (et-jsapi-declare's `Et` namespace), cites Microsoft's page:
 * - collections are 1-based, `Item` by index or by name, case-insensitive
 *   (https://learn.microsoft.com/en-us/office/vba/api/excel.worksheets.item);
 * - `Value2` is a scalar for one cell and a 2-D array otherwise, dates as serial numbers
 *   (https://learn.microsoft.com/en-us/office/vba/api/excel.range.value2);
 * - `NumberFormat` is null when the cells' formats differ
 *   (https://learn.microsoft.com/en-us/office/vba/api/excel.range.numberformat);
 * - `Interior.Color` is a BGR number, `ColorIndex` -4142 for no fill
 *   (https://learn.microsoft.com/en-us/office/vba/api/excel.interior.color);
 * - `AddComment` on a cell that has one fails
 *   (https://learn.microsoft.com/en-us/office/vba/api/excel.range.addcomment);
 * - `Worksheets.Add(Before, After)` puts the new sheet before `Before`, after `After`, or
 *   with neither before the active sheet (Kingsoft's ET API: https://airsheet.wps.cn/docs/apiV2/excel/workbook/Worksheets/%E6%96%B9%E6%B3%95/Add%20%E6%96%B9%E6%B3%95.html);
 *   `Worksheet.Index` is its 1-based tab position (https://learn.microsoft.com/en-us/office/vba/api/excel.worksheet.index);
 * - `Worksheets.Add` makes "SheetN" and activates it; `Delete` asks the user unless
 *   `DisplayAlerts` is false (https://learn.microsoft.com/en-us/office/vba/api/excel.worksheet.delete);
 * - `UsedRange` of an empty sheet is A1; sheet names are unique, at most 31 characters,
 *   without []:*?/\ (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9);
 * - `Workbook.Date1904` (https://learn.microsoft.com/en-us/office/vba/api/excel.workbook.date1904);
 * - `Workbook.FullName`, the path and name (https://learn.microsoft.com/en-us/office/vba/api/excel.workbook.fullname).
 * What no document settles is a switch: a 1×N `Value2` flat or 2-D, a blank as undefined,
 * "" or null. A misspelt member returns undefined in WPS; in strict mode (the default) the
 * fake throws instead, so a typo fails a test rather than reading as blank.
 */
import type { CellValue } from "../../src/sheets/grid";
import { typedInput } from "./office-fake-input";

export interface EtOptions {
  readonly strict?: boolean;
  /** How a 1×N range's Value2 comes: a 2-D array of one row (VBA's) or a flat array. */
  readonly rowShape?: "2d" | "flat";
  /** How a blank cell comes in Value2. */
  readonly blank?: "undefined" | "empty" | "null";
  readonly date1904?: boolean;
  readonly build?: string;
  readonly os?: string;
}

/** Every combination of the shapes no document settles, for a test to pass in each. */
export const ET_SHAPES: readonly EtOptions[] = (["2d", "flat"] as const).flatMap((rowShape) =>
  (["undefined", "empty", "null"] as const).map((blank) => ({ rowShape, blank }))
);

export interface EtCell {
  value: CellValue;
  formula?: string;
  format: string;
  color?: number;
  /**
   * Interior.Pattern, PatternColor (BGR), ThemeColor and PatternThemeColor (xlThemeColor),
   * TintAndShade and PatternTintAndShade (https://learn.microsoft.com/en-us/office/vba/api/excel.interior);
   * ColorIndex = xlColorIndexNone clears them with the colour.
   */
  pattern?: number;
  patternColor?: number;
  themeColor?: number;
  patternThemeColor?: number;
  tint?: number;
  patternTint?: number;
  comment?: string;
  bold?: boolean;
  size?: number;
}

const NO_FILL = -4142;
const FILL_KEYS = [
  "color",
  "pattern",
  "patternColor",
  "themeColor",
  "patternThemeColor",
  "tint",
  "patternTint",
] as const;
const WHITE = 16777215;
const MAX_ROWS = 1048576;

/** A sheet as WPS holds it. */
export class EtSheet {
  visible = -1;
  readonly cells = new Map<string, EtCell>();
  readonly widths = new Map<number, number>();
  readonly merges: { row: number; col: number; rows: number; cols: number }[] = [];
  /** Page setup as set through PageSetup, and the rows (1-based) page breaks are above. */
  readonly page: Record<string, unknown> = {};
  readonly breaks: number[] = [];
  /** List validations: address and the list formula. */
  readonly validations: { address: string; list: string }[] = [];
  /** The window's frozen split when the sheet is shown (ActiveWindow.SplitRow with FreezePanes). */
  frozenRows = 0;
  /** Tables (ListObjects): name, address, style. */
  readonly tables: { name: string; address: string; style?: unknown }[] = [];
  /** Protected with contents locked: edits fail (https://learn.microsoft.com/en-us/office/vba/api/excel.worksheet.protectcontents). */
  protected = false;
  constructor(public name: string) {}
  cell(row: number, col: number): EtCell {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: null, format: "General" }));
    return c;
  }
  peek(row: number, col: number): EtCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  /** The values, 0-based, blank as null, up to the last cell used. */
  values(): CellValue[][] {
    const out: CellValue[][] = [];
    for (const [key, c] of this.cells) {
      if (c.value === null) continue;
      const [r, col] = key.split(",").map(Number);
      while (out.length <= r) out.push([]);
      out[r][col] = c.value;
    }
    return out.map((row) => Array.from(row, (v) => v ?? null));
  }
}

/** 0-based block of an A1 address ("B2", "A1:C3", "A:A"). */
function parseAddress(address: string) {
  const col = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const whole = /^\$?([A-Za-z]+):\$?([A-Za-z]+)$/.exec(address);
  if (whole) {
    const [a, b] = [col(whole[1]), col(whole[2])];
    return { row: 0, col: a, rows: MAX_ROWS, cols: b - a + 1 };
  }
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(address);
  if (!m) throw new Error(`ET fake: bad address ${address}`);
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

const letters = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26);

/** The fake WPS: the data, the counted calls, and `app`, the `window.Application` a page sees. */
export class EtFake {
  calls = 0;
  /** Dialogs WPS would have shown the user (a sheet deleted with DisplayAlerts on). */
  prompts = 0;
  readonly sheets: EtSheet[] = [];
  active = 0;
  displayAlerts = true;
  readonly functions = new Map<
    string,
    { fn: (...args: unknown[]) => unknown; metadata: unknown }
  >();
  readonly panes: { url: string; visible: boolean }[] = [];
  readonly app: Record<string, unknown>;
  readonly strict: boolean;
  private untouched?: EtSheet;
  /** The block of each range object handed out, for members that take a range. */
  private readonly blocks = new WeakMap<object, { row: number; col: number }>();

  constructor(readonly options: EtOptions = {}) {
    this.strict = options.strict !== false;
    this.app = this.application();
    // A workbook has at least one sheet: a new one has an empty Sheet1, which seeding replaces.
    this.sheets.push(new EtSheet("Sheet1"));
    this.untouched = this.sheets[0];
  }

  sheet(name: string): EtSheet {
    const s = this.sheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ET fake: no sheet ${name}`);
    return s;
  }

  /** Seeds a sheet as a school's workbook has it, from a top-left corner (default A1). */
  seed(
    name: string,
    values: readonly (readonly CellValue[])[],
    formats?: string[][],
    at = { row: 0, col: 0 }
  ) {
    if (this.untouched && this.untouched.cells.size === 0)
      this.sheets.splice(this.sheets.indexOf(this.untouched), 1);
    this.untouched = undefined;
    const ws = new EtSheet(name);
    this.sheets.push(ws);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const format = formats?.[r]?.[c];
        if ((v === null || v === "") && !format) return;
        Object.assign(ws.cell(at.row + r, at.col + c), {
          value: v === "" ? null : v,
          format: format ?? "General",
        });
      })
    );
    return ws;
  }

  /** Wraps an object of the model: each member used is a counted call; unknown ones throw. */
  private wrap<T extends object>(target: T, sink?: Record<string, unknown>): T {
    return new Proxy(target, {
      get: (t, p) => {
        if (typeof p === "symbol" || p === "then" || p === "toJSON") return undefined;
        if (!(p in t)) {
          if (this.strict) throw new Error(`ET fake: no member ${String(p)}`);
          return undefined;
        }
        this.calls++;
        const v = (t as Record<string, unknown>)[p];
        return typeof v === "function" ? v.bind(t) : v;
      },
      set: (t, p, v) => {
        if (typeof p === "symbol" || !(p in t)) {
          if (this.strict) throw new Error(`ET fake: no member ${String(p)} to set`);
          return true;
        }
        this.calls++;
        (t as Record<string | symbol, unknown>)[p] = v;
        if (sink) sink[p] = v;
        return true;
      },
    });
  }

  private blank(): unknown {
    const b = this.options.blank ?? "empty";
    return b === "undefined" ? undefined : b === "null" ? null : "";
  }

  private application(): Record<string, unknown> {
    const fake = this;
    const storage = new Map<string, string>();
    return this.wrap({
      get ActiveWorkbook() {
        return fake.workbook();
      },
      get ActiveSheet() {
        return fake.worksheet(fake.sheets[fake.active]);
      },
      get Build() {
        return fake.options.build ?? "12.1.0.20540";
      },
      get OperatingSystem() {
        return fake.options.os ?? "Linux";
      },
      Version: "12.1",
      Name: "WPS 表格",
      get DisplayAlerts() {
        return fake.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        fake.displayAlerts = v;
      },
      ScreenUpdating: true,
      get ActiveWindow() {
        const ws = fake.sheets[fake.active];
        let split = 0;
        let frozen = false;
        return fake.wrap({
          get FreezePanes() {
            return frozen;
          },
          set FreezePanes(v: boolean) {
            frozen = v;
            ws.frozenRows = v ? split : 0;
          },
          SplitColumn: 0,
          get SplitRow() {
            return split;
          },
          set SplitRow(n: number) {
            split = n;
          },
        });
      },
      CreateTaskPane(url: string) {
        const pane = { url, visible: false };
        fake.panes.push(pane);
        return fake.wrap({
          ID: fake.panes.length,
          DockPosition: 2,
          Width: 360,
          get Visible() {
            return pane.visible;
          },
          set Visible(v: boolean) {
            pane.visible = v;
          },
          Navigate(u: string) {
            pane.url = u;
          },
          Delete() {
            pane.visible = false;
          },
        });
      },
      GetTaskPane(id: number) {
        return fake.panes[id - 1];
      },
      AddCustomFunction(
        namespace: string,
        name: string,
        fn: (...args: unknown[]) => unknown,
        metadata: unknown
      ) {
        fake.functions.set(`${namespace}.${name}`, { fn, metadata });
      },
      PluginStorage: this.wrap({
        setItem: (k: string, v: unknown) => void storage.set(k, String(v)),
        getItem: (k: string) => storage.get(k) ?? null,
        removeItem: (k: string) => void storage.delete(k),
      }),
      ribbonUI: this.wrap({ Invalidate() {}, InvalidateControl() {} }),
    });
  }

  private workbook() {
    const fake = this;
    const worksheets = this.wrap({
      get Count() {
        return fake.sheets.length;
      },
      Item(index: number | string) {
        const ws =
          typeof index === "number"
            ? fake.sheets[index - 1]
            : fake.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
        if (!ws) throw new Error(`ET fake: Worksheets.Item(${index}) out of range`);
        return fake.worksheet(ws);
      },
      Add(before?: { Index: number }, after?: { Index: number }) {
        let n = fake.sheets.length + 1;
        while (fake.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
        const ws = new EtSheet(`Sheet${n}`);
        const at = after ? after.Index : before ? before.Index - 1 : fake.active;
        fake.sheets.splice(at, 0, ws);
        fake.active = at;
        return fake.worksheet(ws);
      },
    });
    return this.wrap({
      Worksheets: worksheets,
      Sheets: worksheets,
      Name: "学校.xlsx",
      // https://learn.microsoft.com/en-us/office/vba/api/excel.workbook.fullname
      FullName: "/home/u/学校.xlsx",
      get Date1904() {
        return fake.options.date1904 === true;
      },
    });
  }

  private worksheet(ws: EtSheet) {
    const fake = this;
    return this.wrap({
      get Name() {
        return ws.name;
      },
      set Name(name: string) {
        if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
          throw new Error(`ET fake: bad sheet name ${name}`);
        if (fake.sheets.some((s) => s !== ws && s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`ET fake: sheet name ${name} taken`);
        ws.name = name;
      },
      get Index() {
        return fake.sheets.indexOf(ws) + 1;
      },
      get ProtectContents() {
        return ws.protected;
      },
      get Visible() {
        return ws.visible;
      },
      set Visible(v: number) {
        ws.visible = v;
      },
      get UsedRange() {
        let [r1, c1, r2, c2] = [Infinity, Infinity, -1, -1];
        for (const [key, c] of ws.cells) {
          if (c.value === null && c.format === "General" && c.color === undefined && !c.comment)
            continue;
          const [r, col] = key.split(",").map(Number);
          [r1, c1, r2, c2] = [
            Math.min(r1, r),
            Math.min(c1, col),
            Math.max(r2, r),
            Math.max(c2, col),
          ];
        }
        if (r2 < 0) return fake.range(ws, { row: 0, col: 0, rows: 1, cols: 1 });
        return fake.range(ws, { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 });
      },
      Range(address: string) {
        return fake.range(ws, parseAddress(address));
      },
      /** https://learn.microsoft.com/en-us/office/vba/api/excel.pagesetup */
      PageSetup: this.wrap(
        Object.fromEntries(
          [
            "Orientation",
            "PaperSize",
            "Zoom",
            "FitToPagesWide",
            "FitToPagesTall",
            "CenterHorizontally",
            "PrintArea",
            "PrintTitleRows",
          ].map((key) => [key, undefined])
        ) as Record<string, unknown>,
        ws.page
      ),
      /** https://learn.microsoft.com/en-us/office/vba/api/excel.listobjects.add; names unique per workbook */
      ListObjects: this.wrap({
        get Count() {
          return ws.tables.length;
        },
        Item(i: number) {
          const t = ws.tables[i - 1];
          if (!t) throw new Error(`ET fake: ListObjects.Item(${i}) out of range`);
          return fake.table(t);
        },
        Add(type: number, source: string, _link: unknown, headers: number) {
          if (type !== 1 || headers !== 1)
            throw new Error("ET fake: only ranges with headers are modelled");
          const b = parseAddress(source.replace(/\$/g, ""));
          const taken = () =>
            new Set(fake.sheets.flatMap((s) => s.tables.map((x) => x.name.toLowerCase())));
          let n = 1;
          while (taken().has(`表${n}`)) n++;
          const t = { name: `表${n}`, address: `${letters(b.col)}${b.row + 1}` };
          ws.tables.push(t);
          return fake.table(t);
        },
      }),
      HPageBreaks: this.wrap({
        Add(before: object) {
          // WPS reads the range's row on its side: no call from the page.
          ws.breaks.push(fake.blocks.get(before)!.row + 1);
        },
      }),
      Activate() {
        fake.active = fake.sheets.indexOf(ws);
      },
      Delete() {
        if (fake.displayAlerts) {
          fake.prompts++;
          if (fake.strict) throw new Error("ET fake: Delete() with DisplayAlerts on asks the user");
        }
        if (fake.sheets.filter((s) => s.visible === -1 && s !== ws).length === 0)
          throw new Error("ET fake: a workbook keeps one visible sheet");
        fake.sheets.splice(fake.sheets.indexOf(ws), 1);
        fake.active = Math.min(fake.active, fake.sheets.length - 1);
      },
    });
  }

  private table(t: { name: string; style?: unknown }) {
    const fake = this;
    return this.wrap({
      get Name() {
        return t.name;
      },
      set Name(name: string) {
        const clash = fake.sheets.some((s) =>
          s.tables.some((x) => x !== t && x.name.toLowerCase() === name.toLowerCase())
        );
        if (clash) throw new Error(`ET fake: table name ${name} taken`);
        t.name = name;
      },
      get TableStyle() {
        return t.style;
      },
      set TableStyle(v: unknown) {
        t.style = v;
      },
    });
  }

  private range(ws: EtSheet, b: { row: number; col: number; rows: number; cols: number }) {
    const fake = this;
    const each = (fn: (c: EtCell, r: number, col: number) => void) => {
      if (ws.protected) throw new Error(`ET fake: ${ws.name} is protected`);
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.cols; c++) fn(ws.cell(b.row + r, b.col + c), r, c);
    };
    const cells = () => {
      const out: (EtCell | undefined)[] = [];
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.cols; c++) out.push(ws.peek(b.row + r, b.col + c));
      return out;
    };
    const shown = (c: EtCell | undefined) =>
      (c?.value ?? null) === null ? fake.blank() : c!.value;
    const grid = (get: (c: EtCell | undefined) => unknown) => {
      if (b.rows === 1 && b.cols === 1) return get(ws.peek(b.row, b.col));
      const rows = Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.cols }, (_, c) => get(ws.peek(b.row + r, b.col + c)))
      );
      return b.rows === 1 && fake.options.rowShape === "flat" ? rows[0] : rows;
    };
    const input = (v: unknown, put: (c: EtCell, x: unknown) => void) => {
      if (!Array.isArray(v)) return each((c) => put(c, v));
      if (v.length !== b.rows || v.some((row) => !Array.isArray(row) || row.length !== b.cols))
        throw new Error(`ET fake: array is not ${b.rows}×${b.cols}`);
      each((c, r, col) => put(c, (v[r] as unknown[])[col]));
    };
    const typed = (c: EtCell, x: unknown) => {
      if (typeof x !== "string")
        return void Object.assign(c, { value: x ?? null, formula: undefined });
      if (x === "") return void Object.assign(c, { value: null, formula: undefined });
      const t = typedInput(x, c.format);
      c.value = t.value;
      c.formula = t.formula;
      if (t.format && c.format === "General") c.format = t.format;
    };
    const uniform = <T>(get: (c: EtCell | undefined) => T): T | null => {
      const all = cells().map(get);
      return all.every((x) => x === all[0]) ? all[0] : null;
    };
    const top = () => ws.cell(b.row, b.col);
    const range = this.wrap({
      get Row() {
        return b.row + 1;
      },
      get Column() {
        return b.col + 1;
      },
      Rows: this.wrap({ Count: b.rows, AutoFit() {} }),
      HorizontalAlignment: -4131 as number | null,
      VerticalAlignment: -4107 as number | null,
      WrapText: false as boolean | null,
      Validation: this.wrap({
        /** https://learn.microsoft.com/en-us/office/vba/api/excel.validation.add */
        Add(type: number, _alert: number, _operator: number, formula1: string) {
          if (type !== 3) throw new Error("ET fake: only list validations are modelled");
          ws.validations.push({
            address: `${letters(b.col)}${b.row + 1}:${letters(b.col + b.cols - 1)}${b.row + b.rows}`,
            list: formula1,
          });
        },
      }),
      Columns: this.wrap({ Count: b.cols }),
      get Count() {
        return b.rows * b.cols;
      },
      get Value2() {
        return grid(shown);
      },
      set Value2(v: unknown) {
        input(v, typed);
      },
      get Formula() {
        return grid(
          (c) => c?.formula ?? (c?.value === null || c === undefined ? "" : String(c.value))
        );
      },
      set Formula(v: unknown) {
        input(v, typed);
      },
      get NumberFormat() {
        return uniform((c) => c?.format ?? "General");
      },
      set NumberFormat(f: unknown) {
        if (typeof f !== "string") throw new Error("ET fake: NumberFormat takes one format");
        each((c) => (c.format = f));
      },
      Interior: this.wrap({
        get Color() {
          return uniform((c) => c?.color ?? WHITE);
        },
        set Color(v: number | null) {
          if (typeof v !== "number") throw new Error("ET fake: Interior.Color is a BGR number");
          each((c) => (c.color = v));
        },
        get ColorIndex() {
          return uniform((c) => (c?.color === undefined ? NO_FILL : 3));
        },
        set ColorIndex(v: number | null) {
          if (v === NO_FILL)
            each((c) => {
              for (const k of FILL_KEYS) delete c[k];
            });
        },
        set Pattern(v: number) {
          each((c) => (c.pattern = v));
        },
        set PatternColor(v: number) {
          each((c) => (c.patternColor = v));
        },
        set ThemeColor(v: number) {
          each((c) => (c.themeColor = v));
        },
        set PatternThemeColor(v: number) {
          each((c) => (c.patternThemeColor = v));
        },
        set TintAndShade(v: number) {
          each((c) => (c.tint = v));
        },
        set PatternTintAndShade(v: number) {
          each((c) => (c.patternTint = v));
        },
      }),
      Font: this.wrap({
        get Bold() {
          return uniform((c) => c?.bold === true);
        },
        set Bold(v: boolean | null) {
          each((c) => (c.bold = v === true));
        },
        /** Points, 11 by default: https://learn.microsoft.com/en-us/office/vba/api/excel.font.size */
        get Size() {
          return uniform((c) => c?.size ?? 11);
        },
        set Size(v: number | null) {
          if (typeof v !== "number") throw new Error("ET fake: Font.Size is a number of points");
          each((c) => (c.size = v));
        },
      }),
      set ColumnWidth(w: number) {
        for (let c = 0; c < b.cols; c++) ws.widths.set(b.col + c, w);
      },
      get ColumnWidth() {
        return ws.widths.get(b.col) ?? 8.38;
      },
      get Comment() {
        const c = ws.peek(b.row, b.col);
        if (c?.comment === undefined) return null;
        return fake.wrap({
          Text: () => c.comment,
          Delete: () => void delete c.comment,
        });
      },
      AddComment(text: string) {
        const c = top();
        if (c.comment !== undefined) throw new Error("ET fake: the cell has a comment");
        c.comment = text;
        return fake.wrap({ Text: () => c.comment });
      },
      ClearComments() {
        each((c) => delete c.comment);
      },
      get MergeCells() {
        return ws.merges.some((m) => m.row === b.row && m.col === b.col);
      },
      Merge() {
        ws.merges.push(b);
        each((c, r, col) => {
          if (r > 0 || col > 0) c.value = null;
        });
      },
      Address() {
        const a = `$${letters(b.col)}$${b.row + 1}`;
        return b.rows === 1 && b.cols === 1
          ? a
          : `${a}:$${letters(b.col + b.cols - 1)}$${b.row + b.rows}`;
      },
    });
    this.blocks.set(range, b);
    return range;
  }
}
