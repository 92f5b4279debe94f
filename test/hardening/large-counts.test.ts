import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { StylesAppender } from "../../src/workbook/package/styles-append";
import { MemoryWorkbook } from "../support/memory-workbook";
import { breachSchool } from "../support/breach-school";

/** The clean school with `pupils` more pupils whose every May day is a cell nobody can read. */
function unreadableSchool(pupils: number): SheetGrid[] {
  const days = Array.from({ length: 31 }, (_, d) => `5/${d + 1}`);
  return breachSchool().map((g) => {
    if (g.name === "学生名册" || g.values[0]?.[0] === "学号") {
      if (g.values[0]?.[2] === "班级") {
        const extra: CellValue[][] = [];
        for (let n = 0; n < pupils; n++)
          extra.push([`X${n}`, `学生${n}`, "三年级1班", "三年级", "否", ...g.values[1].slice(5)]);
        return { ...g, values: [...g.values, ...extra] };
      }
      if (g.values[0]?.[2] === "5/8") {
        const rows: CellValue[][] = [["学号", "姓名", ...days]];
        for (let n = 0; n < pupils; n++) rows.push([`X${n}`, `学生${n}`, ...days.map(() => "??")]);
        return { ...g, values: rows };
      }
    }
    return g;
  });
}

describe("counts past what a spread can carry", () => {
  jest.setTimeout(120_000);

  it("charges a school with 220,000 unreadable cells, each a finding", async () => {
    const result = await chargeJob(new MemoryWorkbook(unreadableSchool(7_100)), { write: false });
    expect(result.findings.length).toBeGreaterThan(220_000);
  });

  it("says each of a school's 220,000 unreadable cells in breaches too, counted", async () => {
    const result = await breachesJob(new MemoryWorkbook(unreadableSchool(7_100)), {
      write: false,
    });
    const unread = result.findings.filter((f) => f.rule === "ATTENDANCE_CELL_UNREADABLE");
    expect(unread.length).toBe(7_100 * 31);
    expect(new Set(unread.map((f) => f.cell)).size).toBe(unread.length);
  });

  it("adds a number format to a styles part that has 180,000 of them", () => {
    const formats = Array.from(
      { length: 180_000 },
      (_, i) =>
        `<numFmt numFmtId="${164 + i}" formatCode="0.${"0".repeat(i % 5)}&quot;${i}&quot;"/>`
    ).join("");
    const styles = new StylesAppender(
      `<styleSheet><numFmts count="180000">${formats}</numFmts><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`
    );
    expect(styles.numFmt("#,##0.00")).toBe(164 + 180_000);
  });
});
