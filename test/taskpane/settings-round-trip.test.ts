import {
  FORM_KEYS,
  formValue,
  loadSettingsForm,
  saveSettingsForm,
} from "../../src/jobs/settings-form";
import type { SettingsForm } from "../../src/jobs/settings-form";
import { readSettings } from "../../src/sheets/settings";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { fromField, toField } from "../../src/taskpane/settings-fields";
import { FakeContext, FakeExcel } from "../support/office-fake";

/** The pane's settings form against Excel's typed input: what is saved comes back the same. */
const workbook = (excel: FakeExcel) =>
  new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);

/** Fields as the pane shows them after loading, then saves them unchanged, as a user would. */
async function openAndSave(excel: FakeExcel, edits: Partial<Record<string, string>> = {}) {
  const { form } = await loadSettingsForm(workbook(excel));
  const fields = Object.fromEntries(FORM_KEYS.map((k) => [k, edits[k] ?? toField(k, form[k])]));
  const save: Partial<SettingsForm> = {};
  for (const k of FORM_KEYS) if (fromField(k, fields[k]) !== "") save[k] = fromField(k, fields[k]);
  await saveSettingsForm(workbook(excel), save);
  return fields;
}

function settingsOf(excel: FakeExcel) {
  const s = excel.sheet("设置");
  const values = s.cells.map((row) => row.map((c) => c.value));
  const numberFormats = s.cells.map((row) => row.map((c) => c.format));
  return readSettings({ name: "设置", values, numberFormats }).settings;
}

describe("the settings form through Excel", () => {
  it("keeps a 10% uplift at 10% however often it is saved", async () => {
    const excel = new FakeExcel();
    await openAndSave(excel, { 高中上浮: "10", 月份: "2021-05", 停课日期: "2021-07-10" });
    const uplift = excel.sheet("设置").cells.find((row) => row[0]?.value === "高中上浮")!;
    expect(uplift[1]).toMatchObject({ value: 0.1, format: "0%" });
    for (let i = 0; i < 3; i++) {
      const fields = await openAndSave(excel);
      expect(fields["高中上浮"]).toBe("10");
      expect(fields["月份"]).toBe("2021-05");
      expect(fields["停课日期"]).toBe("2021-07-10");
    }
    const s = settingsOf(excel);
    expect(s.uplift.toString()).toBe("0.1");
    expect(s.month).toBe("2021-05");
  });

  it("shows a number through its format, in the form's units", () => {
    expect(formValue("高中上浮", 0.05, "0%")).toBe("5%");
    expect(formValue("高中上浮", 8, "General")).toBe("8%");
    expect(formValue("月份", 44317, "mmm-yy")).toBe("2021-05");
    expect(formValue("停课日期", 44387, "yyyy/m/d")).toBe("2021-07-10");
    expect(formValue("学校名称", 2021, "General")).toBe("2021");
    expect(formValue("学校名称", null)).toBe("");
  });
});
