export type Listener = (e?: unknown) => void;

/**
 * A page element that accepts whatever the pane does to it: its listeners are kept by event
 * type (`listeners`), the click listeners also as `clicks`; a property never set reads as a
 * function doing nothing, and a form's `elements.namedItem` as another such element.
 */
export function fakeElement(dataset: Record<string, string> = {}): Record<string, unknown> {
  const listeners: Record<string, Listener[]> = { click: [] };
  const props: Record<string, unknown> = {
    dataset,
    hidden: false,
    value: "",
    textContent: "",
    checked: false,
    listeners,
    clicks: listeners.click,
    addEventListener: (type: string, fn: Listener) => (listeners[type] ??= []).push(fn),
  };
  return new Proxy(props, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : key === "elements"
          ? { namedItem: () => fakeElement() }
          : key === "then"
            ? undefined
            : () => undefined,
    set: (target, key: string, v) => ((target[key] = v), true),
  });
}

/** Lets the pane's promises and timers of a step run out. */
export const settle = () => new Promise((r) => setTimeout(r, 30));

/**
 * Loads the pane as the browser page (Office's script there, but no Office host) on fake
 * globals: `byId` holds the page's elements by id (made on first ask), `buttons` are the job
 * buttons; `Application` (WPS's) is set first where given. Resolves once the pane has started.
 */
export async function startFakePage(
  byId: Map<string, Record<string, unknown>>,
  buttons: readonly Record<string, unknown>[] = [],
  application?: unknown
): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  let ready: ((info: { host: null }) => unknown) | undefined;
  g.Office = { HostType: { Excel: "Excel" }, onReady: (cb: typeof ready) => void (ready = cb) };
  if (application !== undefined) g.Application = application;
  g.document = {
    visibilityState: "visible",
    documentElement: {},
    getElementById: (id: string) => byId.get(id) ?? byId.set(id, fakeElement()).get(id),
    querySelectorAll: (selector: string) => (selector === "button[data-job]" ? buttons : []),
    createElement: () => fakeElement(),
  };
  g.window = new EventTarget();
  g.localStorage = { getItem: () => null, setItem: () => undefined };
  jest.isolateModules(() => require("../../src/taskpane/taskpane"));
  await ready!({ host: null });
  await settle();
}
