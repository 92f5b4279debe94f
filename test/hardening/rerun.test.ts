import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import { validateJob } from "../../src/jobs/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { breachSchool } from "../support/breach-school";
import { gridsToXlsx } from "../support/generate-school";

describe("re-running every job on its own output", () => {
  it("gives the same figures and findings, and never duplicates a sheet", async () => {
    const first = await XlsxWorkbook.fromBuffer(
      await gridsToXlsx(breachSchool(["endTooLate", "chargeDiffers", "saturday"]))
    );
    const run = async (wb: XlsxWorkbook) => ({
      validate: (await validateJob(wb)).findings.map((f) => `${f.rule} ${f.cell}`),
      charge: (await chargeJob(wb)).totals,
      breaches: (await breachesJob(wb, { highlight: true })).findings.map(
        (f) => `${f.rule} ${f.cell}`
      ),
    });
    const a = await run(first);
    const second = await XlsxWorkbook.fromBuffer(await first.toBuffer());
    const b = await run(second);
    expect(b).toEqual(a);
    const names = (await second.readSheets()).map((s) => s.name);
    expect(names).toEqual([...new Set(names)]);
    // Each job keeps its own findings list: breaches after charge does not replace charge's.
    expect(names.filter((n) => n.startsWith("收费表") || n.endsWith("问题清单"))).toEqual([
      "校验问题清单",
      "收费表 2023-05",
      "收费问题清单",
      "违规问题清单",
    ]);
  });
});
