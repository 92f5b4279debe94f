import { saveSettingsForm } from "../../src/jobs/settings-form";
import { officeErrorText } from "../../src/workbook/office-error-text";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";

const workbook = (excel: FakeExcel) =>
  new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);

describe("what the pane and the ribbon say when Excel refuses", () => {
  it("turns a protected 设置 sheet into a sentence that says how to unprotect it", async () => {
    const excel = new FakeExcel();
    await saveSettingsForm(workbook(excel), { 学校名称: "第一小学" });
    excel.sheet("设置").protected = true;
    const failure = await saveSettingsForm(workbook(excel), { 学校名称: "第二小学" }).then(
      () => undefined,
      (e: unknown) => e
    );
    expect((failure as { code?: string }).code).toBe("AccessDenied");
    const zh = officeErrorText(failure);
    expect(zh).toContain("撤销工作表保护");
    expect(zh).not.toMatch(/AccessDenied|protected/);
    expect(officeErrorText(failure, true)).toContain("Unprotect Sheet");
  });

  it("keeps the message of an error it has no sentence for", () => {
    expect(officeErrorText(new Error("学生名册缺少姓名列"))).toBe("学生名册缺少姓名列");
    expect(officeErrorText({ code: "SomethingNew", message: "boom" })).toBe("boom");
    expect(officeErrorText("plain")).toBe("plain");
  });
});
