import type { WorkbookPort } from "../../src/jobs/workbook-port";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import type { OutputSheet } from "../../src/jobs/output-sheet";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { FakeContext } from "../support/office-fake";
import { EtFake, ET_SHAPES } from "../support/et-fake";
import { WpsWorkbook } from "../../src/workbook/wps-workbook";
import { messySchool } from "../support/messy-school";
import ExcelJS from "exceljs";

/** Every adapter of the workbook port passes the same suite, so every door behaves the same. */
const adapters: Record<string, (sheets: SheetGrid[]) => Promise<WorkbookPort>> = {
  memory: async (sheets) => new MemoryWorkbook(sheets),
  xlsx: async (sheets) => {
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) ws.getCell(r + 1, c + 1).value = v;
        })
      );
    }
    return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  },
  "office.js (strict fake of Excel)": async (sheets) => {
    const ctx = new FakeContext();
    for (const s of sheets) ctx.seed(s.name, s.values as CellValue[][]);
    return new OfficeWorkbook(ctx as unknown as Excel.RequestContext);
  },
  ...Object.fromEntries(
    ET_SHAPES.map((options) => [
      `WPS (strict fake of ET, ${JSON.stringify(options)})`,
      async (sheets: SheetGrid[]) => {
        const et = new EtFake(options);
        for (const s of sheets) et.seed(s.name, s.values);
        return new WpsWorkbook(et.app as unknown as Et.Application);
      },
    ])
  ),
};

const ours = (rows: (string | number | null)[][]): OutputSheet => ({
  name: "问题清单",
  title: "测试",
  columns: [
    { header: "A", width: 10, format: "text" },
    { header: "B", width: 10, format: "money" },
  ],
  rows,
});

/** Values without trailing blanks, blank as null: adapters differ only in how they pad. */
function trim(values: readonly (readonly CellValue[])[]): CellValue[][] {
  return values.map((row) => {
    const out = row.map((v) => (v === "" ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
}

describe.each(Object.entries(adapters))("workbook port contract: %s", (_name, make) => {
  it("reads back the user's sheets as they are", async () => {
    const wb = await make([
      {
        name: "名册",
        values: [
          ["学号", "姓名"],
          ["S1", "张三"],
          [12, true],
        ],
      },
    ]);
    const [sheet] = await wb.readSheets();
    expect(sheet.name).toBe("名册");
    expect(trim(sheet.values)).toEqual([
      ["学号", "姓名"],
      ["S1", "张三"],
      [12, true],
    ]);
  });

  it("replaces its own sheet on a second write, never duplicating it", async () => {
    const wb = await make([{ name: "名册", values: [["学号"]] }]);
    await wb.readSheets();
    expect(await wb.writeSheets([ours([["x", 1]])])).toEqual(["问题清单"]);
    await wb.readSheets();
    expect(await wb.writeSheets([ours([["y", 2]])])).toEqual(["问题清单"]);
    const names = (await wb.readSheets()).map((s) => s.name);
    expect(names).toEqual(["名册", "问题清单"]);
  });

  it("leaves a user's sheet of the same name alone and writes beside it", async () => {
    const wb = await make([{ name: "问题清单", values: [["我自己的表"]] }]);
    await wb.readSheets();
    expect(await wb.writeSheets([ours([["x", 1]])])).toEqual(["问题清单 (2)"]);
    const sheets = await wb.readSheets();
    expect(sheets.find((s) => s.name === "问题清单")!.values[0][0]).toBe("我自己的表");
  });

  it("writes text that looks like a number, a date, a percent or a boolean as that text", async () => {
    const wb = await make([]);
    await wb.readSheets();
    const texts = ["2021001", "00123", "230103201501011234", "2021-05-06", "10%", "TRUE", "17:30"];
    await wb.writeSheets([ours(texts.map((t) => [t, null]))]);
    const sheet = (await wb.readSheets()).find((s) => s.name === "问题清单")!;
    expect(sheet.values.slice(3, 3 + texts.length).map((r) => r[0])).toEqual(texts);
  });

  it("writes text that looks like a formula as text", async () => {
    const wb = await make([]);
    await wb.readSheets();
    await wb.writeSheets([
      ours([
        ["=1+1", null],
        ["@SUM(A1)", null],
        ["-5", null],
        ["+x", null],
      ]),
    ]);
    const sheet = (await wb.readSheets()).find((s) => s.name === "问题清单")!;
    expect(sheet.values.slice(3, 7).map((r) => r[0])).toEqual(["=1+1", "@SUM(A1)", "-5", "+x"]);
  });
});

/** Excel's used range may start anywhere: the same school, its sheets starting at C4. */
const officeAtC4 = async (sheets: SheetGrid[]) => {
  const ctx = new FakeContext();
  for (const s of sheets)
    ctx.seed(s.name, s.values as CellValue[][], undefined, { row: 3, col: 2 });
  return new OfficeWorkbook(ctx as unknown as Excel.RequestContext);
};

describe("the jobs through every adapter", () => {
  it("give the same charge figures", async () => {
    const source = await XlsxWorkbook.fromBuffer(await messySchool());
    const grids = await source.readSheets();
    const results = await Promise.all(
      [...Object.values(adapters), officeAtC4].map(async (make) =>
        chargeJson(await chargeJob(await make(grids)))
      )
    );
    for (const r of results) expect(r.totals).toEqual(results[0].totals);
    expect(results[0].totals.payable).toBe("195.00");
  });
});
