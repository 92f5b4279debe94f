import { noticeJob, noticesJob } from "../../src/jobs/notices/job";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { MemoryWorkbook } from "../support/memory-workbook";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext } from "../support/office-fake";

type Handler = (event: { completed(): void }) => Promise<void>;
type Report = { ok: boolean; message: string };

/**
 * Loads the ribbon's commands in a shared runtime made of the Office fake: Office.onReady
 * calls back, Office.actions.associate records each button's function, Excel.run hands the
 * fake context, and the pane's report event is kept.
 */
function ribbon(ctx: FakeContext) {
  const handlers = new Map<string, Handler>();
  const reports: Report[] = [];
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    onReady: (cb: () => void) => cb(),
    actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
  };
  g.Excel = { run: (job: (c: unknown) => Promise<unknown>) => job(ctx) };
  g.CustomEvent = class {
    constructor(
      readonly type: string,
      readonly init: { detail: Report }
    ) {}
    get detail() {
      return this.init.detail;
    }
  };
  g.window = { dispatchEvent: (e: { detail: Report }) => reports.push(e.detail) };
  jest.isolateModules(() => require("../../src/commands/commands"));
  return { handlers, reports };
}

async function demoContext(): Promise<FakeContext> {
  const memory = new MemoryWorkbook();
  await memory.writeSheets(sampleSchoolSheets());
  const ctx = new FakeContext();
  for (const g of await memory.readSheets())
    ctx.seed(g.name, g.values.map((r) => [...r]) as CellValue[][]);
  return ctx;
}

/** A sheet's rows as text, trailing blanks dropped, so adapters compare cell for cell. */
const rowsOf = (grids: SheetGrid[], name: string) =>
  grids
    .find((g) => g.name === name)!
    .values.map((r) =>
      r
        .map((v) => (v === null || v === undefined ? "" : String(v)))
        .join("|")
        .replace(/\|+$/, "")
    );
const officeRows = async (ctx: FakeContext, name: string) =>
  rowsOf(await new OfficeWorkbook(ctx as unknown as Excel.RequestContext).readSheets(), name);

async function directRun(job: (wb: MemoryWorkbook) => Promise<unknown>): Promise<SheetGrid[]> {
  const direct = new MemoryWorkbook();
  await direct.writeSheets(sampleSchoolSheets());
  await job(direct);
  return direct.readSheets();
}

describe("the ribbon's 生成公示 and 生成缴费通知", () => {
  afterAll(() => {
    for (const k of ["Office", "Excel", "CustomEvent", "window"])
      delete (globalThis as Record<string, unknown>)[k];
  });

  it("writes the same notices sheet as the job run directly (one job, three doors)", async () => {
    const ctx = await demoContext();
    const { handlers, reports } = ribbon(ctx);
    let completed = false;
    await handlers.get("buildFamilyNotices")!({ completed: () => (completed = true) });
    expect(completed).toBe(true);
    expect(reports[0].ok).toBe(true);
    expect(reports[0].message).toMatch(/缴费通知单 8 份，应缴合计 ¥193\.00/);
    const direct = await directRun((wb) => noticesJob(wb));
    expect(await officeRows(ctx, "缴费通知单 2021-05")).toEqual(
      rowsOf(direct, "缴费通知单 2021-05")
    );
  });

  it("writes the public notice and the letter", async () => {
    const ctx = await demoContext();
    const { handlers, reports } = ribbon(ctx);
    await handlers.get("buildFeeNotice")!({ completed: () => undefined });
    expect(reports[0]).toMatchObject({ ok: true });
    const direct = await directRun((wb) => noticeJob(wb, { letter: true }));
    for (const name of ["收费公示", "致家长的一封信"])
      expect(await officeRows(ctx, name)).toEqual(rowsOf(direct, name));
  });
});
