import ExcelJS from "exceljs";
import { MARK_COLORS, type CellMark } from "../../src/jobs/workbook-port";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { excelOpens, excelSaves } from "../support/office-fake-file";
import { installOfficeHost, uninstallOfficeHost } from "../support/office-host-fake";

const roster = [
  ["学号", "姓名"],
  ["S1", "张三"],
  ["S2", "李四"],
  ["S3", "王五"],
];
const mark = (cell: string, note = "超时"): CellMark => ({
  sheet: "名册",
  cell,
  severity: "error",
  note,
});

/** A cell's fill and note as Excel would show the file. */
async function shown(bytes: Uint8Array, cell: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const c = wb.getWorksheet("名册")!.getCell(cell);
  const f = c.fill as ExcelJS.FillPattern | undefined;
  const n = c.note;
  return {
    fill: f?.pattern === "solid" ? `#${f.fgColor!.argb!.slice(-6)}` : undefined,
    note: typeof n === "string" ? n : n?.texts?.map((t) => t.text).join(""),
  };
}

const office = (excel: FakeExcel) =>
  new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);

describe("one mark record across adapters", () => {
  afterEach(uninstallOfficeHost);

  it("takes the notes Excel saved for the add-in off on the command line's re-highlight, and keeps the school's", async () => {
    const excel = new FakeExcel({ notes: true });
    excel.seed("名册", roster);
    excel.notes.set("名册!B2", "老师的备注");
    installOfficeHost(excel, "1.18");
    const pane = office(excel);
    await pane.readSheets();
    await pane.markCells([mark("B2"), mark("B3", "缺签")]);
    expect(excel.notes.get("名册!B3")).toBe("Kehou：缺签");

    const file = await XlsxWorkbook.fromBuffer(await excelSaves(excel));
    await file.readSheets();
    await file.markCells([mark("B4", "缺号")]);
    const out = await file.toBuffer();
    expect(await shown(out, "B2")).toEqual({ fill: undefined, note: "老师的备注" });
    expect(await shown(out, "B3")).toEqual({ fill: undefined, note: undefined });
    expect(await shown(out, "B4")).toEqual({ fill: `#${MARK_COLORS.error}`, note: "Kehou：缺号" });
  });

  it("takes the command line's notes and fills off in Excel, and keeps the school's note", async () => {
    const made = new ExcelJS.Workbook();
    const ws = made.addWorksheet("名册");
    ws.addRows(roster);
    ws.getCell("B2").note = "老师的备注";
    ws.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } };
    const file = await XlsxWorkbook.fromBuffer(new Uint8Array(await made.xlsx.writeBuffer()));
    await file.readSheets();
    await file.markCells([mark("B2"), mark("B3", "缺签")]);

    const excel = await excelOpens(await file.toBuffer());
    expect(excel.notes.get("名册!B3")).toBe("Kehou：缺签");
    installOfficeHost(excel, "1.18");
    const pane = office(excel);
    await pane.readSheets();
    await pane.markCells([]);
    expect(excel.notes.get("名册!B2")).toBe("老师的备注");
    expect(excel.notes.has("名册!B3")).toBe(false);
    expect(excel.sheet("名册").peek(1, 1)?.fill).toBeUndefined();
    expect(excel.sheet("名册").peek(2, 1)?.fill).toBe("#00B0F0");
  });
});
