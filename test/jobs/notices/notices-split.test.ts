import JSZip from "jszip";
import { noticesJob } from "../../../src/jobs/notices/job";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { FakeContext, FakeExcel } from "../../support/office-fake";
import { generateSchool } from "../../support/generate-school";

/** A school of 3,300 students: more notices than one sheet's 1,026 page breaks can print. */
const big = () => generateSchool(3300).map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));

describe("families' notices past one sheet's page breaks", () => {
  it("prints 3,300 notices in the add-in with no sheet over 1,026 breaks, a sheet a grade", async () => {
    const excel = new FakeExcel();
    for (const g of big()) excel.seed(g.name, g.values);
    const r = await noticesJob(
      new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext)
    );
    expect(r.notices).toHaveLength(3300);
    const names = r.sheetNames.filter((n) => n.startsWith("缴费通知单"));
    expect(names.length).toBeGreaterThan(1);
    expect(names).toContain("缴费通知单 2023-05 一年级");
    for (const n of names) expect(excel.sheet(n).pageBreaks.length).toBeLessThanOrEqual(1026);
    // every notice printed once: 3,300 "沿此线剪开" lines over the sheets
    const cuts = names.flatMap((n) =>
      excel.sheet(n).cells.filter((row) => String(row?.[0]?.value ?? "").endsWith("沿此线剪开"))
    );
    expect(cuts).toHaveLength(3300);
  }, 60_000);

  it("does the same in the .xlsx file", async () => {
    const memory = big();
    const wb = XlsxWorkbook.empty();
    const r = await noticesJob({
      readSheets: async () => memory,
      writeSheets: (s) => wb.writeSheets(s),
      markCells: async () => [],
      setCells: async () => undefined,
    });
    expect(r.noticeSheets.length).toBeGreaterThan(1);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      const breaks = (xml.match(/<brk /g) ?? []).length;
      expect(breaks).toBeLessThanOrEqual(1026);
    }
    expect(r.noticeSheets.reduce((n, s) => n + s.print!.breaksAfter.length, 0)).toBeGreaterThan(
      1026
    );
  }, 60_000);

  it("keeps one sheet while the notices fit", async () => {
    const small = generateSchool(30).map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
    const r = await noticesJob({
      readSheets: async () => small,
      writeSheets: async (s) => s.map((x) => x.name),
      markCells: async () => [],
      setCells: async () => undefined,
    });
    expect(r.noticeSheets.map((s) => s.name)).toEqual(["缴费通知单 2023-05"]);
  });
});
