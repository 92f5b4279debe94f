import { breachesJob } from "../../src/jobs/breaches/job";
import { validateJob } from "../../src/jobs/validate";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { breachSchool } from "../support/breach-school";
import { gridsToXlsx } from "../support/generate-school";

function changed(edit: (grids: SheetGrid[]) => void): Promise<XlsxWorkbook> {
  const grids = breachSchool();
  edit(grids);
  return gridsToXlsx(grids).then((b) => XlsxWorkbook.fromBuffer(b));
}
const rows = (g: SheetGrid) => g.values as CellValue[][];
const rules = async (wb: XlsxWorkbook) =>
  (await breachesJob(wb, { write: false })).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

describe("management and enrollment checks that need their own columns or settings", () => {
  it("warns when a priority applicant was refused while others were approved (§三(一))", async () => {
    const wb = await changed((g) =>
      rows(g[1]).forEach((r, i) => r.push(i === 0 ? "审批结果" : i === 2 ? "不批准" : "批准"))
    );
    expect(await rules(wb)).toEqual(["ENROLL_PRIORITY_REFUSED 名册!M3"]);
    const v = await validateJob(
      await changed((g) =>
        rows(g[1]).forEach((r, i) => r.push(i === 0 ? "审批结果" : i === 2 ? "不批准" : "批准"))
      ),
      { write: false }
    );
    expect(v.findings.map((f) => f.rule)).toContain("ENROLL_PRIORITY_REFUSED");
  });
  it("is quiet when every priority applicant was approved", async () => {
    const wb = await changed((g) =>
      rows(g[1]).forEach((r, i) => r.push(i === 0 ? "审批结果" : "批准"))
    );
    expect(await rules(wb)).toEqual([]);
  });
  it("warns when the staff list was posted or the rules passed after service began (§三(四), §四(三)3)", async () => {
    const wb = await changed((g) =>
      rows(g[0]).push(["人员公示日期", "2023-05-09"], ["管理办法通过日期", "2023-05-10"])
    );
    expect(await rules(wb)).toEqual(["STAFF_NOT_POSTED 设置!B9", "RULES_NOT_APPROVED 设置!B10"]);
    const ok = await changed((g) =>
      rows(g[0]).push(["人员公示日期", "2023-04-01"], ["管理办法通过日期", "2023-04-02"])
    );
    expect(await rules(ok)).toEqual([]);
  });
  it("warns of a surplus of income over teacher pay (§二(五) 非营利)", async () => {
    const wb = await changed(
      (g) =>
        (g[4] = {
          name: "教师课时",
          values: [
            ["教师", "课时", "补助"],
            ["张老师", 0.2, 10],
          ],
        })
    );
    const found = (await breachesJob(wb, { write: false })).findings;
    expect(found.map((f) => f.rule)).toEqual(["NONPROFIT_SURPLUS"]);
    expect(found[0].message).toContain("结余 68.00 元");
  });
});
