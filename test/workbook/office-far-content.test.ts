import { chargeJob } from "../../src/jobs/charge/job";
import { officeErrorText } from "../../src/workbook/office-error-text";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { generateSchool } from "../support/generate-school";

describe("Office.js adapter, content in a far corner", () => {
  it("refuses in words within a few syncs, naming the sheet and where the far content is", async () => {
    const excel = new FakeExcel();
    for (const g of generateSchool(50))
      excel.seed(
        g.name,
        g.values.map((r) => [...r])
      );
    // a stray entry at XFD1048576 on the roster
    Object.assign(excel.sheet("名册").cell(1_048_575, 16_383), { value: "x" });
    const ctx = new FakeContext(excel);
    const failure = await chargeJob(
      new OfficeWorkbook(ctx as unknown as Excel.RequestContext)
    ).catch((e: unknown) => e);
    expect(ctx.syncs).toBeLessThanOrEqual(3);
    const zh = officeErrorText(failure);
    expect(zh).toContain("「名册」");
    expect(zh).toContain("XFD1048576");
    expect(zh).toContain("Ctrl+End");
    expect(officeErrorText(failure, true)).toMatch(/"名册" reaches XFD1048576/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["设置", "名册", "5月考勤"]);
  });
});
