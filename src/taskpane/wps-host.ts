/// <reference types="et-jsapi-declare" />
import type { WorkbookPort } from "../jobs/workbook-port";
import { WpsWorkbook } from "../workbook/wps-workbook";
import type { Profile } from "../policy/profile";
import { LOADED_POLICY_KEY, type LoadedPolicy } from "../wps/workbook-policy";
import { SPREADSHEET_HOST, type PaneHost } from "./host";

/** The ET application of the page, when the pane is shown inside WPS (CreateTaskPane). */
export function wpsApplication(): Et.Application | undefined {
  const app = (globalThis as { Application?: { ActiveWorkbook?: unknown } }).Application;
  return app && typeof app === "object" && "ActiveWorkbook" in app
    ? (app as unknown as Et.Application)
    : undefined;
}

/** The pane inside WPS 表格: jobs run on the open workbook through the WPS adapter. */
export class WpsHost implements PaneHost {
  readonly kind = "wps";
  readonly can = SPREADSHEET_HOST;
  readonly ready = true;
  readonly fileName = "";
  constructor(private readonly app: Et.Application) {}
  async run<T>(job: (wb: WorkbookPort) => Promise<T>): Promise<T> {
    return job(new WpsWorkbook(this.app));
  }
  /**
   * Hands a loaded policy file to the custom functions, which run in the add-in's other page:
   * PluginStorage is shared by an add-in's pages (Kingsoft's JSAPI), keyed to this workbook.
   */
  sharePolicy(profile: Profile): void {
    const loaded: LoadedPolicy = { workbook: String(this.app.ActiveWorkbook.FullName), profile };
    const root = this.app as unknown as WPS.AddonRoot;
    root.PluginStorage.setItem(LOADED_POLICY_KEY, JSON.stringify(loaded));
  }
  async select(sheet: string, cell: string): Promise<void> {
    const ws = this.app.ActiveWorkbook.Worksheets.Item(sheet) as Et.Worksheet;
    ws.Activate();
    ws.Range(cell).Select();
  }
}
