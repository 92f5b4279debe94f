import ExcelJS from "exceljs";
import { MARK_COLORS, MARKS_SHEET, type CellMark } from "../../src/jobs/workbook-port";
import {
  isRecordSheet,
  mergeMarkRecords,
  planHostMarks,
  readMarkRecords,
  RECORDS_HEADER,
  RECORDS_TITLE_ROW,
} from "../../src/workbook/mark-record";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { FakeContext } from "../support/office-fake";

const OWN = "#FFEB3B"; // the school's own yellow on the marked cell
const mark: CellMark = { sheet: "考勤", cell: "B2", severity: "error", note: "超时" };

/** A school file whose 考勤!B2 has its own yellow fill (and A2 a value beside it). */
async function yellowSchool(extra?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考勤");
  ws.getCell("A1").value = "学号";
  ws.getCell("B1").value = "5/8";
  ws.getCell("A2").value = "S1";
  ws.getCell("B2").value = "18:45";
  ws.getCell("B2").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: `FF${OWN.slice(1)}` },
  };
  extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 考勤!B2's solid fill as exceljs reads the file, or "none". */
async function fillOfB2(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const fill = wb.getWorksheet("考勤")!.getCell("B2").fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.pattern !== "solid") return "none";
  return `#${fill.fgColor!.argb!.slice(-6)}`;
}

describe("one mark record for every adapter", () => {
  it("unmarks in the file a cell Excel (Office.js) marked, back to its own fill", async () => {
    // Excel marks B2 (yellow before) and records it in its hidden sheet.
    const ctx = new FakeContext();
    ctx.seed("考勤", [
      ["学号", "5/8"],
      ["S1", "18:45"],
    ]);
    ctx.excel.sheet("考勤").cell(1, 1).fill = OWN;
    await new OfficeWorkbook(ctx as unknown as Excel.RequestContext).markCells([mark]);
    const rows = ctx.excel.sheet(MARKS_SHEET).cells.map((r) => r[0]?.value);
    expect(ctx.excel.sheet("考勤").peek(1, 1)?.fill).toBe(`#${MARK_COLORS.error}`);
    // The file as Excel saves it: B2 in Kehou's colour, the hidden sheet with Excel's rows.
    const saved = await yellowSchool((wb) => {
      wb.getWorksheet("考勤")!.getCell("B2").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${MARK_COLORS.error}` },
      };
      const registry = wb.addWorksheet(MARKS_SHEET, { state: "veryHidden" });
      rows.forEach((v, i) => (registry.getCell(i + 1, 1).value = v as string));
    });
    // `kehou breaches --highlight` with nothing to mark now unmarks it.
    const wb = await XlsxWorkbook.fromBuffer(saved);
    await wb.markCells([]);
    expect(await fillOfB2(await wb.toBuffer())).toBe(OWN);
  });

  it("unmarks in Excel a cell the file writer marked, back to its own fill", async () => {
    const school = await yellowSchool();
    const wb = await XlsxWorkbook.fromBuffer(school);
    await wb.markCells([mark]);
    const marked = await wb.toBuffer();
    expect(await fillOfB2(marked)).toBe(`#${MARK_COLORS.error}`);
    // The copy opened in Excel: its hidden sheet's rows as Excel reads them.
    const grids = await (await XlsxWorkbook.fromBuffer(marked)).readSheets();
    const registry = grids.find((g) => g.name === MARKS_SHEET)!;
    expect(readMarkRecords(registry.values.map((r) => r[0]))).toContainEqual(
      expect.objectContaining({ sheet: "考勤", cell: "B2", fill: OWN })
    );
    const ctx = new FakeContext();
    ctx.seed("考勤", [
      ["学号", "5/8"],
      ["S1", "18:45"],
    ]);
    ctx.excel.sheet("考勤").cell(1, 1).fill = `#${MARK_COLORS.error}`;
    ctx.seed(
      MARKS_SHEET,
      registry.values.map((r) => [...r])
    ).visibility = "VeryHidden";
    await new OfficeWorkbook(ctx as unknown as Excel.RequestContext).markCells([]);
    expect(ctx.excel.sheet("考勤").peek(1, 1)?.fill).toBe(OWN);
  });

  it("reads the records older Office and exceljs runs wrote", () => {
    expect(
      readMarkRecords([
        "Kehou 标记记录",
        JSON.stringify({ sheet: "考勤", cell: "B2", color: "#FFFFFF" }),
        JSON.stringify({ sheet: "考勤", cell: "B3", color: "#ffeb3b" }),
        JSON.stringify({ sheet: "考勤", cell: "B4" }),
        JSON.stringify({
          sheet: "考勤",
          cell: "B5",
          fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } },
        }),
        "{not json",
      ])
    ).toEqual([
      { sheet: "考勤", cell: "B2", fill: "none" },
      { sheet: "考勤", cell: "B3", fill: "#FFEB3B" },
      { sheet: "考勤", cell: "B4", fill: "none" },
      { sheet: "考勤", cell: "B5", fill: "#00FF00" },
    ]);
  });
});

describe("the host adapters' plan of marks", () => {
  const lines = [
    '{"sheet":"考勤","cell":"B2","fill":"#FFEB3B"}',
    '{"sheet":"旧表","cell":"A1","fill":"none"}',
  ];
  const open = (sheet: string) => sheet !== "旧表";

  it("restores only cells on sheets still open, and marks only there", () => {
    const plan = planHostMarks(lines, [mark, { ...mark, sheet: "旧表", cell: "A2" }], open);
    expect(plan.restore.map((r) => r.cell)).toEqual(["B2"]);
    expect(plan.marks).toEqual([{ mark, fill: `#${MARK_COLORS.error}` }]);
  });

  it("records the school's own fill for a cell marked again, never Kehou's colour it shows now", () => {
    const plan = planHostMarks(lines, [mark, { ...mark, cell: "C3" }], open);
    const shows = () => `#${MARK_COLORS.error}` as const;
    expect(JSON.parse(plan.line(mark, shows)).fill).toBe(OWN);
    expect(JSON.parse(plan.line({ ...mark, cell: "C3" }, () => "none")).fill).toBe("none");
  });

  it("marks a cell once, in its worst severity's fill, with every note", () => {
    const plan = planHostMarks(
      [],
      [{ ...mark, severity: "warning", note: "缺签" }, mark, mark],
      () => true
    );
    expect(plan.marks.map((m) => [m.fill, m.mark.note])).toEqual([
      [`#${MARK_COLORS.error}`, "缺签\n超时"],
    ]);
  });
});

describe("the lines of two records merged", () => {
  const record = (...lines: object[]) => [
    RECORDS_TITLE_ROW,
    ...lines.map((l) => JSON.stringify(l)),
  ];

  it("keeps each cell's first line, sheet names compared ignoring case, and a notes line once", () => {
    const notes = { sheet: "考勤", part: "xl/comments1.xml", appended: "<comment/>" };
    const merged = mergeMarkRecords([
      ...record({ sheet: "Roster", cell: "B2", fill: "#FFEB3B" }, notes),
      ...record({ sheet: "考勤", cell: "B3", fill: "none" }),
      ...record(
        { sheet: "ROSTER", cell: "B2", fill: "none" },
        { sheet: "考勤", cell: "B4" },
        notes
      ),
    ]);
    expect(merged).toEqual([
      { sheet: "Roster", cell: "B2", fill: "#FFEB3B" },
      notes,
      { sheet: "考勤", cell: "B3", fill: "none" },
      { sheet: "考勤", cell: "B4", fill: "none" },
    ]);
  });

  it("restores a cell a host plans from two records once, by the first record's line", () => {
    const plan = planHostMarks(
      [
        ...record({ sheet: "考勤", cell: "B2", fill: OWN }),
        ...record({ sheet: "考勤", cell: "B2", fill: "none" }, { sheet: "考勤", cell: "C2" }),
      ],
      [mark],
      () => true
    );
    expect(plan.restore.map((r) => [r.cell, r.fill])).toEqual([
      ["B2", OWN],
      ["C2", "none"],
    ]);
    expect(JSON.parse(plan.line(mark, () => "none")).fill).toBe(OWN);
  });
});

describe("Kehou's record known by its cells", () => {
  const line = '{"sheet":"考勤","cell":"B2","fill":"none"}';

  it("is the title in A1 with the header and record lines below in column A", () => {
    expect(isRecordSheet([[RECORDS_TITLE_ROW], [""], [RECORDS_HEADER], [line]])).toBe(true);
    expect(isRecordSheet([[RECORDS_TITLE_ROW], [line, null]])).toBe(true);
  });

  it("is not a sheet with the title and a row of the school's below", () => {
    expect(isRecordSheet([[RECORDS_TITLE_ROW], ["学校自己的数据，请保留"]])).toBe(false);
  });

  it("is not a sheet with the title and anything beside column A", () => {
    expect(isRecordSheet([[RECORDS_TITLE_ROW], [line, "备注"]])).toBe(false);
    expect(isRecordSheet([[RECORDS_TITLE_ROW, "我的"]])).toBe(false);
  });

  it("is not a sheet without the title in A1", () => {
    expect(isRecordSheet([["我的标记说明"], [line]])).toBe(false);
    expect(isRecordSheet([])).toBe(false);
  });
});
