import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chargeJob } from "../../../src/jobs/charge/job";
import { noticesJob } from "../../../src/jobs/notices/job";
import type { FormPrint } from "../../../src/jobs/output-sheet";
import { amountInWords } from "../../../src/jobs/notices/amount-words";
import { reasonOf } from "../../../src/jobs/notices/family-notices";
import type { ChargeLine } from "../../../src/jobs/charge/lines";
import { sampleSchoolSheets } from "../../../src/jobs/sample-school";
import type { CellValue, SheetGrid } from "../../../src/sheets/grid";
import { MemoryWorkbook } from "../../support/memory-workbook";
import { OfficeWorkbook } from "../../../src/workbook/office-workbook";
import { EXCEL_METRICS, LIBREOFFICE_METRICS, wrappedLines } from "../../../src/jobs/wrap-height";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { FakeContext } from "../../support/office-fake";

/** The demo school in an adapter: memory, .xlsx (written to bytes and read back), the Office fake. */
async function demoIn(kind: "memory" | "xlsx" | "office") {
  const memory = new MemoryWorkbook();
  await memory.writeSheets(sampleSchoolSheets());
  const grids = await memory.readSheets();
  if (kind === "memory") return { wb: memory, read: () => memory.readSheets() };
  if (kind === "xlsx") {
    const xlsx = XlsxWorkbook.empty();
    await xlsx.writeSheets(sampleSchoolSheets());
    return {
      wb: xlsx,
      read: async () => (await XlsxWorkbook.fromBuffer(await xlsx.toBuffer())).readSheets(),
      xlsx,
    };
  }
  const ctx = new FakeContext();
  for (const g of grids) ctx.seed(g.name, g.values.map((r) => [...r]) as CellValue[][]);
  const wb = new OfficeWorkbook(ctx as unknown as Excel.RequestContext);
  return {
    wb,
    read: () => new OfficeWorkbook(ctx as unknown as Excel.RequestContext).readSheets(),
    ctx,
  };
}

interface ReadNotice {
  name: string;
  className: string;
  id: string;
  payable: number;
  words: string;
}

/** Reads the notices back from a sheet's cells, as a head teacher would see them. */
function readNotices(grid: SheetGrid): ReadNotice[] {
  const notices: ReadNotice[] = [];
  let current: Partial<ReadNotice> = {};
  for (const row of grid.values) {
    if (row[0] === "学生姓名") current = { name: String(row[1]), className: String(row[3]) };
    if (row[0] === "学号") current.id = String(row[1]);
    if (row[0] === "应缴金额") {
      notices.push({ ...current, payable: Number(row[1]), words: String(row[3]) } as ReadNotice);
    }
  }
  return notices;
}

const fen = (yuan: number) => Math.round(yuan * 100);

describe.each(["memory", "xlsx", "office"] as const)(
  "job notices through the %s adapter",
  (kind) => {
    it("gives every student of the demo school the charge sheet's payable to the fen, in figures and capitals", async () => {
      const { wb, read } = await demoIn(kind);
      const charge = await chargeJob(wb, { write: false });
      const result = await noticesJob(wb);
      expect(result.sheetNames[0]).toBe("缴费通知单 2021-05");
      const grid = (await read()).find((g) => g.name === "缴费通知单 2021-05")!;
      const notices = readNotices(grid);
      expect(notices.map((n) => n.id)).toEqual(charge.lines.map((l) => l.id));
      for (const [i, line] of charge.lines.entries()) {
        expect(notices[i].name).toBe(line.name);
        expect(fen(notices[i].payable)).toBe(line.payable);
        expect(notices[i].words).toBe(amountInWords(line.payable));
      }
      const total = notices.reduce((t, n) => t + fen(n.payable), 0);
      expect(total).toBe(charge.totals.payable);
    });
  }
);

describe("the same sheets through every door", () => {
  it("writes identical notice cells through memory, .xlsx and Office.js", async () => {
    const cells: CellValue[][][] = [];
    for (const kind of ["memory", "xlsx", "office"] as const) {
      const { wb, read } = await demoIn(kind);
      await noticesJob(wb);
      const grid = (await read()).find((g) => g.name === "缴费通知单 2021-05")!;
      cells.push(
        grid.values.slice(3).map((r) =>
          r
            .map((v) => (v === null ? "" : v))
            .concat()
            .slice(0, 4)
        )
      );
    }
    const trim = (rows: CellValue[][]) =>
      rows.map((r) => {
        const out = [...r];
        while (out.length > 0 && out[out.length - 1] === "") out.pop();
        return out;
      });
    expect(trim(cells[1])).toEqual(trim(cells[0]));
    expect(trim(cells[2])).toEqual(trim(cells[0]));
  });

  it("sets the page up in .xlsx: A4 portrait, one page wide, the print area, a break after every third notice", async () => {
    const { wb, xlsx } = (await demoIn("xlsx")) as { wb: XlsxWorkbook; xlsx: XlsxWorkbook };
    const result = await noticesJob(wb);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await xlsx.toBuffer()) as unknown as ArrayBuffer);
    const ws = back.getWorksheet("缴费通知单 2021-05")!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const print = result.sheets[0].print as FormPrint;
    expect(ws.pageSetup.printArea).toBe(`A${print.firstRow + 1}:D${print.lastRow + 1}`);
    const n = result.notices.length;
    const perNotice = (print.lastRow - print.firstRow + 1) / n;
    expect(print.breaksAfter).toEqual(
      Array.from(
        { length: Math.ceil(n / 3) - 1 },
        (_, p) => print.firstRow + (p + 1) * 3 * perNotice - 1
      )
    );
    // exceljs does not read row breaks back: read the sheet's XML.
    const zip = await JSZip.loadAsync(await xlsx.toBuffer());
    const sheetXml = await zip
      .file(`xl/worksheets/sheet${back.worksheets.indexOf(ws) + 1}.xml`)!
      .async("string");
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(print.breaksAfter.map((r) => r + 1));
  });

  it("sets the same page up through Office.js, in the one writing request", async () => {
    const { wb, ctx } = (await demoIn("office")) as { wb: OfficeWorkbook; ctx: FakeContext };
    const before = ctx.syncs;
    const result = await noticesJob(wb);
    expect(ctx.syncs - before).toBeLessThanOrEqual(4);
    const ws = ctx.workbook.worksheets.getItem("缴费通知单 2021-05");
    const print = result.sheets[0].print as FormPrint;
    expect(ws.pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      printArea: `A${print.firstRow + 1}:D${print.lastRow + 1}`,
    });
    expect((ws.pageLayout.zoom as { horizontalFitToPages: number }).horizontalFitToPages).toBe(1);
    expect(ws.horizontalPageBreaks.added).toEqual(print.breaksAfter.map((r) => `A${r + 2}`));
  });
});

describe("why a family pays what it pays", () => {
  const line = (over: Partial<ChargeLine>): ChargeLine => ({
    id: "1",
    name: "甲",
    className: "一年级1班",
    gradeLabel: "一年级",
    hardship: false,
    days: 5,
    minutes: 600,
    billableMinutes: 600,
    gross: 4000,
    waived: 0,
    refund: 0,
    payable: 4000,
    governmentShare: 0,
    schoolShare: 0,
    ...over,
  });
  it("names the hardship waiver, a full refund, no service and days under 30 minutes", () => {
    expect(reasonOf(line({ hardship: true, waived: 4000, payable: 0 }), "actual")).toMatch(
      /家庭经济困难/
    );
    expect(reasonOf(line({ refund: 4000, payable: 0 }), "monthly")).toMatch(/全额退费/);
    expect(
      reasonOf(line({ days: 0, minutes: 0, billableMinutes: 0, gross: 0, payable: 0 }), "actual")
    ).toMatch(/未参加/);
    expect(
      reasonOf(line({ minutes: 80, billableMinutes: 0, gross: 0, payable: 0 }), "actual")
    ).toMatch(/不足30分钟/);
    expect(reasonOf(line({}), "actual")).toMatch(/据实收取/);
  });
});

describe("notices from the school's own settings and roster", () => {
  it("gives a served student without an agreement a notice that says why, and shows shares and how to pay when the settings ask", async () => {
    const sheets = sampleSchoolSheets().map((s) =>
      s.name === "学生名册"
        ? { ...s, rows: s.rows.map((r, i) => (i === 0 ? r.map((c, j) => (j === 12 ? "" : c)) : r)) }
        : s.name === "设置"
          ? {
              ...s,
              rows: [
                ...s.rows,
                ["通知单显示分担", "是"],
                ["缴费方式", "微信扫码缴费"],
                ["缴费截止日期", "2021-06-10"],
              ],
            }
          : s
    );
    const wb = new MemoryWorkbook();
    await wb.writeSheets(sheets);
    const r = await noticesJob(wb);
    const zhang = r.notices.find((n) => n.line.name === "张小明")!;
    expect(zhang.line.payable).toBe(0);
    expect(zhang.reason).toContain("未签订课后服务协议");
    expect(r.notices).toHaveLength(8);
    const grid = (await wb.readSheets()).find((g) => g.name === "缴费通知单 2021-05")!;
    const flat = grid.values.map((row) => row.join("|")).join("\n");
    expect(flat).toContain("其中政府分担");
    expect(flat).toContain("微信扫码缴费|缴费截止|2021-06-10");
    const li = r.notices.find((n) => n.line.name === "李华")!;
    expect(li.line.governmentShare + li.line.schoolShare).toBe(li.line.waived);
  });
});

describe("the notices' columns", () => {
  it("hold every label and text on its line, a text running on over the empty cells after it, in Excel and in LibreOffice alike", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets(sampleSchoolSheets());
    // 显示分担 adds the longest labels (其中政府分担).
    await wb.setCells("设置", [
      { row: 40, col: 0, value: "通知单显示分担" },
      { row: 40, col: 1, value: "是" },
    ]);
    const r = await noticesJob(wb, { write: false });
    const sheet = r.sheets[0];
    const widths = sheet.columns.map((c) => c.width);
    const cut: string[] = [];
    for (const row of sheet.rows)
      row.forEach((cell, c) => {
        if (typeof cell !== "string" || cell === "") return;
        // The cell's own column and the empty ones after it, which Excel and LibreOffice draw it over.
        let end = c + 1;
        while (
          end < widths.length &&
          (row[end] === undefined || row[end] === null || row[end] === "")
        )
          end++;
        const width = widths.slice(c, end).reduce((a, b) => a + b, 0);
        for (const metrics of [EXCEL_METRICS, LIBREOFFICE_METRICS])
          if (wrappedLines(cell, width, { metrics }) > 1) cut.push(cell);
      });
    expect([...new Set(cut)]).toEqual([]);
  });
});
