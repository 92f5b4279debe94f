import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { loadSettingsForm, saveSettingsForm } from "../../src/jobs/settings-form";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { generateSchool } from "../support/generate-school";

/** A school typed into Excel by hand (dates as dates), in a 1900 or a 1904 workbook. */
function typedSchool(date1904: boolean) {
  const excel = new FakeExcel({ date1904 });
  for (const g of generateSchool(120)) {
    const values = g.values.map((r) => [...r]);
    if (g.name === "设置") values.push(["停课日期", "2023-05-19"]);
    excel.typeIn(g.name, values);
  }
  return excel;
}

const on = (excel: FakeExcel) =>
  new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);

describe("Office.js adapter, the 1904 date system", () => {
  it("the fake answers DATE(1904,1,1) as 0 in a 1904 workbook and 1462 in a 1900 one", async () => {
    for (const [date1904, serial] of [
      [true, 0],
      [false, 1462],
    ] as const) {
      const ctx = new FakeContext(new FakeExcel({ date1904 }));
      const r = ctx.workbook.functions.date(1904, 1, 1).load();
      await ctx.sync();
      expect(r.value).toBe(serial);
    }
  });

  it("charges a 1904 workbook the same money as its 1900 twin", async () => {
    const twin = await chargeJob(on(typedSchool(false)));
    const mac = await chargeJob(on(typedSchool(true)));
    expect(chargeJson(twin).totals).toEqual(chargeJson(mac).totals);
    expect(twin.lines).toHaveLength(120);
    expect(mac.lines.map((l) => l.id)).toEqual(twin.lines.map((l) => l.id));
    expect(mac.findings.map((f) => f.message)).toEqual(twin.findings.map((f) => f.message));
  });

  it("shows the settings' dates as typed in a 1904 workbook, and saves them so", async () => {
    const excel = typedSchool(true);
    expect((await loadSettingsForm(on(excel))).form.停课日期).toBe("2023-05-19");
    await saveSettingsForm(on(excel), { 停课日期: "2023-05-22" });
    expect((await loadSettingsForm(on(excel))).form.停课日期).toBe("2023-05-22");
  });
});

describe("Office.js adapter, times of day", () => {
  it("reads a sign-out a hair before 17:30 as 17:30, rounded to the millisecond as the file reader does", async () => {
    const ctx = new FakeContext();
    ctx.seed("考勤", [["签退"], [0.7291666666]], [["General"], ["h:mm"]]);
    const [sheet] = await new OfficeWorkbook(ctx as unknown as Excel.RequestContext).readSheets();
    expect(sheet.values[1][0]).toBe(17.5 / 24);
  });
});
