import ExcelJS from "exceljs";
import { MARK_COLORS, type CellMark } from "../../src/jobs/workbook-port";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { isRecordSheet } from "../../src/workbook/mark-record";
import { bgrOf } from "../../src/workbook/wps-marks";
import { WpsWorkbook } from "../../src/workbook/wps-workbook";
import { EtFake } from "../support/et-fake";
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

  /** A file the command line marked on B2 (theme accent 1, lighter) and B3 (a dark grey pattern). */
  async function commandLineMarked() {
    const made = new ExcelJS.Workbook();
    const ws = made.addWorksheet("名册");
    ws.addRows(roster);
    ws.getCell("B2").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { theme: 4, tint: 0.4 } as unknown as ExcelJS.Color,
    };
    ws.getCell("B3").fill = {
      type: "pattern",
      pattern: "darkGray",
      fgColor: { argb: "FF0070C0" },
      bgColor: { argb: "FFFFFF00" },
    };
    const file = await XlsxWorkbook.fromBuffer(new Uint8Array(await made.xlsx.writeBuffer()));
    await file.readSheets();
    await file.markCells([mark("B2"), mark("B3", "缺签")]);
    const out = await file.toBuffer();
    const sheets = await (await XlsxWorkbook.fromBuffer(out)).readSheets();
    return { out, sheets, record: sheets.find((g) => isRecordSheet(g.values))! };
  }

  it("restores in Excel a theme-colour and a pattern fill the command line marked, never none", async () => {
    const { out } = await commandLineMarked();
    const excel = await excelOpens(out);
    installOfficeHost(excel, "1.9");
    const pane = office(excel);
    await pane.readSheets();
    await pane.markCells([]);
    const b2 = excel.sheet("名册").peek(1, 1);
    const b3 = excel.sheet("名册").peek(2, 1);
    // accent1 of the theme exceljs writes (the Office 2007 theme: 4F81BD)
    expect({ fill: b2?.fill, tint: b2?.tint }).toEqual({ fill: "#4F81BD", tint: 0.4 });
    expect({ fill: b3?.fill, pattern: b3?.pattern, patternColor: b3?.patternColor }).toEqual({
      fill: "#FFFF00",
      pattern: "Gray75",
      patternColor: "#0070C0",
    });
  });

  it("restores in WPS a theme-colour and a pattern fill the command line marked, never none", async () => {
    const { sheets } = await commandLineMarked();
    const et = new EtFake();
    for (const g of sheets) et.seed(g.name, g.values);
    const wb = new WpsWorkbook(et.app as unknown as Et.Application);
    await wb.readSheets();
    await wb.markCells([]);
    const b2 = et.sheet("名册").peek(1, 1);
    const b3 = et.sheet("名册").peek(2, 1);
    expect({ theme: b2?.themeColor, tint: b2?.tint, pattern: b2?.pattern }).toEqual({
      theme: 5, // xlThemeColorAccent1
      tint: 0.4,
      pattern: 1,
    });
    expect({ color: b3?.color, pattern: b3?.pattern, patternColor: b3?.patternColor }).toEqual({
      color: bgrOf("FFFF00"),
      pattern: -4126, // xlPatternGray75
      patternColor: bgrOf("0070C0"),
    });
  });

  it("keeps a pattern Excel before ExcelApi 1.9 cannot set in the record, never clearing it to none", async () => {
    const { out } = await commandLineMarked();
    const excel = await excelOpens(out);
    installOfficeHost(excel, "1.8");
    await office(excel).readSheets();
    await office(excel).markCells([]);
    expect(excel.sheet("名册").peek(2, 1)?.fill).toBe(`#${MARK_COLORS.error}`);
    // The command line, the next run, still finds the pattern and restores it.
    const file = await XlsxWorkbook.fromBuffer(await excelSaves(excel));
    await file.readSheets();
    await file.markCells([]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(await file.toBuffer()) as unknown as ArrayBuffer);
    const f = again.getWorksheet("名册")!.getCell("B3").fill as ExcelJS.FillPattern;
    expect(f.pattern).toBe("darkGray");
  });

  it("never clears to none in WPS a gradient the command line marked: it keeps Kehou's colour and its record line", async () => {
    const made = new ExcelJS.Workbook();
    const ws = made.addWorksheet("名册");
    ws.addRows(roster);
    ws.getCell("B2").fill = {
      type: "gradient",
      gradient: "angle",
      degree: 0,
      stops: [
        { position: 0, color: { argb: "FF0000FF" } },
        { position: 1, color: { argb: "FFFFFFFF" } },
      ],
    };
    const file = await XlsxWorkbook.fromBuffer(new Uint8Array(await made.xlsx.writeBuffer()));
    await file.readSheets();
    await file.markCells([mark("B2")]);
    const sheets = await (await XlsxWorkbook.fromBuffer(await file.toBuffer())).readSheets();
    const et = new EtFake();
    for (const g of sheets) et.seed(g.name, g.values);
    // As WPS opens the copy: B2 shows Kehou's colour.
    et.sheet("名册").cell(1, 1).color = bgrOf(MARK_COLORS.error);
    const wb = new WpsWorkbook(et.app as unknown as Et.Application);
    await wb.readSheets();
    await wb.markCells([]);
    expect(et.sheet("名册").peek(1, 1)?.color).toBe(bgrOf(MARK_COLORS.error));
    const record = (await wb.readSheets()).find((g) => isRecordSheet(g.values));
    expect(record?.values.flat().join("")).toContain('"cell":"B2"');
  });
});
