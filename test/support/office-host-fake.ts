/**
 * The `Office` and `Excel` globals as Excel provides them to an add-in, over a strict
 * `FakeExcel`: requirement sets, ribbon actions, the shared runtime's pane, `Excel.run`.
 */
import { FakeContext, FakeExcel } from "./office-fake";

export interface FakeHost {
  readonly excel: FakeExcel;
  /** Ribbon handlers registered with Office.actions.associate, by id. */
  readonly actions: Map<string, (event: { completed: () => void }) => unknown>;
  /** How often the add-in asked Office to show its task pane. */
  shown: number;
  /** Handlers of Office.addin.onVisibilityModeChanged. */
  readonly visibility: ((args: { visibilityMode: string }) => unknown)[];
  /** Runs Office.onReady's callbacks, as Office does when the runtime starts. */
  ready(): Promise<void>;
  /** Every context Excel.run made. */
  readonly contexts: FakeContext[];
}

/** Installs the globals; `api` is the highest ExcelApi version the client has (1.18 has notes). */
export function installOfficeHost(excel = new FakeExcel(), api = "1.18"): FakeHost {
  const onReady: ((info: { host: string }) => unknown)[] = [];
  const host: FakeHost = {
    excel,
    actions: new Map(),
    shown: 0,
    visibility: [],
    contexts: [],
    ready: async () => {
      for (const cb of onReady) await cb({ host: "Excel" });
    },
  };
  const version = (v: string) => v.split(".").map(Number);
  const atMost = (a: string, b: string) => {
    const [x, y] = [version(a), version(b)];
    return x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]);
  };
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: "zh-CN",
      // https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport#office-office-requirementsetsupport-issetsupported-member(1)
      requirements: {
        isSetSupported: (name: string, v = "1.1") =>
          (name === "ExcelApi" && atMost(v, api)) || (name === "SharedRuntime" && v === "1.1"),
      },
    },
    onReady: (cb: (info: { host: string }) => unknown) => {
      onReady.push(cb);
      return Promise.resolve({ host: "Excel" });
    },
    actions: {
      associate: (id: string, fn: (event: { completed: () => void }) => unknown) =>
        host.actions.set(id, fn),
    },
    // https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in
    addin: {
      showAsTaskpane: async () => void host.shown++,
      hide: async () => undefined,
      onVisibilityModeChanged: async (fn: (args: { visibilityMode: string }) => unknown) => {
        host.visibility.push(fn);
        return async () => undefined;
      },
    },
  };
  g.Excel = {
    run: async <T>(job: (context: FakeContext) => Promise<T>) => {
      const context = new FakeContext(excel);
      host.contexts.push(context);
      return job(context);
    },
  };
  return host;
}

/** Removes the globals again. */
export function uninstallOfficeHost(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
}
