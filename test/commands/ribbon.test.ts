import type { RibbonReport } from "../../src/commands/commands";
import { FakeExcel, FakeOfficeError } from "../support/office-fake";
import { installOfficeHost, uninstallOfficeHost, type FakeHost } from "../support/office-host-fake";
import { generateSchool } from "../support/generate-school";

/** The ribbon's buttons, run as Excel runs them: in the shared runtime, the pane maybe closed. */
async function ribbon(excel: FakeExcel): Promise<{ host: FakeHost; reports: RibbonReport[] }> {
  const host = installOfficeHost(excel);
  const reports: RibbonReport[] = [];
  const g = globalThis as Record<string, unknown>;
  g.window = new EventTarget();
  (g.window as EventTarget).addEventListener("kehou:report", (e) =>
    reports.push((e as CustomEvent<RibbonReport>).detail)
  );
  jest.isolateModules(() => require("../../src/commands/commands"));
  await host.ready();
  return { host, reports };
}

async function press(host: FakeHost, id: string): Promise<number> {
  let completed = 0;
  await host.actions.get(id)!({ completed: () => void completed++ });
  return completed;
}

function schoolWorkbook(students = 30): FakeExcel {
  const excel = new FakeExcel();
  for (const g of generateSchool(students))
    excel.seed(
      g.name,
      g.values.map((r) => [...r])
    );
  return excel;
}

describe("ribbon commands on the strict fake", () => {
  afterEach(() => {
    uninstallOfficeHost();
    delete (globalThis as Record<string, unknown>).window;
  });

  it("registers the six ExecuteFunction handlers of the manifest", async () => {
    const { host } = await ribbon(new FakeExcel());
    expect([...host.actions.keys()].sort()).toEqual(
      [
        "buildChargeSheet",
        "buildFamilyNotices",
        "buildFeeNotice",
        "flagBreaches",
        "insertTemplate",
        "validateRoster",
      ].sort()
    );
  });

  it.each(["validateRoster", "buildChargeSheet", "flagBreaches"])(
    "%s writes its sheet, opens the pane with the outcome and completes",
    async (id) => {
      const excel = schoolWorkbook();
      const { host, reports } = await ribbon(excel);
      expect(await press(host, id)).toBe(1);
      expect(reports).toHaveLength(1);
      expect(reports[0].ok).toBe(true);
      expect(host.shown).toBe(1);
      expect(excel.sheets.length).toBeGreaterThan(3);
    }
  );

  it("inserts the template twice beside the user's sheets", async () => {
    const excel = schoolWorkbook();
    const { host, reports } = await ribbon(excel);
    await press(host, "insertTemplate");
    await press(host, "insertTemplate");
    expect(reports.map((r) => r.ok)).toEqual([true, true]);
    expect(excel.has("设置 (3)")).toBe(true);
  });

  it("opens the pane with the error when a job fails, and still completes", async () => {
    const { host, reports } = await ribbon(schoolWorkbook());
    (globalThis as { Excel: { run: unknown } }).Excel.run = async () => {
      throw new FakeOfficeError("GeneralException", "出错了");
    };
    expect(await press(host, "buildChargeSheet")).toBe(1);
    expect(reports[0]).toMatchObject({ ok: false });
    expect(reports[0].message).toContain("出错了");
    expect(host.shown).toBe(1);
  });
});
