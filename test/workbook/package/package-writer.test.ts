import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { OutputSheet } from "../../../src/jobs/output-sheet";
import { writeKehouPackage } from "../../support/written-bytes";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { StylesAppender } from "../../../src/workbook/package/styles-append";
import { CONTENT_TYPE } from "../../../src/workbook/package/namespaces";
import { readZipEntries } from "../../../src/workbook/package/zip-read";
import { UnsupportedPackage } from "../../../src/workbook/package/xml-text";
import { strToU8, unzipSync, zipSync } from "fflate";
import { additionsOnly, partsOf, text } from "../../support/package-parts";
import { miniPackage, worksheet } from "../../support/mini-package";

const fixture = readFileSync(path.join(__dirname, "../../fixtures/libreoffice-extras.xlsx"));

const sheet = (name: string, rows: (string | number)[][]): OutputSheet => ({
  name,
  title: "测试",
  columns: [
    { header: "名称", width: 12, format: "text" },
    { header: "金额", width: 10, format: "money" },
  ],
  rows,
  table: "KehouTest",
});

const chart = (n: number) =>
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" data-n="${n}"/>`;

describe("the package writer", () => {
  it("copies every part as the same compressed bytes when nothing is added", () => {
    const out = OpcPackage.read(fixture).toBytes();
    const before = readZipEntries(fixture);
    const after = readZipEntries(out);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    after.forEach((e, i) => expect(Buffer.compare(e.raw, before[i].raw)).toBe(0));
    expect(partsOf(out)).toEqual(partsOf(fixture));
  });

  it("adds a drawing with its chart to a Kehou sheet", () => {
    const drawings = new Map([
      [
        "图表页",
        {
          name: (n: number) => `xl/drawings/drawing${n}.xml`,
          contentType: CONTENT_TYPE.drawing,
          data: "<xdr:wsDr/>",
          related: [
            {
              name: (n: number) => `xl/charts/chart${n}.xml`,
              contentType: CONTENT_TYPE.chart,
              relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
              id: "rId1",
              data: (part: string) => chart(Number(/(\d+)\.xml$/.exec(part)![1])),
            },
          ],
        },
      ],
    ]);
    const once = writeKehouPackage(fixture, { sheets: [sheet("图表页", [["a", 1]])], drawings });
    const parts = partsOf(once);
    // the fixture has drawing1 and chart1 of its own: ours get the next free names
    expect(text(parts.get("xl/drawings/drawing1.xml")!)).not.toBe("<xdr:wsDr/>");
    expect(text(parts.get("xl/drawings/drawing2.xml")!)).toBe("<xdr:wsDr/>");
    expect(text(parts.get("xl/charts/chart2.xml")!)).toBe(chart(2));
    expect(text(parts.get("xl/drawings/_rels/drawing2.xml.rels")!)).toContain(
      'Target="../charts/chart2.xml"'
    );
    const types = text(parts.get("[Content_Types].xml")!);
    expect(types).toContain('PartName="/xl/drawings/drawing2.xml"');
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
    const sheetPart = [...parts.keys()].find((n) =>
      text(parts.get(n)!).includes('<drawing r:id="rId2"/>')
    )!;
    expect(
      text(parts.get(sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels")!)
    ).toContain('Target="../drawings/drawing2.xml"');
    // written again on its own output: the same parts, nothing doubled
    const twice = partsOf(
      writeKehouPackage(once, { sheets: [sheet("图表页", [["a", 1]])], drawings })
    );
    expect([...twice.keys()].sort()).toEqual([...parts.keys()].sort());
    for (const [n, b] of parts) expect(Buffer.compare(b, twice.get(n)!)).toBe(0);
  });

  it("writes names and text that need escaping, readable by exceljs", async () => {
    const out = writeKehouPackage(fixture, {
      sheets: [
        {
          ...sheet("A&B <问题>", [
            ['<b>&"x"', 12.5],
            [" 前后空格 ", 0],
          ]),
          table: undefined,
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("A&B <问题>")!;
    expect(ws.getCell("A4").value).toBe('<b>&"x"');
    expect(ws.getCell("B4").value).toBe(12.5);
    expect(ws.getCell("B4").numFmt).toBe('"¥"#,##0.00');
    expect(ws.getCell("A5").value).toBe(" 前后空格 ");
  });
});

it("refuses, with an error its caller falls back on, a workbook part it cannot add to", () => {
  const parts = unzipSync(fixture);
  // prefixed SpreadsheetML, as some generators write it
  parts["xl/workbook.xml"] = strToU8(
    text(parts["xl/workbook.xml"]).replace(/<(\/?)sheets>/g, "<$1x:sheets>")
  );
  expect(() => writeKehouPackage(zipSync(parts), { sheets: [sheet("新表", [["a", 1]])] })).toThrow(
    UnsupportedPackage
  );
});

it("refuses, with the same error, a workbook whose styles relationship leads to no part", () => {
  const parts = unzipSync(fixture);
  delete parts["xl/styles.xml"];
  expect(() => writeKehouPackage(zipSync(parts), { sheets: [sheet("新表", [["a", 1]])] })).toThrow(
    UnsupportedPackage
  );
});

describe("styles.xml appended to", () => {
  const xml =
    '<styleSheet xmlns="x"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf></cellXfs></styleSheet>';

  it("keeps every existing entry and index, and reuses what it added before", () => {
    const s = new StylesAppender(xml);
    expect(s.sheetFont({ bold: true, size: 14 })).toBe(1);
    expect(s.numFmt('"¥"#,##0.00')).toBe(164);
    expect(s.solidFill("FFC7CE")).toBe(2);
    expect(s.withFill(1, 2)).toBe(2);
    const again = new StylesAppender(s.toString());
    expect([
      again.sheetFont({ bold: true, size: 14 }),
      again.numFmt('"¥"#,##0.00'),
      again.solidFill("FFC7CE"),
      again.withFill(1, 2),
    ]).toEqual([1, 164, 2, 2]);
    expect(again.toString()).toBe(s.toString());
    expect(additionsOnly(Buffer.from(xml), Buffer.from(s.toString()))).toBeUndefined();
    expect(s.items("cellXfs", "xf")[2]).toBe(
      '<xf fillId="2" applyFill="1" numFmtId="14" fontId="0" borderId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf>'
    );
    expect(s.toString()).toContain('<cellXfs count="3">');
  });
});

describe("table names", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const school = miniPackage(worksheet("<sheetData/>"), {
    // the school's own table and defined name, spelt in other cases
    "xl/tables/table1.xml": `<table xmlns="${MAIN}" id="1" name="KEHOUTEST" displayName="kehoutest" ref="A1:A2"><tableColumns count="1"><tableColumn id="1" name="x"/></tableColumns></table>`,
    "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="考勤" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="KEHOUTEST_2" localSheetId="0">考勤!$A$1</definedName></definedNames></workbook>`,
  });
  const names = (bytes: Uint8Array) =>
    [...partsOf(bytes)]
      .filter(([n]) => n.startsWith("xl/tables/"))
      .map(([, b]) => /<table\b[^>]*>/.exec(text(b))![0])
      .map((tag) => [/\sname="([^"]*)"/.exec(tag)![1], /\sid="(\d+)"/.exec(tag)![1]]);

  it("never clash with the workbook's tables or defined names, case aside, and stay put on a re-run", () => {
    const once = writeKehouPackage(school, { sheets: [sheet("新表", [["a", 1]])] });
    expect(names(once)).toEqual([
      ["KEHOUTEST", "1"],
      ["KehouTest_3", "2"],
    ]);
    const twice = writeKehouPackage(once, { sheets: [sheet("新表", [["b", 2]])] });
    expect(names(twice)).toEqual(names(once));
  });
});
