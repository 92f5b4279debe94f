import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { chargeJob } from "../../../src/jobs/charge/job";
import { chargeJson } from "../../../src/jobs/charge/json";
import type { OutputSheet } from "../../../src/jobs/output-sheet";
import { writeKehouPackage } from "../../support/written-bytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { RECORDS_TITLE_ROW } from "../../../src/workbook/mark-record";
import { messySchool } from "../../support/messy-school";
import { miniPackage, worksheet } from "../../support/mini-package";
import { partText, repackage, type TextParts } from "../../support/repackage";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The charge run with its sheets written into the copy, as `kehou charge -o` does. */
async function chargedCopy(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  await chargeJob(wb);
  return wb.toBuffer();
}

const parts = (bytes: Uint8Array) => new Map(Object.entries(unzipSync(bytes)));
const workbookXml = (bytes: Uint8Array) => strFromU8(parts(bytes).get("xl/workbook.xml")!);
const sheetNames = (bytes: Uint8Array) =>
  [...workbookXml(bytes).matchAll(/<sheet\b[^>]*\sname\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]);

/** The part of a sheet of the charged copy (read with fflate and regular expressions, not Kehou). */
function partOf(p: TextParts, sheet: string): string {
  const wb = partText(p, "xl/workbook.xml");
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`))!;
  const id = /r:id="([^"]+)"/.exec(tag)![1];
  const rels = partText(p, "xl/_rels/workbook.xml.rels");
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`Id="${id}"`))!;
  return `xl/${/Target="([^"]+)"/.exec(rel)![1]}`;
}

/** Adds relationships to a part's rels (made when it has none). */
function relate(p: TextParts, part: string, rels: { id: string; type: string; target: string }[]) {
  const name = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const xml =
    (p.get(name) as string | undefined) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"></Relationships>`;
  const tags = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${R}/${r.type}" Target="${r.target}"/>`
  );
  p.set(name, xml.replace("</Relationships>", `${tags.join("")}</Relationships>`));
}

const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`;

describe("a re-run finds Kehou's old sheets however the workbook part is written", () => {
  it("replaces 收费表 and 收费问题清单 whose names are numeric character references", async () => {
    const first = await chargedCopy(await messySchool());
    const referenced = repackage(first, (p) =>
      p.set(
        "xl/workbook.xml",
        partText(p, "xl/workbook.xml").replace(
          /(<sheet\b[^>]*\sname=")([^"]*)"/g,
          (_, open: string, name: string) =>
            `${open}${[...name].map((c) => `&#${c.codePointAt(0)};`).join("")}"`
        )
      )
    );
    const again = await chargedCopy(referenced);
    const decoded = sheetNames(again).map((n) =>
      n.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    );
    expect(decoded).toEqual(sheetNames(first));
  });

  it("gives its new sheets unused sheetIds when the <sheet> attributes are single-quoted and spaced", async () => {
    const quoted = repackage(await messySchool(), (p) =>
      p.set(
        "xl/workbook.xml",
        partText(p, "xl/workbook.xml").replace(/<sheet\b[^>]*>/g, (tag) =>
          tag.replace(/ ([\w:]+)="([^"]*)"/g, " $1 = '$2'")
        )
      )
    );
    const ids = [
      ...workbookXml(await chargedCopy(quoted)).matchAll(/sheetId\s*=\s*["'](\d+)["']/g),
    ].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

it("gives a new sheet the lowest free sheetId when the next would pass unsignedInt", () => {
  const school = repackage(miniPackage(worksheet("<sheetData/>")), (p) =>
    p.set(
      "xl/workbook.xml",
      partText(p, "xl/workbook.xml").replace('sheetId="1"', 'sheetId="4294967295"')
    )
  );
  const sheet = (name: string): OutputSheet => ({
    name,
    title: name,
    columns: [{ header: "项目", width: 12, format: "text" }],
    rows: [["课后服务"]],
  });
  const ids = [
    ...workbookXml(writeKehouPackage(school, { sheets: [sheet("甲"), sheet("乙")] })).matchAll(
      /sheetId="(\d+)"/g
    ),
  ].map((m) => m[1]);
  expect(ids).toEqual(["4294967295", "1", "2"]);
});

it("takes Kehou's sheet written again out of the calculation chain, the school's entries kept", () => {
  const links: OutputSheet = {
    name: "问题清单",
    title: "问题清单",
    columns: [{ header: "单元格", width: 12, format: "text" }],
    rows: [[{ formula: 'HYPERLINK("#考勤!A1","A1")', result: "A1" }]],
  };
  const first = writeKehouPackage(miniPackage(worksheet("<sheetData/>")), { sheets: [links] });
  // As Excel saves it: the chain names the school's formula and Kehou's link (sheetId 2).
  const saved = repackage(first, (p) => {
    p.set(
      "xl/calcChain.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A3" i="2"/><c r="B2" i="1"/></calcChain>`
    );
    p.set(
      "xl/_rels/workbook.xml.rels",
      partText(p, "xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        `<Relationship Id="rId9" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`
      )
    );
  });
  const again = writeKehouPackage(saved, { sheets: [{ ...links, rows: [] }] });
  expect(strFromU8(parts(again).get("xl/calcChain.xml")!)).toContain(
    '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1"/></calcChain>'
  );
});

describe("a re-run removes only what is Kehou's alone", () => {
  it("keeps a logo that the school's sheet shares with Kehou's old sheet", async () => {
    const first = await chargedCopy(await messySchool());
    const shared = repackage(first, (p) => {
      const kehou = partOf(p, "收费问题清单");
      p.set("xl/media/image1.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
      p.set("xl/drawings/drawing8.xml", drawing);
      p.set("xl/drawings/drawing9.xml", drawing);
      relate(p, "xl/drawings/drawing8.xml", [
        { id: "rId1", type: "image", target: "../media/image1.png" },
      ]);
      relate(p, "xl/drawings/drawing9.xml", [
        { id: "rId1", type: "image", target: "../media/image1.png" },
      ]);
      relate(p, "xl/worksheets/sheet1.xml", [
        { id: "rId7", type: "drawing", target: "../drawings/drawing8.xml" },
      ]);
      relate(p, kehou, [{ id: "rId7", type: "drawing", target: "../drawings/drawing9.xml" }]);
    });
    const again = parts(await chargedCopy(shared));
    expect(again.has("xl/media/image1.png")).toBe(true);
    expect(again.has("xl/drawings/drawing8.xml")).toBe(true);
    expect(again.has("xl/drawings/drawing9.xml")).toBe(false);
  });

  it("keeps the school's roster that a relationship of Kehou's old sheet points to", async () => {
    const school = await messySchool();
    const first = await chargedCopy(school);
    const linked = repackage(first, (p) =>
      relate(p, partOf(p, "收费问题清单"), [
        { id: "rId8", type: "worksheet", target: "sheet2.xml" },
      ])
    );
    const again = await chargedCopy(linked);
    expect(parts(again).has("xl/worksheets/sheet2.xml")).toBe(true);
    const wb = await XlsxWorkbook.fromBuffer(again);
    const result = chargeJson(await chargeJob(wb, { write: false }));
    expect(result.totals).toEqual(
      chargeJson(await chargeJob(await XlsxWorkbook.fromBuffer(school), { write: false })).totals
    );
  });

  it("follows a relationship cycle from Kehou's old sheet without overflowing the stack", async () => {
    const first = await chargedCopy(await messySchool());
    const cycle = repackage(first, (p) => {
      const kehou = partOf(p, "收费问题清单");
      p.set("xl/drawings/drawing8.xml", drawing);
      p.set("xl/drawings/drawing9.xml", drawing);
      relate(p, kehou, [{ id: "rId7", type: "drawing", target: "../drawings/drawing8.xml" }]);
      relate(p, "xl/drawings/drawing8.xml", [
        { id: "rId1", type: "drawing", target: "drawing9.xml" },
        { id: "rId2", type: "worksheet", target: `../worksheets/${kehou.split("/").pop()}` },
      ]);
      relate(p, "xl/drawings/drawing9.xml", [
        { id: "rId1", type: "drawing", target: "drawing8.xml" },
      ]);
    });
    const again = parts(await chargedCopy(cycle));
    expect(again.has("xl/drawings/drawing8.xml")).toBe(false);
    expect(again.has("xl/drawings/drawing9.xml")).toBe(false);
    expect(sheetNames(await chargedCopy(cycle))).toEqual(sheetNames(first));
  });

  it.each([
    "/[Content_Types].xml",
    "/_rels/.rels",
    "../_rels/workbook.xml.rels",
    "/xl/workbook.xml",
  ])("never removes a package-level part that Kehou's old sheet points to (%s)", async (target) => {
    const school = await messySchool();
    const first = await chargedCopy(school);
    const linked = repackage(first, (p) =>
      relate(p, partOf(p, "收费问题清单"), [{ id: "rId8", type: "customXml", target }])
    );
    const again = await chargedCopy(linked);
    const kept = parts(again);
    for (const name of [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
    ])
      expect(kept.has(name)).toBe(true);
    expect(sheetNames(again)).toEqual(sheetNames(first));
    // The school's own declarations are still there, and its sheets are the bytes they were
    // (not a re-save by exceljs, which a missing part would fall back on).
    expect(strFromU8(kept.get("[Content_Types].xml")!)).toContain('PartName="/xl/workbook.xml"');
    expect(kept.get("xl/worksheets/sheet3.xml")).toEqual(
      parts(first).get("xl/worksheets/sheet3.xml")
    );
    const wb = await XlsxWorkbook.fromBuffer(again);
    expect(chargeJson(await chargeJob(wb, { write: false })).totals).toEqual(
      chargeJson(await chargeJob(await XlsxWorkbook.fromBuffer(school), { write: false })).totals
    );
  });
});

describe("Kehou's mark record on a re-run", () => {
  it("finds its record renamed KEHOU标记 by its title, and neither duplicates it nor leaves a mark or a record", async () => {
    const school = miniPackage(
      worksheet(`<sheetData><row r="2"><c r="A2" s="1"><v>45000</v></c></row></sheetData>`)
    );
    const highlight = async (bytes: Uint8Array, cells: string[]) => {
      const wb = await XlsxWorkbook.fromBuffer(bytes);
      await wb.readSheets();
      await wb.markCells(
        cells.map((cell) => ({ sheet: "考勤", cell, severity: "error" as const, note: "超时" }))
      );
      return wb.toBuffer();
    };
    const renamed = repackage(await highlight(school, ["A2"]), (p) =>
      p.set(
        "xl/workbook.xml",
        partText(p, "xl/workbook.xml").replace('name="Kehou标记"', 'name="KEHOU标记"')
      )
    );
    // Marked again, the record keeps the name the user gave it; cleared, no record is left.
    expect(sheetNames(await highlight(renamed, ["A2"]))).toEqual(["考勤", "KEHOU标记"]);
    const again = await highlight(renamed, []);
    expect(sheetNames(again)).toEqual(["考勤"]);
    expect(strFromU8(parts(again).get("xl/worksheets/sheet1.xml")!)).toContain('<c r="A2" s="1">');
  });
});

describe("a school's sheet whose A1 is Kehou's record title", () => {
  it.each([false, true])(
    "is never overwritten by the record, whose lines go beside it (hidden: %s)",
    async (hidden) => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet("考勤");
      ws.getCell("A2").value = "18:45";
      const own = book.addWorksheet("我的说明", hidden ? { state: "hidden" } : {});
      own.getCell("A1").value = RECORDS_TITLE_ROW;
      own.getCell("A2").value = "学校自己的数据，请保留";
      const school = new Uint8Array(await book.xlsx.writeBuffer());
      const highlight = async (bytes: Uint8Array, cells: string[]) => {
        const wb = await XlsxWorkbook.fromBuffer(bytes);
        await wb.readSheets();
        await wb.markCells(
          cells.map((cell) => ({ sheet: "考勤", cell, severity: "error" as const, note: "超时" }))
        );
        return wb.toBuffer();
      };
      const theirs = async (bytes: Uint8Array) => {
        const sheets = await (await XlsxWorkbook.fromBuffer(bytes)).readSheets();
        return sheets.find((g) => g.name === "我的说明")?.values.map((row) => row[0]);
      };
      const marked = await highlight(school, ["A2"]);
      expect(await theirs(marked)).toEqual([RECORDS_TITLE_ROW, "学校自己的数据，请保留"]);
      expect(sheetNames(marked)).toContain("Kehou标记");
      const cleared = await highlight(marked, []);
      expect(await theirs(cleared)).toEqual([RECORDS_TITLE_ROW, "学校自己的数据，请保留"]);
      expect(strFromU8(parts(cleared).get("xl/worksheets/sheet1.xml")!)).not.toContain("<note");
    }
  );
});

describe("print areas on a re-run", () => {
  const form: OutputSheet = {
    name: "收费公示",
    title: "收费公示",
    columns: [{ header: "项目", width: 12, format: "text" }],
    rows: [["课后服务"]],
    print: { firstRow: 0, lastRow: 3, breaksAfter: [] },
  };

  it("replaces the print area a LibreOffice or WPS re-save wrote with localSheetId first", () => {
    const school = miniPackage(worksheet("<sheetData/>"));
    const first = writeKehouPackage(school, { sheets: [form] });
    const resaved = repackage(first, (p) =>
      p.set(
        "xl/workbook.xml",
        partText(p, "xl/workbook.xml").replace(
          /<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">/,
          '<definedName localSheetId="$1" name="_xlnm.Print_Area">'
        )
      )
    );
    const again = workbookXml(writeKehouPackage(resaved, { sheets: [form] }));
    expect(again.match(/_xlnm\.Print_Area/g)).toHaveLength(1);
    expect(again).toContain("KehouClash");
  });
});
