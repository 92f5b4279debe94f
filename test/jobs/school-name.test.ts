import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import { noticeJob, noticesJob } from "../../src/jobs/notices/job";
import { validateJob } from "../../src/jobs/validate";
import type { Finding } from "../../src/findings/finding";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { UNNAMED_SCHOOL } from "../../src/sheets/settings";
import { MemoryWorkbook, renderValues } from "../support/memory-workbook";
import { generateSchool } from "../support/generate-school";

/** A school month whose 设置 has its 学校名称 row left as typed here. */
function unnamed(name: CellValue): MemoryWorkbook {
  const grids: SheetGrid[] = generateSchool(6, 1, "x");
  (grids[0].values as CellValue[][])[0][1] = name;
  return new MemoryWorkbook(grids);
}

const named = (findings: readonly Finding[]) =>
  findings.filter((f) => f.rule === "SCHOOL_NAME_MISSING");

describe("a blank 学校名称 (SPEC §11)", () => {
  const jobs: [string, (wb: MemoryWorkbook) => Promise<readonly Finding[]>][] = [
    ["validate", async (wb) => (await validateJob(wb)).findings],
    ["charge", async (wb) => (await chargeJob(wb)).findings],
    ["breaches", async (wb) => (await breachesJob(wb)).findings],
    ["notice", async (wb) => (await noticeJob(wb, { letter: true })).findings],
    ["notices", async (wb) => (await noticesJob(wb)).charges.findings],
  ];

  it.each(jobs)("is an error finding at its cell in %s", async (_job, run) => {
    for (const blank of [null, "\u3000 "])
      expect(named(await run(unnamed(blank)))).toMatchObject([
        { severity: "error", sheet: "设置", cell: "B1" },
      ]);
    expect(named(await run(unnamed("绥芬河市第一学校")))).toEqual([]);
  });

  it("never titles or signs a 公示, a letter or a notice with an empty name", async () => {
    const notice = await noticeJob(unnamed(null), { letter: true });
    const notices = await noticesJob(unnamed(null));
    const texts = [...notice.sheets, ...notices.sheets.slice(0, 1)]
      .flatMap((s) => renderValues(s).flat())
      .filter((v): v is string => typeof v === "string");
    // Titles that begin with the school's name, and the signature, never begin bare.
    const titled = [...texts, ...notice.sheets.map((s) => s.title), notices.sheets[0].title];
    expect(
      titled.filter((t) => /^\s*(课后服务收费公示|课后服务缴费通知单|（盖章）)/.test(t))
    ).toEqual([]);
    expect(texts.filter((t) => t.includes(UNNAMED_SCHOOL)).length).toBeGreaterThan(2);
  });
});
