import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { consolidateJob } from "../../src/jobs/consolidate/job";
import { pickedSources } from "../../src/taskpane/picked-sources";
import { pickedGrids } from "../../src/workbook/open-refusal";
import type { XlsOdsReader } from "../../src/workbook/xls-ods-grids";
import { messySchool } from "../support/messy-school";
import { partText, repackage } from "../support/repackage";
import { runCli } from "../support/run-cli";
import { settle, startFakePage, type Listener } from "../support/fake-page";

// The page loads the .xlsx adapter as its own chunk (a dynamic import jest cannot run): here
// it is handed the module, as the host's constructor allows.
jest.mock("../../src/taskpane/host", () => {
  const actual = jest.requireActual("../../src/taskpane/host");
  class PageHost extends actual.BrowserHost {
    constructor() {
      super(
        async () => jest.requireActual("../../src/workbook/xlsx-workbook"),
        async () => jest.requireActual("../../src/workbook/xls-ods-grids")
      );
    }
  }
  return { ...actual, BrowserHost: PageHost };
});

/** The browser page (no Office host, no WPS) with `bytes` picked as 学校.xlsx: its summary. */
async function pickedSummary(bytes: Uint8Array): Promise<string> {
  const byId = new Map<string, Record<string, unknown>>();
  await startFakePage(byId);
  const file = {
    name: "学校.xlsx",
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  };
  const pick = byId.get("pick")!;
  for (const fn of (pick.listeners as Record<string, Listener[]>).change ?? [])
    fn({ target: { files: [file] } });
  for (let i = 0; i < 200 && !String(byId.get("summary")?.textContent ?? ""); i++) await settle();
  return String(byId.get("summary")?.textContent ?? "");
}

const ROSTER = "xl/worksheets/sheet2.xml";
const csv = () => new TextEncoder().encode("学号,姓名\nS1,张三\n");
const gbk = async () =>
  repackage(await messySchool(), (p) =>
    p.set(ROSTER, partText(p, ROSTER).replace('encoding="UTF-8"', 'encoding="GBK"'))
  );
const times = (text: string, part: string) => text.split(part).length - 1;

describe("a picked file Kehou cannot read is named once, in the command line's sentence", () => {
  let dir: string;
  let warn: jest.SpyInstance;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-pick-refusal-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => (warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)));
  afterEach(() => {
    warn.mockRestore();
    for (const k of ["document", "window", "localStorage", "Office"])
      delete (globalThis as Record<string, unknown>)[k];
  });

  /** What `kehou charge 学校.xlsx` says of the same bytes on standard error. */
  async function cliSays(bytes: Uint8Array): Promise<string> {
    const file = path.join(dir, "学校.xlsx");
    writeFileSync(file, bytes);
    return (await runCli("charge", file)).err.trim();
  }

  it.each([
    ["a CSV text named .xlsx", async () => csv()],
    ["a package with a GBK part", gbk],
  ])("the page's pick of %s", async (_what, make) => {
    const bytes = await make();
    const summary = await pickedSummary(bytes);
    expect(times(summary, "学校.xlsx")).toBe(1);
    expect(summary).toBe(`${await cliSays(bytes)}。没有载入任何工作簿。`);
  });

  it.each([
    ["a CSV text named .xlsx", async () => csv()],
    ["a package with a GBK part", gbk],
  ])("the pane's 汇总 and the command line's city list of %s", async (_what, make) => {
    const bytes = await make();
    const reader = async () => require("../../src/workbook/xls-ods-grids") as XlsOdsReader;
    const picked = [{ name: "学校.xlsx", arrayBuffer: async () => new Uint8Array(bytes).buffer }];
    const pane = await consolidateJob(pickedSources(picked, (b, n) => pickedGrids(b, n, reader)));
    const [said] = pane.findings.filter((f) => f.rule === "CITY_FILE_UNREADABLE");
    expect(times(said.message, "学校.xlsx")).toBe(1);
    // Whole: what to do is at the end of the sentence.
    expect(said.message).toBe(await cliSays(bytes));
  });
});
