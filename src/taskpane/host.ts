/* global Excel, Blob, URL, document */
import type { ChartSheetPlan } from "../jobs/chart-plan";
import type { Profile } from "../policy/profile";
import type { WorkbookPort } from "../jobs/workbook-port";
import { OfficeWorkbook } from "../workbook/office-workbook";
import type { XlsOdsReader } from "../workbook/xls-ods-grids";
import type { XlsxWorkbook } from "../workbook/xlsx-workbook";

/**
 * The reader of .xls/.et/.ods (SheetJS), in its own chunk, fetched only when such a file is
 * picked: the page's first load and an .xlsx never pay for it.
 */
export const loadXlsOdsReader = (): Promise<XlsOdsReader> =>
  import(/* webpackChunkName: "xls-ods" */ "../workbook/xls-ods-grids.js");

/**
 * Where the pane's jobs run: the open Excel workbook (through Office.js), or a file picked in
 * a plain browser (through exceljs, loaded only then, in its own chunk).
 */
export interface PaneHost {
  readonly kind: "excel" | "browser" | "wps";
  /** What this host can do, which the pane asks instead of testing the host's class. */
  readonly can: HostCapabilities;
  /** A workbook is there to run on (always, in a spreadsheet program). */
  readonly ready: boolean;
  /** The picked file's name, shown in the pane; "" when the workbook is the open one. */
  readonly fileName: string;
  /** Opens a picked file (hosts that need one). */
  open?(name: string, bytes: ArrayBuffer): Promise<void>;
  /** Starts a new, empty workbook (hosts that need a file: the template, a consolidation). */
  newWorkbook?(name: string): Promise<void>;
  /** Keeps the last job's native charts for the download. */
  keepCharts?(plans: readonly (ChartSheetPlan | undefined)[]): void;
  /** Saves the workbook with Kehou's sheets as a download. */
  download?(): Promise<void>;
  /** Runs a job against the workbook. */
  run<T>(job: (wb: WorkbookPort) => Promise<T>): Promise<T>;
  /** Hands a loaded policy file to the custom functions where they run in another page (WPS). */
  sharePolicy?(profile: Profile): void;
  /** Shows a cell of the user's sheet (Excel selects it; the browser has nothing to select). */
  select(sheet: string, cell: string): Promise<void>;
}

/**
 * Can download: the workbook lives in the page and is saved as a file. Can print: the pane
 * prints its own print view (a spreadsheet program prints the sheets itself). Needs a file:
 * nothing is open until the user picks one.
 */
export interface HostCapabilities {
  readonly download: boolean;
  readonly print: boolean;
  readonly needsFile: boolean;
}

/** A spreadsheet program's open workbook: nothing to pick, download or print from the pane. */
export const SPREADSHEET_HOST: HostCapabilities = {
  download: false,
  print: false,
  needsFile: false,
};

export class ExcelHost implements PaneHost {
  readonly kind = "excel";
  readonly can = SPREADSHEET_HOST;
  readonly ready = true;
  readonly fileName = "";
  async run<T>(job: (wb: WorkbookPort) => Promise<T>): Promise<T> {
    return Excel.run((context) => job(new OfficeWorkbook(context)));
  }
  async select(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}

/** A workbook picked from disk, held in memory; nothing leaves the page. */
export class BrowserHost implements PaneHost {
  readonly kind = "browser";
  readonly can: HostCapabilities = { download: true, print: true, needsFile: true };
  private workbook?: XlsxWorkbook;
  fileName = "";
  /** Native charts drawn in the download: the last charge's or consolidation's. */
  chartPlans: readonly (ChartSheetPlan | undefined)[] = [];

  /**
   * `load` fetches the .xlsx adapter's chunk, `reader` the .xls/.et/.ods reader's; tests hand
   * them the modules directly.
   */
  constructor(
    private readonly load: () => Promise<typeof import("../workbook/xlsx-workbook")> = () =>
      import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx-workbook.js"),
    private readonly reader: () => Promise<XlsOdsReader> = loadXlsOdsReader
  ) {}

  /** Opens a picked file by what its bytes are (.xlsx, .xlsm, .xls, .et, .ods), or says why not. */
  async open(name: string, bytes: ArrayBuffer): Promise<void> {
    const { XlsxWorkbook } = await this.load();
    this.workbook = await XlsxWorkbook.open(bytes, name, this.reader);
    this.fileName = name;
    this.chartPlans = [];
  }

  async newWorkbook(name: string): Promise<void> {
    const { XlsxWorkbook } = await this.load();
    this.workbook = XlsxWorkbook.empty();
    this.fileName = name;
    this.chartPlans = [];
  }

  keepCharts(plans: readonly (ChartSheetPlan | undefined)[]): void {
    this.chartPlans = plans;
  }

  get ready(): boolean {
    return this.workbook !== undefined;
  }

  async run<T>(job: (wb: WorkbookPort) => Promise<T>): Promise<T> {
    if (!this.workbook) throw new Error("no workbook");
    return job(this.workbook);
  }

  async select(): Promise<void> {
    // The sheet is not on screen in browser mode; the finding's address is shown instead.
  }

  /**
   * The copy to download: the picked file's parts as they were plus Kehou's (the same package
   * writer as `kehou -o`) with the last job's native charts, and its name, .xlsm kept for a
   * macro workbook; an .xls/.et/.ods picked gives a new .xlsx of its values (as `-o` does).
   */
  async copy(): Promise<{ name: string; bytes: Uint8Array; macros: boolean } | undefined> {
    if (!this.workbook) return undefined;
    const macros = /\.xlsm$/i.test(this.fileName);
    const base = this.fileName.replace(/\.(xls[xm]?|et|ods)$/i, "");
    const name = `${base}-Kehou.${macros ? "xlsm" : "xlsx"}`;
    const bytes = await this.workbook.toBuffer(this.chartPlans);
    return { name, bytes, macros };
  }

  /** Saves the workbook with Kehou's sheets as a download; the original file is untouched. */
  async download(): Promise<void> {
    const copy = await this.copy();
    if (!copy) return;
    const blob = new Blob([copy.bytes as BlobPart], {
      type: copy.macros
        ? "application/vnd.ms-excel.sheet.macroEnabled.12"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = copy.name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }
}
