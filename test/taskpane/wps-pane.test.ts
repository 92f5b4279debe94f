import { EtFake } from "../support/et-fake";
import { generateSchool } from "../support/generate-school";
import { fakeElement as element, startFakePage } from "../support/fake-page";

/**
 * The pane as WPS shows it (Application.CreateTaskPane): an ordinary page where office.js
 * finds no Office host (onReady gives host null) and `window.Application` is WPS's.
 */
async function startInWps(et: EtFake) {
  const byId = new Map<string, Record<string, unknown>>();
  const download = element();
  download.hidden = true; // as taskpane.html has it
  byId.set("download", download);
  const buttons = ["validate", "charge", "breaches"].map((job) => element({ job }));
  await startFakePage(byId, buttons, et.app);
  const click = async (job: string) => {
    for (const fn of buttons.find((b) => (b.dataset as { job: string }).job === job)!
      .clicks as (() => void)[])
      fn();
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 500 && !byId.get("progress")!.hidden; i++)
      await new Promise((r) => setTimeout(r, 10));
  };
  return { click, text: (id: string) => String(byId.get(id)?.textContent ?? ""), byId };
}

describe("the task pane inside WPS", () => {
  // The pane's chart chunk is a dynamic import jest cannot run: the pane leaves the pictures
  // out with one warning, the only one expected, kept off the console of a passing run.
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)));
  afterEach(() => {
    for (const [first] of warn.mock.calls) expect(first).toBe("Kehou: charts not shown");
    warn.mockRestore();
    for (const k of ["document", "window", "localStorage", "Office", "Application"])
      delete (globalThis as Record<string, unknown>)[k];
  });

  it("runs its jobs on the open WPS workbook, with no file to pick", async () => {
    const et = new EtFake();
    for (const g of generateSchool(20)) et.seed(g.name, g.values);
    const { click, text, byId } = await startInWps(et);
    expect(byId.get("file")!.hidden).toBe(true);
    expect(text("mode")).toBe("正在使用当前 WPS 表格工作簿。");
    await click("validate");
    expect(text("summary")).toContain("名册共 20 名学生");
    await click("charge");
    expect(text("summary")).toContain("2023-05");
    expect(et.sheets.map((s) => s.name)).toContain("收费表 2023-05");
    expect(byId.get("download")!.hidden).toBe(true); // nothing to download: the workbook is open in WPS
    expect(et.prompts).toBe(0);
  }, 30_000);
});
