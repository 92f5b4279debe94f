import { FakeExcel } from "../support/office-fake";
import { installOfficeHost, uninstallOfficeHost } from "../support/office-host-fake";
import { generateSchool } from "../support/generate-school";

/** A page element that accepts whatever the pane does to it. */
function element(): unknown {
  const props: Record<string, unknown> = { dataset: {}, hidden: false, value: "", textContent: "" };
  return new Proxy(props, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : key === "elements"
          ? { namedItem: () => element() }
          : () => undefined,
    set: (target, key: string, v) => ((target[key] = v), true),
  });
}

/** Starts the pane as Excel's runtime does, with the page hidden or on screen. */
async function startPane(visibility: "hidden" | "visible") {
  const excel = new FakeExcel();
  for (const g of generateSchool(20))
    excel.seed(
      g.name,
      g.values.map((r) => [...r])
    );
  const host = installOfficeHost(excel);
  const byId = new Map<string, unknown>();
  const g = globalThis as Record<string, unknown>;
  g.document = {
    visibilityState: visibility,
    documentElement: {},
    getElementById: (id: string) => byId.get(id) ?? byId.set(id, element()).get(id),
    querySelectorAll: () => [],
    createElement: () => element(),
  };
  g.window = new EventTarget();
  g.localStorage = { getItem: () => null, setItem: () => undefined };
  jest.isolateModules(() => require("../../src/taskpane/taskpane"));
  await host.ready();
  await new Promise((r) => setTimeout(r, 20));
  return host;
}

describe("the task pane's start", () => {
  afterEach(() => {
    uninstallOfficeHost();
    for (const k of ["document", "window", "localStorage"])
      delete (globalThis as Record<string, unknown>)[k];
  });

  it("does not read the workbook while the runtime runs hidden", async () => {
    const host = await startPane("hidden");
    expect(host.contexts).toHaveLength(0);
    for (const fn of host.visibility) await fn({ visibilityMode: "Taskpane" });
    await new Promise((r) => setTimeout(r, 20));
    expect(host.contexts.length).toBeGreaterThan(0);
  });

  it("reads the settings at once when the pane opens on screen", async () => {
    const host = await startPane("visible");
    expect(host.contexts.length).toBeGreaterThan(0);
  });
});
