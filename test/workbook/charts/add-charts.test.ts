import { strFromU8, unzipSync } from "fflate";
import type { ChartSheetPlan, ChartSpec } from "../../../src/jobs/chart-plan";
import { chartedBytes } from "../../support/written-bytes";
import { chartPartXml } from "../../../src/workbook/charts/chart-part";
import { readZipEntries } from "../../../src/workbook/package/zip-read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";

const bars: ChartSpec = {
  kind: "stacked",
  horizontal: true,
  title: "各校收费 <测试> & 合计",
  categoryTitle: "学校",
  valueTitle: "金额（元）",
  money: true,
  categories: { ref: "'汇总'!$A$4:$A$5", values: ["第一学校", "第二学校"] },
  series: [
    { name: "应缴金额", ref: "'汇总'!$B$4:$B$5", values: [120.5, 80] },
    { name: "减免金额", ref: "'汇总'!$C$4:$C$5", values: [10, 0] },
  ],
  at: { col: 4, row: 2, cols: 8, rows: 16 },
};

/** A small workbook as exceljs writes it: a sheet with an Excel table, and a plain one. */
async function workbook(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets([
    {
      name: "汇总",
      title: "汇总",
      columns: [
        { header: "学校", width: 20, format: "text" },
        { header: "应缴金额", width: 12, format: "money" },
        { header: "减免金额", width: 12, format: "money" },
      ],
      rows: [
        ["第一学校", 120.5, 10],
        ["第二学校", 80, 0],
      ],
      table: "Kehou汇总",
    },
    {
      name: "问题",
      title: "问题",
      columns: [{ header: "说明", width: 40, format: "text" }],
      rows: [],
    },
  ]);
  return wb.toBuffer();
}

const parts = (bytes: Uint8Array) => unzipSync(bytes);
/** One plan's charts grafted in, its refusal thrown instead of skipped. */
const addCharts = (bytes: Uint8Array, plan: ChartSheetPlan) =>
  chartedBytes(bytes, [plan], (_plan, e) => {
    throw e;
  });
const text = (bytes: Uint8Array, name: string) => strFromU8(parts(bytes)[name]);

describe("grafting charts", () => {
  it("draws on an existing sheet by additions only: every other part keeps its bytes", async () => {
    const before = await workbook();
    const after = addCharts(before, { sheet: "汇总", charts: [bars] });
    const a = parts(before);
    const b = parts(after);
    const changed = Object.keys(a).filter((k) => Buffer.compare(a[k], b[k]) !== 0);
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/worksheets/sheet1.xml",
      ].sort()
    );
    const added = Object.keys(b).filter((k) => !(k in a));
    expect(added.sort()).toEqual(
      [
        "xl/charts/chart1.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/drawings/drawing1.xml",
      ].sort()
    );
    // what changed only grew: the old text is still there, piece by piece
    const sheet = text(after, "xl/worksheets/sheet1.xml");
    expect(sheet.replace(/<drawing [^>]*\/>/, "")).toBe(strFromU8(a["xl/worksheets/sheet1.xml"]));
    // the drawing sits before the table parts, as the schema orders them
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    expect(text(after, "xl/worksheets/_rels/sheet1.xml.rels")).toMatch(
      /Type="[^"]+\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/
    );
    expect(text(after, "[Content_Types].xml")).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
  });

  it("adds a new sheet at the end with its cells, A4 landscape, page breaks and the drawing", async () => {
    const plan: ChartSheetPlan = {
      sheet: "图表",
      charts: [bars, { ...bars, at: { ...bars.at, row: 30 } }],
      cells: [["图表标题"], [], [{ formula: "'汇总'!$A$4", result: "第一学校" }, 3.5]],
      pageBreaks: [30],
    };
    const after = addCharts(await workbook(), plan);
    expect(text(after, "xl/workbook.xml")).toMatch(
      /<sheet name="图表" sheetId="3"[^>]*r:id="rId\d+"\/><\/sheets>/
    );
    const sheet = text(after, "xl/worksheets/sheet3.xml");
    expect(sheet).toContain('<c r="A1" t="inlineStr"><is><t>图表标题</t></is></c>');
    expect(sheet).toContain(`<c r="A3" t="str"><f>'汇总'!$A$4</f><v>第一学校</v></c>`);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape"');
    expect(sheet).toContain('<brk id="30" max="16383" man="1"/>');
    expect(text(after, "xl/drawings/drawing1.xml").match(/<xdr:twoCellAnchor>/g)).toHaveLength(2);
    expect(Object.keys(parts(after)).filter((k) => k.startsWith("xl/charts/"))).toHaveLength(2);
    // exceljs reads the package back: the new sheet and its cells
    const grids = await (await XlsxWorkbook.fromBuffer(after)).readSheets();
    expect(grids.map((g) => g.name)).toEqual(["汇总", "问题", "图表"]);
    expect(grids[2].values[2][1]).toBe(3.5);
  });

  it("refuses a new sheet whose name is taken and a sheet that is missing", async () => {
    const bytes = await workbook();
    expect(() => addCharts(bytes, { sheet: "汇总", charts: [bars], cells: [] })).toThrow(
      /already exists/
    );
    expect(() => addCharts(bytes, { sheet: "没有", charts: [bars] })).toThrow(/no sheet/);
    const once = addCharts(bytes, { sheet: "汇总", charts: [bars] });
    expect(() => addCharts(once, { sheet: "汇总", charts: [bars] })).toThrow(
      /already has a drawing/
    );
  });

  it("keeps the workbook when a plan cannot be drawn, and tells why", async () => {
    const bytes = await workbook();
    const skipped: string[] = [];
    const out = chartedBytes(bytes, [{ sheet: "没有", charts: [bars] }, undefined], (p, e) =>
      skipped.push(`${p.sheet}: ${e.message}`)
    );
    expect(out).toBe(bytes);
    expect(skipped).toEqual(["没有: no sheet named 没有"]);
  });

  it("numbers new parts after the ones there, so a second sheet's charts do not overwrite the first", async () => {
    const once = addCharts(await workbook(), { sheet: "汇总", charts: [bars] });
    const twice = addCharts(once, { sheet: "问题", charts: [bars] });
    expect(
      Object.keys(parts(twice))
        .filter((k) => /^xl\/(charts|drawings)\/[^/]+$/.test(k))
        .sort()
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
  });
});

describe("chartPartXml", () => {
  it("binds series to their ranges with cached values, escapes text, and puts ¥ on a money axis", () => {
    const xml = chartPartXml(bars);
    expect(xml).toContain("<c:f>'汇总'!$B$4:$B$5</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>120.5</c:v></c:pt>');
    expect(xml).toContain('<c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>第一学校</c:v>');
    expect(xml).toContain("各校收费 &lt;测试&gt; &amp; 合计");
    expect(xml).toContain('formatCode="&quot;¥&quot;#,##0"');
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<c:orientation val="maxMin"/>'); // largest first, at the top
  });

  it("writes a line of literal figures when the series has no range", () => {
    const xml = chartPartXml({
      ...bars,
      kind: "line",
      horizontal: false,
      money: false,
      categories: { values: ["5/4", "5/5"] },
      series: [{ name: "服务分钟", values: [600, 540] }],
    });
    expect(xml).toContain("<c:lineChart>");
    expect(xml).toContain("<c:strLit>");
    expect(xml).toContain("<c:numLit>");
    expect(xml).not.toContain("<c:legend>");
  });
});

describe("zip entries", () => {
  it("copies the parts it does not change as stored, byte for byte", async () => {
    const before = await workbook();
    const after = addCharts(before, { sheet: "汇总", charts: [bars] });
    const stored = (zip: Uint8Array) =>
      new Map(readZipEntries(zip).map((e) => [e.name, Buffer.from(e.raw)]));
    const a = stored(before);
    const b = stored(after);
    const same = [...a.keys()].filter((k) => b.get(k)?.equals(a.get(k)!));
    expect(same).toContain("xl/styles.xml");
    expect(same).not.toContain("xl/worksheets/sheet1.xml");
    expect(same.length).toBe(a.size - 3);
  });
});
