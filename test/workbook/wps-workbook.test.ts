import { breachesJob } from "../../src/jobs/breaches/job";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import { noticeJob, noticesJob } from "../../src/jobs/notices/job";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { templateSheets } from "../../src/jobs/template";
import { validateJob } from "../../src/jobs/validate";
import type { FormPrint } from "../../src/jobs/output-sheet";
import { MARK_COLORS, MARKS_SHEET, type WorkbookPort } from "../../src/jobs/workbook-port";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { readMarkRecords } from "../../src/workbook/mark-record";
import { bgrOf } from "../../src/workbook/wps-marks";
import { value2Grid } from "../../src/workbook/wps-value2";
import { WpsWorkbook } from "../../src/workbook/wps-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { EtFake, ET_SHAPES, type EtOptions } from "../support/et-fake";
import { generateSchool } from "../support/generate-school";

const wps = (et: EtFake) => new WpsWorkbook(et.app as unknown as Et.Application);

function seeded(grids: readonly SheetGrid[], options: EtOptions = {}): EtFake {
  const et = new EtFake(options);
  for (const g of grids) et.seed(g.name, g.values);
  return et;
}

/** The sample school as the file path has it: written by the file adapter, saved, opened. */
async function sampleFile(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(sampleSchoolSheets());
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

/** The sample school typed into WPS through the adapter (as the template button would). */
async function sampleWps(options: EtOptions = {}): Promise<{ et: EtFake; wb: WpsWorkbook }> {
  const et = new EtFake(options);
  const wb = wps(et);
  await wb.writeSheets(sampleSchoolSheets());
  return { et, wb: wps(et) };
}

/** Values without trailing blanks, blank as null: adapters differ only in how they pad. */
const trim = (values: readonly (readonly CellValue[])[]) => {
  const rows = values.map((row) => {
    const out = row.map((v) => (v === "" || v === undefined ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
};

const sheetsOf = async (wb: WorkbookPort, names: readonly string[]) =>
  (await wb.readSheets()).filter((s) => names.includes(s.name)).map((s) => trim(s.values));

/**
 * The same cells on both sides, except that the fake, having no calculation engine, shows a
 * formula where WPS would show its result: those cells are compared by being formulas.
 */
function expectSameCells(wpsSheets: CellValue[][][], fileSheets: CellValue[][][]): void {
  const formula = (v: CellValue) => typeof v === "string" && v.startsWith("=");
  expect(wpsSheets.length).toBe(fileSheets.length);
  const masked = fileSheets.map((sheet, s) =>
    sheet.map((row, r) => {
      const width = Math.max(row.length, wpsSheets[s][r]?.length ?? 0);
      return Array.from({ length: width }, (_, c) =>
        formula(wpsSheets[s][r]?.[c] ?? null) ? "=" : (row[c] ?? null)
      );
    })
  );
  const ours = wpsSheets.map((sheet) => sheet.map((row) => row.map((v) => (formula(v) ? "=" : v))));
  expect(ours).toEqual(masked);
}

describe("Value2 in every shape", () => {
  it("reads one cell's scalar as a 1×1 grid, blank in any spelling as null", () => {
    expect(value2Grid(5, 1, 1)).toEqual([[5]]);
    for (const blank of [undefined, null, ""]) expect(value2Grid(blank, 1, 1)).toEqual([[null]]);
  });

  it("reads a flat or 2-D 1×N, a flat or 2-D N×1 and a row-major N×M the same", () => {
    expect(value2Grid([1, "a", undefined], 1, 3)).toEqual([[1, "a", null]]);
    expect(value2Grid([[1, "a", null]], 1, 3)).toEqual([[1, "a", null]]);
    expect(value2Grid([1, 2], 2, 1)).toEqual([[1], [2]]);
    expect(value2Grid([[1], [2]], 2, 1)).toEqual([[1], [2]]);
    expect(value2Grid([1, 2, 3, 4], 2, 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("reads a COM error value as its text, never as a number of minutes", () => {
    expect(value2Grid(-2146826246, 1, 1)).toEqual([["#N/A"]]);
    // The codes are BIFF's, as the .xls reader reads them: #GETTING_DATA (xlErrGettingData) too.
    expect(value2Grid([[-2146826281, -2146826245, 42]], 1, 3)).toEqual([
      ["#DIV/0!", "#GETTING_DATA", 42],
    ]);
  });
});

describe("the WPS adapter on the strict ET fake", () => {
  it.each(ET_SHAPES)(
    "charges the sample school to the fen, with the file path's findings and sheets (%j)",
    async (options) => {
      const file = await sampleFile();
      const fromFile = await chargeJob(file);
      const { wb } = await sampleWps(options);
      const fromWps = await chargeJob(wb);
      expect(chargeJson(fromWps)).toEqual(chargeJson(fromFile));
      expect(fromWps.findings).toEqual(fromFile.findings);
      expect(fromWps.sheetNames).toEqual(fromFile.sheetNames);
      expectSameCells(
        await sheetsOf(wb, fromWps.sheetNames),
        await sheetsOf(file, fromFile.sheetNames)
      );
    }
  );

  it("gives validate, breaches and notices the file path's findings on the sample school", async () => {
    const file = await sampleFile();
    const { wb } = await sampleWps();
    expect((await validateJob(wb)).findings).toEqual((await validateJob(file)).findings);
    expect((await breachesJob(wb)).findings).toEqual((await breachesJob(file)).findings);
    const [n1, n2] = [await noticesJob(wb), await noticesJob(file)];
    expect(n1.notices.map((n) => n.line.payable)).toEqual(n2.notices.map((n) => n.line.payable));
    expectSameCells(await sheetsOf(wb, n1.sheetNames), await sheetsOf(file, n2.sheetNames));
    const [p1, p2] = [
      await noticeJob(wb, { letter: true }),
      await noticeJob(file, { letter: true }),
    ];
    expectSameCells(await sheetsOf(wb, p1.sheetNames), await sheetsOf(file, p2.sheetNames));
  });

  it("highlights the sample school's breaches with the file path's findings, without a prompt", async () => {
    const file = await sampleFile();
    const { et, wb } = await sampleWps();
    const ours = await breachesJob(wb, { highlight: true });
    expect(ours.findings).toEqual((await breachesJob(file, { highlight: true })).findings);
    const marked = [...et.sheets.flatMap((s) => [...s.cells.values()])].filter((c) =>
      c.comment?.startsWith("Kehou：")
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(et.prompts).toBe(0);
  });

  it("sets up the family notices for print: A4 portrait, one page wide, the area and a break per page", async () => {
    const { et, wb } = await sampleWps();
    const r = await noticesJob(wb);
    const print = r.sheets[0].print as FormPrint;
    const sheet = et.sheet(r.sheetNames[0]);
    expect(sheet.page).toMatchObject({
      Orientation: 1,
      PaperSize: 9,
      Zoom: false,
      FitToPagesWide: 1,
      FitToPagesTall: false,
    });
    expect(sheet.page.PrintArea).toMatch(
      new RegExp(`^\\$A\\$${print.firstRow + 1}:\\$[A-Z]+\\$${print.lastRow + 1}$`)
    );
    expect(sheet.breaks).toEqual(print.breaksAfter.map((row) => row + 2));
  });

  it("sets up the charge sheet for print: A4 landscape, one page wide, the header on every page", async () => {
    const { et, wb } = await sampleWps();
    const r = await chargeJob(wb);
    expect(et.sheet(r.sheetNames[0]).page).toMatchObject({
      Orientation: 2,
      PaperSize: 9,
      Zoom: false,
      FitToPagesWide: 1,
      FitToPagesTall: false,
      PrintTitleRows: "$3:$3",
    });
  });

  it("makes the charge sheet a table under a name free in the workbook, the same again on a re-run", async () => {
    const { et, wb } = await sampleWps();
    const first = await chargeJob(wb);
    const table = () => et.sheets.flatMap((s) => s.tables);
    expect(table().length).toBeGreaterThan(0);
    const names = table().map((t) => t.name);
    await chargeJob(wps(et));
    expect(table().map((t) => t.name)).toEqual(names);
    expect(et.sheet(first.sheetNames[0]).tables[0].address).toBe("A3");
  });

  it("gives the template its pick-lists and every sheet a frozen header", async () => {
    const et = new EtFake();
    const names = await wps(et).writeSheets(templateSheets("2021-05"));
    const withLists = names.map((n) => et.sheet(n)).filter((s) => s.validations.length > 0);
    expect(withLists.length).toBeGreaterThan(0);
    expect(withLists.flatMap((s) => s.validations.map((v) => v.list))).toContain("是,否");
    for (const n of names) expect(et.sheet(n).frozenRows).toBe(3);
  });

  it("puts each of the template's 设置 pick-lists on its own row, as the file writer does", async () => {
    const et = new EtFake();
    const sheets = templateSheets("2021-05");
    await wps(et).writeSheets(sheets);
    const settings = sheets.find((s) => s.name === "设置")!;
    const expected = settings.validations!.map((v) => {
      const row = 4 + (v.from ?? 0);
      return `B${row}:B${row + v.rows - 1}`;
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(et.sheet("设置").validations.map((v) => v.address)).toEqual(expected);
  });

  it("merges a printed form's title over its columns in its larger bold font", async () => {
    const { et, wb } = await sampleWps();
    const r = await noticeJob(wb);
    const print = r.sheets[0].print as FormPrint;
    const sheet = et.sheet(r.sheetNames[0]);
    expect(print.titleRow).toBeDefined();
    expect(sheet.merges).toContainEqual({
      row: print.titleRow,
      col: 0,
      rows: 1,
      cols: r.sheets[0].columns.length,
    });
    expect(sheet.peek(print.titleRow!, 0)).toMatchObject({ bold: true, size: 16 });
    expect(sheet.peek(0, 0)).toMatchObject({ bold: true, size: 14 });
  });

  it("reads a date of a 1904 workbook as the same day", async () => {
    const grid = [["日期"], [44317 - 1462]]; // 2021-05-01 counted from 1904-01-01
    const et = new EtFake({ date1904: true });
    et.seed("设置", grid, [["General"], ["yyyy-mm-dd"]]);
    const [sheet] = await wps(et).readSheets();
    expect(sheet.values[1][0]).toBe(44317);
    expect(sheet.numberFormats![1][0]).toBe("yyyy-mm-dd");
  });

  it("keeps a date header's format over minutes, and a number in General as a number", async () => {
    const et = new EtFake();
    const values = [["姓名", 44317], ...Array.from({ length: 50 }, (_, i) => [`学生${i}`, 60])];
    const formats = values.map((_, r) => ["General", r === 0 ? "m/d" : "General"]);
    et.seed("考勤", values, formats);
    const [sheet] = await wps(et).readSheets();
    expect(sheet.numberFormats![0][1]).toBe("m/d");
    expect(sheet.numberFormats![20][1]).toBe("General");
    expect(sheet.values[20][1]).toBe(60);
  });

  it("says a hidden sheet is hidden", async () => {
    const et = seeded([{ name: "旧名册", values: [["学号"]] }]);
    et.sheet("旧名册").visible = 0;
    expect((await wps(et).readSheets())[0].hidden).toBe(true);
  });

  it("replaces its own sheet without asking the user, and writes beside a user's sheet", async () => {
    const et = new EtFake();
    const wb = wps(et);
    await wb.writeSheets(sampleSchoolSheets());
    const first = await chargeJob(wps(et));
    const again = await chargeJob(wps(et));
    expect(again.sheetNames).toEqual(first.sheetNames);
    expect(et.prompts).toBe(0);
    expect(et.displayAlerts).toBe(true);
  });

  it("marks cells with the severity's BGR fill and a note, and restores them on the next run", async () => {
    const et = seeded([
      {
        name: "名册",
        values: [
          ["学号", "姓名"],
          ["S1", "张三"],
        ],
      },
    ]);
    et.sheet("名册").cell(1, 1).color = 0x00ff00;
    et.sheet("名册").cell(1, 0).comment = "家长电话已核实";
    const wb = wps(et);
    const kept = await wb.markCells([
      { sheet: "名册", cell: "B2", severity: "error", note: "姓名重复" },
      { sheet: "名册", cell: "A2", severity: "warning", note: "学号格式" },
    ]);
    const cell = (c: number) => et.sheet("名册").cell(1, c);
    expect(cell(1).color).toBe(bgrOf(MARK_COLORS.error));
    expect(bgrOf("FFC7CE")).toBe(0xcec7ff);
    expect(cell(1).comment).toBe("Kehou：姓名重复");
    expect(cell(0).comment).toBe("家长电话已核实");
    expect(kept.map((m) => m.cell)).toEqual(["A2"]);
    expect(et.sheet(MARKS_SHEET).visible).toBe(2);
    await wps(et).markCells([]);
    expect(cell(1).color).toBe(0x00ff00);
    expect(cell(1).comment).toBeUndefined();
    expect(cell(0).color).toBeUndefined();
    expect(cell(0).comment).toBe("家长电话已核实");
    expect(et.sheets.map((s) => s.name)).not.toContain(MARKS_SHEET);
    expect(et.prompts).toBe(0);
  });

  it("records each cell's own fill in the one mark record every adapter reads", async () => {
    const et = seeded([{ name: "名册", values: [["学号"], ["S1"], ["S2"]] }]);
    et.sheet("名册").cell(1, 0).color = bgrOf("00FF80");
    await wps(et).markCells([
      { sheet: "名册", cell: "A2", severity: "error", note: "x" },
      { sheet: "名册", cell: "A3", severity: "warning", note: "y" },
    ]);
    const column = [0, 1, 2].map((r) => et.sheet(MARKS_SHEET).peek(r, 0)?.value ?? null);
    expect(readMarkRecords(column)).toEqual([
      { sheet: "名册", cell: "A2", fill: "#00FF80" },
      { sheet: "名册", cell: "A3", fill: "none" },
    ]);
  });

  it.each(ET_SHAPES)(
    "reads the last run's record whatever shape Value2 gives it in (%j)",
    async (options) => {
      const et = seeded([{ name: "名册", values: [["学号"], ["S1"], ["S2"]] }], options);
      et.sheet("名册").cell(2, 0).color = bgrOf("00FF80");
      await wps(et).markCells([
        { sheet: "名册", cell: "A2", severity: "error", note: "x" },
        { sheet: "名册", cell: "A3", severity: "warning", note: "y" },
      ]);
      await wps(et).markCells([]);
      expect(et.sheet("名册").peek(1, 0)?.color).toBeUndefined();
      expect(et.sheet("名册").peek(2, 0)?.color).toBe(bgrOf("00FF80"));
      expect(et.sheet("名册").peek(2, 0)?.comment).toBeUndefined();
    }
  );

  it("leaves a protected sheet's cells unmarked and marks the others", async () => {
    const et = seeded([
      { name: "名册", values: [["学号"], ["S1"]] },
      { name: "考勤", values: [["学号"], ["S1"]] },
    ]);
    et.sheet("名册").protected = true;
    await wps(et).markCells([
      { sheet: "名册", cell: "A2", severity: "error", note: "x" },
      { sheet: "考勤", cell: "A2", severity: "error", note: "y" },
    ]);
    expect(et.sheet("名册").peek(1, 0)?.color).toBeUndefined();
    expect(et.sheet("考勤").peek(1, 0)?.color).toBe(bgrOf(MARK_COLORS.error));
  });

  it("replaces its own sheet when it is the workbook's only sheet", async () => {
    const et = new EtFake();
    const wb = wps(et);
    await wb.writeSheets(
      templateSheets("2021-05")
        .slice(0, 1)
        .map((s) => ({ ...s, owned: true }))
    );
    et.sheets.splice(0, et.sheets.length - 1); // only Kehou's sheet left
    const again = wps(et);
    await again.readSheets();
    await again.writeSheets(
      templateSheets("2021-05")
        .slice(0, 1)
        .map((s) => ({ ...s, owned: true }))
    );
    expect(et.sheets).toHaveLength(1);
  });

  it("fails loudly on a misspelt member in strict mode", () => {
    const et = new EtFake();
    expect(() => (et.app as Record<string, unknown>).ActiveWorkBook).toThrow(/no member/);
  });
});

/**
 * Cross-process calls a job may make, whatever the number of students; the family notices add
 * two per printed page (ET adds page breaks one at a time), and nothing per student.
 */
const BUDGET = { validate: 120, charge: 320, breaches: 120, notices: 400 } as const;
const PER_PAGE = 2;

describe("cross-process calls per job", () => {
  const jobs = {
    validate: async (wb: WorkbookPort) => (await validateJob(wb), 0),
    charge: async (wb: WorkbookPort) => (await chargeJob(wb), 0),
    breaches: async (wb: WorkbookPort) => (await breachesJob(wb), 0),
    notices: async (wb: WorkbookPort) =>
      (await noticesJob(wb)).sheets[0].print?.breaksAfter.length ?? 0,
  };
  it.each(Object.keys(jobs) as (keyof typeof jobs)[])(
    "%s stays under its budget for 20 and for 800 students",
    async (job) => {
      for (const students of [20, 800]) {
        const et = seeded(generateSchool(students));
        const pages = await jobs[job](wps(et));
        expect(et.calls).toBeLessThanOrEqual(BUDGET[job] + PER_PAGE * pages);
      }
    }
  );
});
