import { MARK_COLORS, type CellMark, type WorkbookPort } from "../../src/jobs/workbook-port";
import { chargeJob } from "../../src/jobs/charge/job";
import { chargeJson } from "../../src/jobs/charge/json";
import type { OutputSheet } from "../../src/jobs/output-sheet";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { MemoryWorkbook } from "../support/memory-workbook";
import { OfficeWorkbook } from "../../src/workbook/office-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { isRecordSheet, RECORDS_TITLE_ROW } from "../../src/workbook/mark-record";
import { FakeContext, FakeExcel } from "../support/office-fake";
import { installOfficeHost, uninstallOfficeHost } from "../support/office-host-fake";
import { EtFake, ET_SHAPES } from "../support/et-fake";
import { WpsWorkbook } from "../../src/workbook/wps-workbook";
import { messySchool } from "../support/messy-school";
import ExcelJS from "exceljs";
import { OpcPackage } from "../../src/workbook/package/opc-package";
import { writeSheet } from "../../src/workbook/package/sheet-parts";
import { sheetEntries } from "../../src/workbook/package/workbook-index";

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

  it("keeps its own sheet's tab when it writes it again in the same session", async () => {
    const wb = await make([{ name: "名册", values: [["学号"]] }]);
    await wb.readSheets();
    await wb.writeSheets([ours([["x", 1]]), { ...ours([]), name: "收费表" }]);
    await wb.readSheets();
    await wb.writeSheets([ours([["y", 2]])]);
    expect((await wb.readSheets()).map((s) => s.name)).toEqual(["名册", "问题清单", "收费表"]);
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

/** What a test seeds beyond values: the user's own notes, hidden sheets, fills. */
interface Seed {
  readonly sheets: SheetGrid[];
  readonly notes?: readonly { sheet: string; cell: string; text: string }[];
}

/**
 * One adapter over a user's workbook across runs: `port` is the workbook as opened now,
 * `save` keeps what the port did (a file adapter writes the copy and the next run opens it),
 * and `fill`/`note` look at a cell as the host shows it. `notes` is false where the adapter
 * cannot leave notes (Office.js before ExcelApi 1.18, memory).
 */
interface Session {
  port(): WorkbookPort;
  save(): Promise<void>;
  fill(sheet: string, cell: string): Promise<string | undefined>;
  note(sheet: string, cell: string): Promise<string | undefined>;
  /** What a user does with Excel's Move or Copy: sheet `name` copied, cells and all, as `copy`. */
  copySheet(name: string, copy: string): Promise<void>;
}

const colRow = (cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
};

/** What an adapter cannot do: `notes` (Office.js before ExcelApi 1.18, memory). */
interface Capabilities {
  readonly notes: boolean;
}

const sessions: Record<string, Capabilities & { open: (seed: Seed) => Promise<Session> }> = {
  memory: {
    notes: false,
    open: async ({ sheets }) => {
      const wb = new MemoryWorkbook(sheets);
      return {
        port: () => wb,
        save: async () => undefined,
        fill: async (sheet, cell) => wb.fill(sheet, cell),
        note: async () => undefined,
        copySheet: async (name, copy) => wb.copySheet(name, copy),
      };
    },
  },
  xlsx: {
    notes: true,
    open: async ({ sheets, notes = [] }) => {
      const made = new ExcelJS.Workbook();
      for (const s of sheets) {
        const ws = made.addWorksheet(s.name, s.hidden ? { state: "hidden" } : {});
        s.values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) ws.getCell(r + 1, c + 1).value = v;
          })
        );
      }
      for (const n of notes) made.getWorksheet(n.sheet)!.getCell(n.cell).note = n.text;
      let bytes: Uint8Array = new Uint8Array(await made.xlsx.writeBuffer());
      let wb = await XlsxWorkbook.fromBuffer(bytes);
      const model = async () => {
        const m = new ExcelJS.Workbook();
        await m.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
        return m;
      };
      return {
        port: () => wb,
        save: async () => {
          bytes = await wb.toBuffer();
          wb = await XlsxWorkbook.fromBuffer(bytes);
        },
        fill: async (sheet, cell) => {
          const f = (await model()).getWorksheet(sheet)!.getCell(cell).fill as ExcelJS.FillPattern;
          return f?.pattern === "solid" ? `#${f.fgColor!.argb!.slice(-6)}` : undefined;
        },
        note: async (sheet, cell) => {
          const n = (await model()).getWorksheet(sheet)!.getCell(cell).note;
          return typeof n === "string" ? n : n?.texts?.map((t) => t.text).join("");
        },
        // The sheet's part copied byte for byte into a new sheet, as Excel's copy holds it.
        copySheet: async (name, copy) => {
          const pkg = OpcPackage.read(bytes);
          const part = sheetEntries(pkg).find((e) => e.name === name)!.part!;
          writeSheet(pkg, { name: copy, xml: pkg.bytes(part)! });
          bytes = pkg.toBytes();
          wb = await XlsxWorkbook.fromBuffer(bytes);
        },
      };
    },
  },
  ...Object.fromEntries(
    (["1.18", "1.17"] as const).map((api) => [
      `office.js ExcelApi ${api} (strict fake of Excel)`,
      {
        notes: api === "1.18",
        open: async ({ sheets, notes = [] }: Seed): Promise<Session> => {
          const excel = new FakeExcel({ notes: api === "1.18" });
          for (const s of sheets)
            excel.seed(s.name, s.values as CellValue[][]).visibility = s.hidden
              ? "Hidden"
              : "Visible";
          for (const n of notes) excel.notes.set(`${n.sheet.toLowerCase()}!${n.cell}`, n.text);
          installOfficeHost(excel, api);
          let wb = new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
          return {
            port: () => wb,
            save: async () => {
              wb = new OfficeWorkbook(new FakeContext(excel) as unknown as Excel.RequestContext);
            },
            fill: async (sheet, cell) => {
              const { row, col } = colRow(cell);
              return excel.sheet(sheet).peek(row, col)?.fill;
            },
            note: async (sheet, cell) => excel.notes.get(`${sheet.toLowerCase()}!${cell}`),
            copySheet: async (name, copy) => {
              excel.seed(copy, []).cells = structuredClone(excel.sheet(name).cells);
            },
          };
        },
      },
    ])
  ),
};

/** An ET `Interior.Color` (BGR) as "#RRGGBB". */
const rgbOfBgr = (bgr: number) =>
  `#${(((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff)).toString(16).padStart(6, "0").toUpperCase()}`;

/** WPS over one open workbook: each run is a new adapter over the same application. */
sessions["WPS (strict fake of ET)"] = {
  notes: true,
  open: async ({ sheets, notes = [] }) => {
    const et = new EtFake();
    for (const s of sheets) et.seed(s.name, s.values).visible = s.hidden ? 0 : -1;
    for (const n of notes) {
      const { row, col } = colRow(n.cell);
      et.sheet(n.sheet).cell(row, col).comment = n.text;
    }
    const app = et.app as unknown as Et.Application;
    let wb = new WpsWorkbook(app);
    return {
      port: () => wb,
      save: async () => {
        wb = new WpsWorkbook(app);
      },
      fill: async (sheet, cell) => {
        const { row, col } = colRow(cell);
        const color = et.sheet(sheet).peek(row, col)?.color;
        return color === undefined ? undefined : rgbOfBgr(color);
      },
      note: async (sheet, cell) => {
        const { row, col } = colRow(cell);
        return et.sheet(sheet).peek(row, col)?.comment;
      },
      copySheet: async (name, copy) => {
        et.seed(copy, et.sheet(name).values());
      },
    };
  },
};

const school = (): SheetGrid[] => [
  {
    name: "名册",
    values: [
      ["学号", "姓名"],
      ["S1", "张三"],
      ["S2", "李四"],
    ],
  },
];
const mark = (cell: string, note = "超时"): CellMark => ({
  sheet: "名册",
  cell,
  severity: "error",
  note,
});

describe.each(Object.entries(sessions))(
  "workbook port contract across runs: %s",
  (_name, adapter) => {
    afterEach(uninstallOfficeHost);

    it("marks a cell, and an empty re-mark clears it back to no fill", async () => {
      const s = await adapter.open({ sheets: school() });
      await s.port().readSheets();
      await s.port().markCells([mark("B2")]);
      await s.save();
      expect(await s.fill("名册", "B2")).toBe(`#${MARK_COLORS.error}`);
      await s.port().readSheets();
      await s.port().markCells([]);
      await s.save();
      expect(await s.fill("名册", "B2")).toBeUndefined();
    });

    it("marks a cell with two findings in the worse one's colour, with both notes", async () => {
      const s = await adapter.open({ sheets: school() });
      await s.port().readSheets();
      await s.port().markCells([{ ...mark("B2", "缺签"), severity: "warning" }, mark("B2")]);
      await s.save();
      expect(await s.fill("名册", "B2")).toBe(`#${MARK_COLORS.error}`);
      if (adapter.notes) expect(await s.note("名册", "B2")).toBe("Kehou：缺签\n超时");
    });

    it("re-marks: the last run's marks go, the new ones stay", async () => {
      const s = await adapter.open({ sheets: school() });
      await s.port().readSheets();
      await s.port().markCells([mark("B2")]);
      await s.save();
      await s.port().readSheets();
      await s.port().markCells([mark("B3")]);
      await s.save();
      expect(await s.fill("名册", "B2")).toBeUndefined();
      expect(await s.fill("名册", "B3")).toBe(`#${MARK_COLORS.error}`);
    });

    (adapter.notes ? it : it.skip)(
      "keeps a user's note on a marked cell, notes the others, and takes only its own notes off",
      async () => {
        const s = await adapter.open({
          sheets: school(),
          notes: [{ sheet: "名册", cell: "B2", text: "老师的备注" }],
        });
        await s.port().readSheets();
        const kept = await s.port().markCells([mark("B2"), mark("B3", "缺签")]);
        expect(kept.map((m) => m.cell)).toEqual(["B2"]);
        await s.save();
        expect(await s.note("名册", "B2")).toBe("老师的备注");
        expect(await s.note("名册", "B3")).toBe("Kehou：缺签");
        await s.port().readSheets();
        await s.port().markCells([]);
        await s.save();
        expect(await s.note("名册", "B2")).toBe("老师的备注");
        expect(await s.note("名册", "B3")).toBeUndefined();
      }
    );

    it.each(["Kehou标记", "kehou标记"])(
      "never overwrites, deletes or duplicates the school's own sheet %s, and unmarks from its record beside it",
      async (own) => {
        const theirs = { name: own, values: [["我的标记说明"], ['{"sheet":"名册","cell":"B3"}']] };
        const s = await adapter.open({ sheets: [...school(), theirs] });
        const check = async () => {
          const sheets = await s.port().readSheets();
          const names = sheets.map((g) => g.name.toLowerCase());
          expect(new Set(names).size).toBe(names.length);
          const kept = sheets.find((g) => g.name === own)!;
          expect(trim(kept.values)).toEqual(theirs.values);
          expect(kept.hidden).toBeFalsy();
        };
        await s.port().readSheets();
        await s.port().markCells([mark("B2")]);
        await s.save();
        await check();
        expect(await s.fill("名册", "B2")).toBe(`#${MARK_COLORS.error}`);
        await s.port().markCells([mark("B3")]);
        await s.save();
        await check();
        expect(await s.fill("名册", "B2")).toBeUndefined();
        expect(await s.fill("名册", "B3")).toBe(`#${MARK_COLORS.error}`);
        await s.port().markCells([]);
        await s.save();
        await check();
        expect(await s.fill("名册", "B3")).toBeUndefined();
        // The record keeps its name from run to run.
        const names = (await s.port().readSheets()).map((g) => g.name);
        expect(names.filter((n) => /^kehou标记 \(\d+\)$/i.test(n)).length).toBeLessThanOrEqual(1);
        expect(names.some((n) => /\([3-9]\)$/.test(n))).toBe(false);
      }
    );

    it.each([false, true])(
      "never takes a school's sheet whose A1 is Kehou's record title for the record (hidden: %s)",
      async (hidden) => {
        const theirs = {
          name: "我的说明",
          values: [[RECORDS_TITLE_ROW], ["学校自己的数据，请保留"]],
          ...(hidden ? { hidden } : {}),
        };
        const s = await adapter.open({ sheets: [...school(), theirs] });
        const check = async () => {
          const kept = (await s.port().readSheets()).find((g) => g.name === "我的说明")!;
          expect(trim(kept.values)).toEqual(theirs.values);
        };
        await s.port().readSheets();
        await s.port().markCells([mark("B2")]);
        await s.save();
        await check();
        expect(await s.fill("名册", "B2")).toBe(`#${MARK_COLORS.error}`);
        await s.port().markCells([]);
        await s.save();
        await check();
        expect(await s.fill("名册", "B2")).toBeUndefined();
      }
    );

    it("leaves no record sheet once every mark is cleared", async () => {
      const s = await adapter.open({ sheets: school() });
      await s.port().readSheets();
      await s.port().markCells([mark("B2")]);
      await s.save();
      const marked = await s.port().readSheets();
      expect(marked.filter((g) => isRecordSheet(g.values))).toHaveLength(1);
      expect(marked.find((g) => isRecordSheet(g.values))!.hidden).toBe(true);
      await s.port().markCells([]);
      await s.save();
      const sheets = await s.port().readSheets();
      expect(sheets.map((g) => g.name)).toEqual(["名册"]);
    });

    it("reads a copy of its record the user made, and leaves one record", async () => {
      const s = await adapter.open({ sheets: school() });
      await s.port().readSheets();
      await s.port().markCells([mark("B2")]);
      await s.save();
      const record = (await s.port().readSheets()).find((g) => isRecordSheet(g.values))!.name;
      await s.copySheet(record, `${record} (2)`);
      await s.save();
      const copied = await s.port().readSheets();
      expect(copied.filter((g) => isRecordSheet(g.values))).toHaveLength(2);
      await s.port().markCells([mark("B3")]);
      await s.save();
      const once = (await s.port().readSheets()).filter((g) => isRecordSheet(g.values));
      expect(once.map((g) => g.name)).toEqual([record]);
      expect(await s.fill("名册", "B2")).toBeUndefined();
      expect(await s.fill("名册", "B3")).toBe(`#${MARK_COLORS.error}`);
      await s.port().markCells([]);
      await s.save();
      expect(await s.fill("名册", "B3")).toBeUndefined();
      expect((await s.port().readSheets()).map((g) => g.name)).toEqual(["名册"]);
    });

    it("reads back cells it set, in a sheet it made and in the user's own", async () => {
      const s = await adapter.open({ sheets: school() });
      await s.port().readSheets();
      await s.port().setCells("设置", [
        { row: 0, col: 0, value: "学校名称" },
        { row: 0, col: 1, value: "清白学校" },
      ]);
      await s.port().setCells("名册", [{ row: 2, col: 1, value: "李四四" }]);
      const check = async () => {
        const sheets = await s.port().readSheets();
        expect(trim(sheets.find((g) => g.name === "设置")!.values)).toEqual([
          ["学校名称", "清白学校"],
        ]);
        expect(sheets.find((g) => g.name === "名册")!.values[2][1]).toBe("李四四");
      };
      await check();
      await s.save();
      await check();
    });

    it("reads a hidden sheet as hidden", async () => {
      const s = await adapter.open({
        sheets: [...school(), { name: "旧名册", values: [["学号"]], hidden: true }],
      });
      const sheets = await s.port().readSheets();
      expect(sheets.find((g) => g.name === "旧名册")?.hidden).toBe(true);
      expect(sheets.find((g) => g.name === "名册")?.hidden).toBeFalsy();
    });

    it("keeps its own sheet's tab position on a re-run", async () => {
      const s = await adapter.open({ sheets: school() });
      await s.port().readSheets();
      await s.port().writeSheets([ours([["x", 1]])]);
      await s.save();
      await s.port().setCells("备注", [{ row: 0, col: 0, value: "后加的表" }]);
      await s.save();
      expect((await s.port().readSheets()).map((g) => g.name)).toEqual([
        "名册",
        "问题清单",
        "备注",
      ]);
      await s.port().writeSheets([ours([["y", 2]])]);
      await s.save();
      expect((await s.port().readSheets()).map((g) => g.name)).toEqual([
        "名册",
        "问题清单",
        "备注",
      ]);
    });
  }
);
