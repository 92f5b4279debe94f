import { withoutCommandLine } from "../../src/taskpane/pane-wording";
import { FakeExcel } from "../support/office-fake";
import { installOfficeHost, uninstallOfficeHost } from "../support/office-host-fake";
import { generateSchool } from "../support/generate-school";
import { fakeElement as element } from "../support/fake-page";

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
  jobButtons = ["validate", "charge", "breaches", "template"].map((job) => element({ job }));
  const g = globalThis as Record<string, unknown>;
  g.document = {
    visibilityState: visibility,
    documentElement: {},
    getElementById: (id: string) => byId.get(id) ?? byId.set(id, element()).get(id),
    querySelectorAll: (selector: string) => (selector === "button[data-job]" ? jobButtons : []),
    createElement: () => element(),
  };
  g.window = new EventTarget();
  g.localStorage = { getItem: () => null, setItem: () => undefined };
  jest.isolateModules(() => require("../../src/taskpane/taskpane"));
  await host.ready();
  await settle();
  const text = (id: string) => String((byId.get(id) as { textContent: string }).textContent);
  const shown = (id: string) => byId.get(id) as { hidden: boolean; textContent: string };
  return { host, excel, text, shown };
}

let jobButtons: Record<string, unknown>[] = [];

// The pane's ECharts chunk is loaded by webpack's dynamic import, which jest cannot run: the
// pane then leaves the pictures out and says so in one warning. That warning, and only it, is
// expected here; kept off the console so a passing run prints no stack trace.
let warn: jest.SpyInstance;
beforeEach(() => (warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)));
afterEach(() => {
  for (const [first] of warn.mock.calls) expect(first).toBe("Kehou: charts not shown");
  warn.mockRestore();
});
const settle = () => new Promise((r) => setTimeout(r, 30));

/** Clicks a job button of the pane and waits for the job. */
async function click(job: string): Promise<void> {
  const button = jobButtons.find((b) => (b.dataset as { job: string }).job === job)!;
  for (const fn of button.clicks as (() => void)[]) fn();
  const progress = () =>
    (globalThis as unknown as { document: Doc }).document.getElementById("progress");
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 500 && !progress().hidden; i++) await new Promise((r) => setTimeout(r, 10));
}

type Doc = { getElementById: (id: string) => { hidden: boolean } };

describe("the task pane's start", () => {
  afterEach(() => {
    uninstallOfficeHost();
    for (const k of ["document", "window", "localStorage"])
      delete (globalThis as Record<string, unknown>)[k];
  });

  it("does not read the workbook while the runtime runs hidden", async () => {
    const { host } = await startPane("hidden");
    expect(host.contexts).toHaveLength(0);
    for (const fn of host.visibility) await fn({ visibilityMode: "Taskpane" });
    await settle();
    expect(host.contexts.length).toBeGreaterThan(0);
  });

  it("reads the settings at once when the pane opens on screen", async () => {
    const { host } = await startPane("visible");
    expect(host.contexts.length).toBeGreaterThan(0);
  });

  it("shows the title of the policy in force, and hands that policy to the custom functions", async () => {
    const slot = Symbol.for("kehou.workbookPolicy");
    delete (globalThis as Record<symbol, unknown>)[slot];
    const { text } = await startPane("visible");
    expect(text("subtitle")).toBe("按《关于做好绥芬河市中小学生课后服务工作的实施意见》");
    // The pane read 设置 on screen: the functions (same runtime) compute by what it found.
    const handed = (globalThis as Record<symbol, Promise<{ id: string }>>)[slot];
    expect((await handed).id).toBe("suifenhe-2021");
  });

  it("runs each job button on the workbook and says what it did", async () => {
    const { excel, text } = await startPane("visible");
    await click("validate");
    expect(text("summary")).toContain("名册共 20 名学生");
    await click("charge");
    expect(text("summary")).toContain("2023-05");
    expect(excel.has("收费表 2023-05")).toBe(true);
    await click("breaches");
    expect(text("summary")).toContain("违规检查完成");
    await click("template");
    await click("template");
    expect(text("summary")).toContain("已插入空白模板");
    expect(excel.has("设置 (3)")).toBe(true);
  }, 30_000);

  it("replaces the last job's result whole: no chart of the charge over the template's result", async () => {
    const { text, shown } = await startPane("visible");
    await click("charge");
    expect(text("counts")).not.toBe("");
    await click("template");
    expect(text("summary")).toContain("已插入空白模板");
    expect(shown("charts").hidden).toBe(true);
    expect(shown("print").hidden).toBe(true);
  }, 30_000);
});

describe("the pane's wording", () => {
  it("never names a command-line option: --month becomes the settings' 月份", () => {
    const text = withoutCommandLine(
      "无法确定收费月份：请用 --month YYYY-MM 指定，或在设置表中填写「月份」"
    );
    expect(text).toBe("无法确定收费月份：请在设置中填写「月份」");
    expect(
      withoutCommandLine("no month: give --month YYYY-MM or fill 月份 in the settings sheet")
    ).not.toContain("--");
  });
});
