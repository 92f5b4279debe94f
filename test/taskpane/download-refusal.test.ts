import { chargeJob } from "../../src/jobs/charge/job";
import type { BrowserHost } from "../../src/taskpane/host";
import * as xlsxModule from "../../src/workbook/xlsx-workbook";
import { unwritableOf } from "../support/dialects";
import { messySchool } from "../support/messy-school";
import { fakeElement as element, settle, startFakePage, type Listener } from "../support/fake-page";

// The page loads the .xlsx adapter as its own chunk (a dynamic import jest cannot run): here
// it is handed the module, as the host's constructor allows.
jest.mock("../../src/taskpane/host", () => {
  const actual = jest.requireActual("../../src/taskpane/host");
  class PageHost extends actual.BrowserHost {
    constructor() {
      super(async () => jest.requireActual("../../src/workbook/xlsx-workbook"));
    }
  }
  return { ...actual, BrowserHost: PageHost };
});

/** The browser page (no Office host, no WPS) with a file picked and charged. */
async function pageWithCharged(bytes: Uint8Array) {
  const byId = new Map<string, Record<string, unknown>>();
  const buttons = ["validate", "charge", "breaches"].map((job) => element({ job }));
  await startFakePage(byId, buttons);
  const fire = async (el: Record<string, unknown>, type: string, e: unknown = {}) => {
    for (const fn of (el.listeners as Record<string, Listener[]>)[type] ?? []) fn(e);
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 500 && !byId.get("progress")!.hidden; i++)
      await new Promise((r) => setTimeout(r, 10));
    await settle();
  };
  const file = {
    name: "学校.xlsx",
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  };
  await fire(byId.get("pick")!, "change", { target: { files: [file] } });
  await fire(buttons[1], "click");
  return { byId, fire, text: (id: string) => String(byId.get(id)?.textContent ?? "") };
}

describe("the browser page's 下载 of a workbook whose copy Kehou cannot write", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)));
  afterEach(() => {
    warn.mockRestore();
    for (const k of ["document", "window", "localStorage", "Office"])
      delete (globalThis as Record<string, unknown>)[k];
  });

  it("shows the command line's sentence instead of failing without a word", async () => {
    const bytes = unwritableOf(await messySchool());
    const { byId, fire, text } = await pageWithCharged(bytes);
    expect(text("summary")).toContain("收费");
    await fire(byId.get("download")!, "click");
    const { BrowserHost: Real } = jest.requireActual("../../src/taskpane/host");
    const host: BrowserHost = new Real(async () => xlsxModule);
    await host.open("学校.xlsx", bytes.buffer.slice(0) as ArrayBuffer);
    await host.run((wb) => chargeJob(wb, { write: true }));
    const refusal = await host.copy().then(
      () => "",
      (e: Error) => e.message
    );
    expect(refusal).toContain("另存为」Excel 工作簿（.xlsx）");
    expect(text("summary")).toBe(`运行失败：${refusal}`);
  }, 30_000);
});
