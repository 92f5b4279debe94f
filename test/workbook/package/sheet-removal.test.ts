import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { removeSheet } from "../../../src/workbook/package/sheet-removal";
import { readRelationships } from "../../../src/workbook/package/relationships";
import { sheetEntries } from "../../../src/workbook/package/workbook-index";
import { elements } from "../../../src/workbook/package/xml-text";
import { readWorkbookCells } from "../../../src/workbook/cells/read-cells";
import { hasLibreOffice, libreOfficeResaved, libreOfficeSheets } from "../../support/libreoffice";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { describeWhen } from "../../support/needs";
import { runCli } from "../../support/run-cli";
import { breachSchool } from "../../support/breach-school";
import { gridsToXlsx } from "../../support/generate-school";
import { partText, repackage } from "../../support/repackage";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const sheet = (text: string) =>
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;

/**
 * Three sheets as Excel writes them, the middle one going: each with a print area (LibreOffice
 * writes localSheetId before name), the middle one with a comments part of its own, a
 * workbook name, and the window on the last sheet.
 */
function threeSheetParts(
  workbookView = '<workbookView activeTab="2" firstSheet="2"/>'
): Record<string, string> {
  return {
    "[Content_Types].xml": `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/comments1.xml" ContentType="${CT}.comments+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
    "_rels/.rels": `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews>${workbookView}</bookViews><sheets>` +
      `<sheet name="考勤" sheetId="1" r:id="rId1"/><sheet name="Kehou标记" sheetId="2" state="veryHidden" r:id="rId2"/><sheet name="汇总" sheetId="3" r:id="rId3"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">考勤!$A$1:$B$2</definedName>` +
      `<definedName localSheetId="1" name="_xlnm.Print_Area">Kehou标记!$A$1</definedName>` +
      `<definedName localSheetId='2' name="_xlnm.Print_Area">汇总!$A$1:$C$3</definedName>` +
      `<definedName name="学校">考勤!$A$1</definedName></definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels": `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId4" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet1.xml": sheet("学号"),
    "xl/worksheets/sheet2.xml": sheet("Kehou 标记记录"),
    "xl/worksheets/_rels/sheet2.xml.rels": `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/></Relationships>`,
    "xl/comments1.xml": `${DECL}<comments xmlns="${MAIN}"><authors><author>Kehou</author></authors><commentList/></comments>`,
    "xl/worksheets/sheet3.xml": sheet("合计"),
  };
}

const zipped = (parts: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([n, t]) => [n, strToU8(t)])));

function threeSheets(workbookView?: string): Uint8Array {
  return zipped(threeSheetParts(workbookView));
}

const workbook = (pkg: OpcPackage) => pkg.text("xl/workbook.xml")!;

/** A sheet whose B2 and B3 are formulas on A2 (cached as Excel leaves them), C1 another's. */
const formulas = (text: string, c1 = "") =>
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>` +
  `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c>${c1}</row>` +
  `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f>A2*2</f><v>4</v></c></row>` +
  `<row r="3"><c r="B3"><f>B2+1</f><v>5</v></c></row></sheetData></worksheet>`;

/** A calcChain part of these entries, as Excel writes it. */
const chain = (cells: string) => `${DECL}<calcChain xmlns="${MAIN}">${cells}</calcChain>`;

/**
 * Excel's extended properties for the three sheets (Chinese Excel's headings unless given):
 * the worksheets in tab order, then the print areas and the workbook name.
 */
function appXml(
  titles = ["考勤", "Kehou标记", "汇总"],
  names = ["考勤!Print_Area", "Kehou标记!Print_Area", "汇总!Print_Area", "学校"],
  headings = ["工作表", "命名范围"]
): string {
  const variant = (v: string) => `<vt:variant>${v}</vt:variant>`;
  const pairs = [
    [headings[0], titles.length],
    [headings[1], names.length],
  ].filter(([, n]) => n !== 0);
  const heading = pairs
    .map(([h, n]) => variant(`<vt:lpstr>${h}</vt:lpstr>`) + variant(`<vt:i4>${n}</vt:i4>`))
    .join("");
  const all = [...titles, ...names];
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">${heading}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${all.length}" baseType="lpstr">${all.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    `<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
}

/**
 * The three sheets as Excel saves them once the school's sheets hold formulas (汇总!C1 on
 * 考勤): with a calculation chain of `cells` and extended properties `app`, each with its
 * relationship and content type; Kehou's sheet in the middle has formulas too, so its
 * entries sit among the school's.
 */
function excelSaved(cells: string, app = appXml()): Uint8Array {
  const parts = threeSheetParts();
  const types = (t: string) =>
    t.replace(
      "</Types>",
      `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`
    );
  return zipped({
    ...parts,
    "[Content_Types].xml": types(parts["[Content_Types].xml"]),
    "_rels/.rels": parts["_rels/.rels"].replace(
      "</Relationships>",
      `<Relationship Id="rId2" Type="${R}/extended-properties" Target="docProps/app.xml"/></Relationships>`
    ),
    "xl/_rels/workbook.xml.rels": parts["xl/_rels/workbook.xml.rels"].replace(
      "</Relationships>",
      `<Relationship Id="rId5" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`
    ),
    "xl/worksheets/sheet1.xml": formulas("学号"),
    "xl/worksheets/sheet2.xml": formulas("Kehou 标记记录"),
    "xl/worksheets/sheet3.xml": formulas("合计", `<c r="C1"><f>考勤!B3</f><v>5</v></c>`),
    "xl/calcChain.xml": chain(cells),
    "docProps/app.xml": app,
  });
}

/** Each calcChain entry's cell and sheetId, its `i` inherited as §18.6.1 says. */
function chainCells(xml: string): string[] {
  let sheet = "0";
  return elements(xml, "c").map((c) => `${(sheet = c.attr("i") ?? sheet)}:${c.attr("r")}`);
}

/** Excel's chain for the three sheets: Kehou's cells between the school's, one level each. */
const MIXED =
  '<c r="B2" i="1"/><c r="B3"/><c r="B2" i="2" l="1"/><c r="B3"/><c r="B2" i="3"/><c r="B3"/><c r="C1"/>';

describe("removing a sheet from a package", () => {
  it("takes out its <sheet>, relationship, part, own parts and their content types", () => {
    const pkg = OpcPackage.read(threeSheets());
    expect(removeSheet(pkg, "Kehou标记")).toBe(true);
    expect(sheetEntries(pkg).map((s) => [s.name, s.part])).toEqual([
      ["考勤", "xl/worksheets/sheet1.xml"],
      ["汇总", "xl/worksheets/sheet3.xml"],
    ]);
    expect(readRelationships(pkg, "xl/workbook.xml").map((r) => r.id)).toEqual([
      "rId1",
      "rId3",
      "rId4",
    ]);
    for (const part of [
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/comments1.xml",
    ])
      expect(pkg.has(part)).toBe(false);
    const overrides = elements(pkg.text("[Content_Types].xml")!, "Override").map((e) =>
      e.attr("PartName")
    );
    expect(overrides).not.toContain("/xl/worksheets/sheet2.xml");
    expect(overrides).not.toContain("/xl/comments1.xml");
    expect(overrides).toContain("/xl/worksheets/sheet3.xml");
    // The sheets that stay keep their bytes.
    expect(pkg.text("xl/worksheets/sheet3.xml")).toBe(sheet("合计"));
  });

  it("drops the sheet's own defined names and shifts later sheets' localSheetId", () => {
    const pkg = OpcPackage.read(threeSheets());
    removeSheet(pkg, "Kehou标记");
    const names = elements(workbook(pkg), "definedName").map((e) => [
      e.attr("name"),
      e.attr("localSheetId"),
      e.text,
    ]);
    expect(names).toEqual([
      ["_xlnm.Print_Area", "0", "考勤!$A$1:$B$2"],
      ["_xlnm.Print_Area", "1", "汇总!$A$1:$C$3"],
      ["学校", undefined, "考勤!$A$1"],
    ]);
  });

  it("shifts activeTab and firstSheet past the sheet, and keeps them before it", () => {
    const after = OpcPackage.read(threeSheets());
    removeSheet(after, "Kehou标记");
    const [view] = elements(workbook(after), "workbookView");
    expect([view.attr("activeTab"), view.attr("firstSheet")]).toEqual(["1", "1"]);
    const before = OpcPackage.read(threeSheets('<workbookView activeTab="0"/>'));
    removeSheet(before, "Kehou标记");
    expect(elements(workbook(before), "workbookView")[0].tag).toBe('<workbookView activeTab="0"/>');
  });

  it("puts the window on the sheet before when the last one, shown, goes", () => {
    const pkg = OpcPackage.read(threeSheets('<workbookView activeTab="2"/>'));
    removeSheet(pkg, "汇总");
    expect(elements(workbook(pkg), "workbookView")[0].attr("activeTab")).toBe("1");
    expect(elements(workbook(pkg), "definedName").map((e) => e.attr("localSheetId"))).toEqual([
      "0",
      "1",
      undefined,
    ]);
  });

  it("never removes a workbook's last sheet, and changes nothing then", () => {
    const pkg = OpcPackage.read(threeSheets());
    removeSheet(pkg, "Kehou标记");
    removeSheet(pkg, "汇总");
    const before = new Map(pkg.names().map((n) => [n, pkg.text(n)]));
    expect(removeSheet(pkg, "考勤")).toBe(false);
    expect(new Map(pkg.names().map((n) => [n, pkg.text(n)]))).toEqual(before);
    expect(sheetEntries(pkg).map((s) => s.name)).toEqual(["考勤"]);
  });

  it("changes nothing for a sheet the workbook does not have", () => {
    const pkg = OpcPackage.read(threeSheets());
    expect(removeSheet(pkg, "没有这张表")).toBe(false);
    expect(sheetEntries(pkg)).toHaveLength(3);
  });

  it("leaves a package the cell reader reads, the sheets that stay as they were", () => {
    const pkg = OpcPackage.read(threeSheets());
    removeSheet(pkg, "Kehou标记");
    const grids = readWorkbookCells(OpcPackage.read(pkg.toBytes()));
    expect(grids.map((g) => [g.name, g.values[0][0]])).toEqual([
      ["考勤", "学号"],
      ["汇总", "合计"],
    ]);
  });
});

describe("removing a sheet keeps the calculation chain true", () => {
  it("takes out the sheet's entries, those inheriting its i too, the others' sheets kept", () => {
    const pkg = OpcPackage.read(excelSaved(MIXED));
    const before = chainCells(pkg.text("xl/calcChain.xml")!);
    removeSheet(pkg, "Kehou标记");
    const xml = pkg.text("xl/calcChain.xml")!;
    expect(chainCells(xml)).toEqual(before.filter((c) => !c.startsWith("2:")));
    // The level Kehou's entry started goes on from the school's entry after it.
    expect(xml).toBe(
      chain('<c r="B2" i="1"/><c r="B3"/><c r="B2" i="3" l="1"/><c r="B3"/><c r="C1"/>')
    );
  });

  it("leaves the chain's bytes alone when the sheet has no entry in it", () => {
    const saved = excelSaved('<c r="B2" i="1"/><c r="B3"/><c r="C1" i="3"/>');
    const pkg = OpcPackage.read(saved);
    const stored = pkg.bytes("xl/calcChain.xml");
    removeSheet(pkg, "Kehou标记");
    expect(pkg.bytes("xl/calcChain.xml")).toBe(stored);
  });

  it("removes the chain, its relationship and its content type when no entry is left", () => {
    const pkg = OpcPackage.read(excelSaved('<c r="B2" i="2"/><c r="B3"/>'));
    removeSheet(pkg, "Kehou标记");
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    expect(readRelationships(pkg, "xl/workbook.xml").map((r) => r.id)).toEqual([
      "rId1",
      "rId3",
      "rId4",
    ]);
    const overrides = elements(pkg.text("[Content_Types].xml")!, "Override").map((e) =>
      e.attr("PartName")
    );
    expect(overrides).not.toContain("/xl/calcChain.xml");
    expect(overrides).toContain("/docProps/app.xml");
  });
  it("removes a chain that is not XML it can follow, which Excel builds again", () => {
    const pkg = OpcPackage.read(excelSaved('<c r="B2" i="1"/><c r="B3"'));
    removeSheet(pkg, "Kehou标记");
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    expect(readRelationships(pkg, "xl/workbook.xml").map((r) => r.type)).not.toContain(
      `${R}/calcChain`
    );
  });
});

describe("removing a sheet keeps the extended properties true when they were", () => {
  it.each([
    ["Chinese Excel's", ["工作表", "命名范围"]],
    ["English Excel's", ["Worksheets", "Named Ranges"]],
  ])("takes the sheet and its print area out of %s lists", (_, headings) => {
    const pkg = OpcPackage.read(excelSaved(MIXED, appXml(undefined, undefined, headings)));
    removeSheet(pkg, "Kehou标记");
    expect(pkg.text("docProps/app.xml")).toBe(
      appXml(["考勤", "汇总"], ["考勤!Print_Area", "汇总!Print_Area", "学校"], headings)
    );
  });

  it("drops a heading left with no entry, a quoted sheet name read as Excel quotes it", () => {
    const app = appXml(undefined, ["'Kehou标记'!Print_Area"]);
    const pkg = OpcPackage.read(excelSaved(MIXED, app));
    removeSheet(pkg, "Kehou标记");
    expect(pkg.text("docProps/app.xml")).toBe(appXml(["考勤", "汇总"], []));
  });

  it("leaves them as they were in an encoding it does not read, and removes the sheet", () => {
    const utf32 = new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x3c]);
    const pkg = OpcPackage.read(
      repackage(excelSaved(MIXED), (p) => p.set("docProps/app.xml", utf32))
    );
    expect(removeSheet(pkg, "Kehou标记")).toBe(true);
    expect(pkg.bytes("docProps/app.xml")).toEqual(utf32);
  });

  it.each([
    ["Kehou's sheet missing, as a run that added it left them", appXml(["考勤", "汇总"])],
    ["the sheets in another order", appXml(["考勤", "汇总", "Kehou标记"])],
    ["a sheet name that is not the workbook's", appXml(["考勤", "Kehou", "汇总"])],
    ["counts that do not add up", appXml().replace("<vt:i4>4</vt:i4>", "<vt:i4>3</vt:i4>")],
    ["a vector's size that is not its length", appXml().replace('size="7"', 'size="8"')],
    ["another language's headings", appXml(undefined, undefined, ["Feuilles", "Plages"])],
  ])("leaves them as they were with %s", (_, app) => {
    const pkg = OpcPackage.read(excelSaved(MIXED, app));
    const stored = pkg.bytes("docProps/app.xml");
    removeSheet(pkg, "Kehou标记");
    expect(pkg.bytes("docProps/app.xml")).toBe(stored);
  });
});

/**
 * The highlighted copy as Excel saves it once the school has fixed the late end in 5月考勤!D4:
 * 设置!B8 now a formula, the chain Excel writes (the 问题清单's link to D4 and B8), and
 * extended properties listing every sheet and print name as Excel does.
 */
function fixedInExcel(marked: Uint8Array): Uint8Array {
  return repackage(marked, (p) => {
    const edit = (part: string, from: RegExp, to: string) =>
      p.set(part, partText(p, part).replace(from, to));
    edit(
      "xl/worksheets/sheet1.xml",
      /<c r="B8"><v>50<\/v><\/c>/,
      '<c r="B8"><f>25*2</f><v>50</v></c>'
    );
    edit(
      "xl/worksheets/sheet3.xml",
      /<c r="D4"[^>]*>.*?<\/c>/,
      '<c r="D4" s="1" t="inlineStr"><is><t>18:30</t></is></c>'
    );
    p.set("xl/calcChain.xml", chain('<c r="E4" i="6"/><c r="B8" i="1"/>'));
    edit(
      "xl/_rels/workbook.xml.rels",
      /<\/Relationships>/,
      `<Relationship Id="rId11" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`
    );
    edit(
      "[Content_Types].xml",
      /<\/Types>/,
      `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/></Types>`
    );
    p.set(
      "docProps/app.xml",
      appXml(listedSheets(partText(p, "xl/workbook.xml")), ["违规问题清单!Print_Titles"])
    );
  });
}

/** The sheet names of a workbook part, in tab order (read by a regular expression, not Kehou). */
const listedSheets = (xml: string) =>
  [...xml.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]);

/** The school's file marked, fixed and saved in Excel, then highlighted again: nothing marked. */
async function rehighlighted(): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-removal-"));
  try {
    const school = breachSchool(["endTooLate"]).filter(
      (g) => g.name !== "白名单" && g.name !== "黑名单"
    );
    const [input, marked, fixed, again] = ["school", "marked", "fixed", "again"].map((n) =>
      path.join(dir, `${n}.xlsx`)
    );
    writeFileSync(input, await gridsToXlsx(school));
    expect((await runCli("breaches", input, "--highlight", "-o", marked)).code).toBe(0);
    expect(listedSheets(strFromU8(unzipSync(readFileSync(marked))["xl/workbook.xml"]))).toContain(
      "Kehou标记"
    );
    writeFileSync(fixed, fixedInExcel(readFileSync(marked)));
    expect((await runCli("breaches", fixed, "--highlight", "-o", again)).code).toBe(0);
    return new Uint8Array(readFileSync(again));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a breaches --highlight re-run that leaves nothing marked, on a copy Excel saved", () => {
  it("takes the record out of the sheets and the extended properties, the chain true", async () => {
    const pkg = OpcPackage.read(await rehighlighted());
    const sheets = sheetEntries(pkg);
    expect(sheets.map((s) => s.name)).toEqual([
      "设置",
      "名册",
      "5月考勤",
      "活动安排",
      "教师课时",
      "违规问题清单",
    ]);
    expect(pkg.text("docProps/app.xml")).toBe(
      appXml(
        sheets.map((s) => s.name),
        ["违规问题清单!Print_Titles"]
      )
    );
    // The 问题清单's link went with the finding; the school's formula stays in the chain.
    const cells = chainCells(pkg.text("xl/calcChain.xml")!);
    expect(cells).toEqual(["1:B8"]);
    for (const cell of cells) {
      const [id, ref] = cell.split(":");
      const part = sheets.find((s) => s.sheetId === Number(id))?.part;
      const xml = part ? pkg.text(part)! : "";
      const c = elements(xml, "c").find((e) => e.attr("r") === ref);
      expect([cell, c && elements(xml.slice(c.start, c.end), "f").length]).toEqual([cell, 1]);
    }
  });
});

/** The sheets LibreOffice opens in a package once Kehou's record sheet is removed from it. */
function sheetsLeft(bytes: Uint8Array): Record<string, string[][]> {
  const pkg = OpcPackage.read(bytes);
  removeSheet(pkg, "Kehou标记");
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-removal-"));
  try {
    const file = path.join(dir, "removed.xlsx");
    writeFileSync(file, pkg.toBytes());
    return libreOfficeSheets(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "a sheet removed, as LibreOffice opens it",
  () => {
    jest.setTimeout(180_000);

    it("opens the package with the sheets that stay", () => {
      const sheets = sheetsLeft(threeSheets());
      expect(Object.keys(sheets).sort()).toEqual(["汇总", "考勤"].sort());
      expect(sheets["考勤"][0][0]).toBe("学号");
      expect(sheets["汇总"][0][0]).toBe("合计");
    });
    it("opens an Excel-saved package whose chain and properties lost the sheet, its formulas worked out", () => {
      const sheets = sheetsLeft(excelSaved(MIXED));
      expect(Object.keys(sheets).sort()).toEqual(["汇总", "考勤"].sort());
      expect(sheets["考勤"].slice(1, 3).map((r) => r[1])).toEqual(["4", "5"]);
      expect(sheets["汇总"][0]).toEqual(["合计", "", "5"]);
    });

    it("opens what a breaches --highlight re-run left of a copy Excel saved", async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-removal-"));
      try {
        const file = path.join(dir, "again.xlsx");
        writeFileSync(file, await rehighlighted());
        const sheets = libreOfficeSheets(file);
        expect(Object.keys(sheets).sort()).toEqual(
          ["设置", "名册", "5月考勤", "活动安排", "教师课时", "违规问题清单"].sort()
        );
        expect(sheets["设置"][7]).toEqual(["教师补助标准", "50"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("keeps each print area on its own sheet, as LibreOffice reads the shifted names", () => {
      const pkg = OpcPackage.read(threeSheets());
      removeSheet(pkg, "Kehou标记");
      const resaved = OpcPackage.read(libreOfficeResaved(pkg.toBytes()));
      const areas = elements(workbook(resaved), "definedName")
        .filter((e) => e.attr("name") === "_xlnm.Print_Area")
        .map((e) => [e.attr("localSheetId"), e.text.replace(/'/g, "")])
        .sort();
      expect(areas).toEqual([
        ["0", "考勤!$A$1:$B$2"],
        ["1", "汇总!$A$1:$C$3"],
      ]);
    });

    it("opens a highlighted copy whose every mark was cleared, with no record left", async () => {
      let wb = await XlsxWorkbook.fromBuffer(threeSheets());
      await wb.readSheets();
      await wb.markCells([{ sheet: "考勤", cell: "A1", severity: "error", note: "超时" }]);
      wb = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
      await wb.readSheets();
      await wb.markCells([]);
      const bytes = await wb.toBuffer();
      const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-removal-"));
      try {
        const file = path.join(dir, "cleared.xlsx");
        writeFileSync(file, bytes);
        // The school's own hidden 「Kehou标记」 stays; Kehou's record, 「Kehou标记 (2)」, is gone.
        const names = Object.keys(libreOfficeSheets(file)).sort();
        expect(names).toEqual(["Kehou标记", "汇总", "考勤"].sort());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
);
