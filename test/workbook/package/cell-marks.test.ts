import { strFromU8, unzipSync } from "fflate";
import { NOTES_CAP, type CellMark } from "../../../src/jobs/workbook-port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import {
  applyMarks,
  marksOnSchoolNotes,
  restoreMarks,
} from "../../../src/workbook/package/cell-marks";
import type { MarkRecord } from "../../../src/workbook/mark-record";
import { pruneOverrides } from "../../../src/workbook/package/content-types";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { StylesAppender } from "../../../src/workbook/package/styles-append";
import { sheetEntries } from "../../../src/workbook/package/workbook-index";
import { miniPackage, worksheet } from "../../support/mini-package";

const SHEET = "xl/worksheets/sheet1.xml";
const RELS = "xl/worksheets/_rels/sheet1.xml.rels";
const mark = (cell: string, note = `${cell} 有问题`): CellMark => ({
  sheet: "考勤",
  cell,
  severity: "error",
  note,
});

/** Marks a package, then takes the marks out again as a re-run does, from the JSON record. */
function markAndRestore(bytes: Uint8Array, marks: readonly CellMark[]) {
  const pkg = OpcPackage.read(bytes);
  const before = new Map(pkg.names().map((n) => [n, pkg.text(n)]));
  const styles = new StylesAppender(pkg.text("xl/styles.xml")!);
  const { records, kept } = applyMarks(pkg, styles, sheetEntries(pkg), marks);
  const marked = new Map(pkg.names().map((n) => [n, pkg.text(n)!]));
  const saved = JSON.parse(JSON.stringify(records)) as MarkRecord[];
  pruneOverrides(pkg, restoreMarks(pkg, sheetEntries(pkg), saved));
  const after = new Map(pkg.names().map((n) => [n, pkg.text(n)]));
  return { before, marked, after, records, kept, styles: styles.toString() };
}

const rows =
  `<cols><col min="3" max="3" width="9" style="2" customWidth="1"/></cols>` +
  `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>学号</t></is></c></row>` +
  `<row r="2"><c r="A2" s="1"><v>45000</v></c><c r="D2"><v>3</v></c></row></sheetData>`;

describe("highlighting cells never typed in", () => {
  const bytes = miniPackage(worksheet(`${rows}<pageMargins left="0.7"/>`));

  it("gives them an element in their column's format plus the fill, and takes it out on a re-run", () => {
    const { before, marked, after, records } = markAndRestore(bytes, [
      mark("A2"),
      mark("C2"),
      mark("B5"),
    ]);
    const sheet = marked.get(SHEET)!;
    // C2 takes column C's format (2), A2 keeps its own (1), each with the fill added
    expect(sheet).toContain(
      `<c r="A2" s="3"><v>45000</v></c><c r="C2" s="4"/><c r="D2"><v>3</v></c>`
    );
    expect(sheet).toContain(`</row><row r="5"><c r="B5" s="5"/></row></sheetData>`);
    expect(records).toEqual(
      expect.arrayContaining([
        { sheet: "考勤", cell: "A2", fill: "none", s: "1" },
        { sheet: "考勤", cell: "C2", fill: "none", s: null, absent: true },
        { sheet: "考勤", cell: "B5", fill: "none", s: null, absent: true, row: "" },
      ])
    );
    expect(after).toEqual(before);
  });

  it("merges two findings on one cell: the worse colour, both notes", () => {
    const { marked, styles } = markAndRestore(bytes, [
      { ...mark("D2", "一"), severity: "warning" },
      mark("D2", "二"),
    ]);
    expect(marked.get("xl/comments1.xml")).toContain("Kehou：一\n二");
    expect(styles).toContain('rgb="FFFFC7CE"');
    expect(styles).not.toContain('rgb="FFFFEB9C"');
  });
});

describe("highlighting a sheet with a data bar", () => {
  it("puts the notes' drawing among the sheet's own elements, never inside the rule's extLst", () => {
    // Excel 2010 and later write a data bar's extension inside its <cfRule>.
    const dataBar =
      `<conditionalFormatting sqref="D2"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>` +
      `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{00000000-0001-0000-0000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting>`;
    const bytes = miniPackage(worksheet(`${rows}${dataBar}<pageMargins left="0.7"/>`));
    const { before, marked, after } = markAndRestore(bytes, [mark("D2")]);
    expect(marked.get(SHEET)).toContain(
      `</cfRule></conditionalFormatting><pageMargins left="0.7"/><legacyDrawing r:id="rIdKehouVml"/></worksheet>`
    );
    expect(after).toEqual(before);
  });
});

describe("highlighting a sheet in prefixed SpreadsheetML", () => {
  it("notes it in the sheet's prefix, and takes the notes out byte for byte", () => {
    const prefixed =
      `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<x:sheetData><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row></x:sheetData><x:pageMargins left="0.7"/></x:worksheet>`;
    const { before, marked, after } = markAndRestore(miniPackage(prefixed), [mark("A2")]);
    expect(marked.get(SHEET)).toContain(
      `<x:pageMargins left="0.7"/><x:legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdKehouVml"/></x:worksheet>`
    );
    expect(marked.get("xl/comments1.xml")).toContain('<comment ref="A2"');
    expect(after).toEqual(before);
  });
});

describe("highlighting cells written in single quotes, with spaces around =", () => {
  it("gives the cell one s, and puts its own back byte for byte", () => {
    const quoted = `<sheetData><row r='2'><c r = 'A2' s = '1'><v>45000</v></c><c r='D2'><v>3</v></c></row></sheetData>`;
    const { before, marked, after } = markAndRestore(miniPackage(worksheet(quoted)), [
      mark("A2"),
      mark("D2"),
    ]);
    expect(marked.get(SHEET)).toContain(`<c r = 'A2' s = '3'><v>45000</v></c><c r='D2' s="4">`);
    expect(after).toEqual(before);
  });
});

describe("highlighting a sheet that has notes of its own", () => {
  const comments =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<authors><author>教务处</author></authors><commentList><comment ref="A2" authorId="0"><text><t>学校的批注</t></text></comment></commentList></comments>`;
  const vml =
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"/>` +
    `<v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`;
  const rels = (withComments: boolean) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    (withComments
      ? `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>`
      : "") +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;
  const sheet = worksheet(`${rows}<pageMargins left="0.7"/><legacyDrawing r:id="rId2"/>`);
  const school = miniPackage(sheet, {
    [RELS]: rels(true),
    "xl/comments1.xml": comments,
    "xl/drawings/vmlDrawing1.vml": vml,
  });

  it("adds Kehou's notes after the school's, keeps a school note on a marked cell, and takes out only Kehou's", () => {
    const { before, marked, after, kept } = markAndRestore(school, [mark("A2"), mark("D2")]);
    expect(kept.map((m) => m.cell)).toEqual(["A2"]);
    const notes = marked.get("xl/comments1.xml")!;
    expect(notes).toContain(
      `<authors><author>教务处</author><author>Kehou</author></authors><commentList><comment ref="A2" authorId="0"><text><t>学校的批注</t></text></comment><comment ref="D2" authorId="1">`
    );
    expect(notes.match(/<comment /g)).toHaveLength(2);
    const drawing = marked.get("xl/drawings/vmlDrawing1.vml")!;
    expect(drawing.startsWith(vml.slice(0, -"</xml>".length))).toBe(true);
    expect(drawing).toContain(`<x:Row>1</x:Row><x:Column>3</x:Column>`);
    expect(drawing.match(/<v:shapetype /g)).toHaveLength(1);
    expect(marked.get(SHEET)).toContain(`<legacyDrawing r:id="rId2"/></worksheet>`);
    expect(after).toEqual(before);
  });

  it("keeps a school note whose ref is written in lower case and adds no second note on its cell", () => {
    const pkg = miniPackage(sheet, {
      [RELS]: rels(true),
      "xl/comments1.xml": comments.replace('ref="A2"', 'ref="a2"'),
      "xl/drawings/vmlDrawing1.vml": vml,
    });
    const { marked, kept } = markAndRestore(pkg, [mark("A2"), mark("D2")]);
    expect(kept.map((m) => m.cell)).toEqual(["A2"]);
    const notes = marked.get("xl/comments1.xml")!;
    expect(notes.match(/<comment /g)).toHaveLength(2);
    expect(notes).not.toContain("A2 有问题");
  });

  it("takes Kehou's notes out of a part a host saved again, keeping the school's later author's number", () => {
    const pkg = OpcPackage.read(school);
    const styles = new StylesAppender(pkg.text("xl/styles.xml")!);
    const { records } = applyMarks(pkg, styles, sheetEntries(pkg), [mark("D2")]);
    // As Excel saves it once a teacher added a note: attributes its own way, a third author.
    const resaved = pkg
      .text("xl/comments1.xml")!
      .replace("<author>Kehou</author>", "<author>Kehou</author><author>张老师</author>")
      .replace(/<comment ref="D2" authorId="1">/, `<comment authorId='1' ref='D2' shapeId="0">`)
      .replace(
        "</commentList>",
        `<comment ref="A5" authorId="2"><text><t>老师的批注</t></text></comment></commentList>`
      );
    pkg.set("xl/comments1.xml", resaved);
    const saved = JSON.parse(JSON.stringify(records)) as MarkRecord[];
    restoreMarks(pkg, sheetEntries(pkg), saved);
    const notes = pkg.text("xl/comments1.xml")!;
    expect(notes).not.toContain("D2 有问题");
    expect(notes).toContain("学校的批注");
    const authors = [...notes.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
    expect(authors[2]).toBe("张老师");
    expect(pkg.text("xl/drawings/vmlDrawing1.vml")).not.toContain("<x:Column>3</x:Column>");
    applyMarks(pkg, new StylesAppender(pkg.text("xl/styles.xml")!), sheetEntries(pkg), [
      mark("D2"),
    ]);
    const again = pkg.text("xl/comments1.xml")!;
    expect(again.match(/<author>Kehou<\/author>/g)).toHaveLength(1);
    expect(again).toContain(`<comment ref="D2" authorId="1">`);
  });

  it("appends to a drawing whose namespaces are declared with spaces around = and single quotes", () => {
    const spaced = vml
      .replace(
        `xmlns:v="urn:schemas-microsoft-com:vml"`,
        `xmlns:v = 'urn:schemas-microsoft-com:vml'`
      )
      .replace(`id="_x0000_t202"`, `id = '_x0000_t202'`);
    const pkg = miniPackage(sheet, {
      [RELS]: rels(true),
      "xl/comments1.xml": comments,
      "xl/drawings/vmlDrawing1.vml": spaced,
    });
    const { marked, after, before } = markAndRestore(pkg, [mark("D2")]);
    const drawing = marked.get("xl/drawings/vmlDrawing1.vml")!;
    expect(drawing).toContain(`<x:Row>1</x:Row><x:Column>3</x:Column>`);
    expect(drawing.match(/<v:shapetype /g)).toHaveLength(1);
    expect(after).toEqual(before);
  });

  it("gives a sheet whose drawing has no notes part a notes part of Kehou's", () => {
    const controls = miniPackage(sheet, {
      [RELS]: rels(false),
      "xl/drawings/vmlDrawing1.vml": vml,
    });
    const { before, marked, after, kept } = markAndRestore(controls, [mark("A2")]);
    expect(kept).toEqual([]);
    expect(marked.get(RELS)).toContain('Id="rIdKehouNotes"');
    expect(marked.get("xl/comments1.xml")).toContain('<comment ref="A2" authorId="0">');
    expect(after).toEqual(before);
  });

  it("says which marks fall on the school's notes, whatever an earlier run left", () => {
    const pkg = OpcPackage.read(school);
    const styles = new StylesAppender(pkg.text("xl/styles.xml")!);
    const { records } = applyMarks(pkg, styles, sheetEntries(pkg), [mark("D2")]);
    const marks = [mark("A2"), mark("D2"), { ...mark("A2"), sheet: "别的表" }];
    expect(marksOnSchoolNotes(pkg, records, marks).map((m) => m.cell)).toEqual(["A2"]);
  });
});

describe("unmarking after a re-save that renumbered styles.xml (LibreOffice, WPS)", () => {
  const STYLES = "xl/styles.xml";
  /** A school whose A2 is text (@) with its own fill (fill 2), format 3. */
  const school = (fill: string) => {
    const pkg = OpcPackage.read(
      miniPackage(worksheet(`<sheetData><row r="2"><c r="A2" s="3"><v>1</v></c></row></sheetData>`))
    );
    pkg.set(
      STYLES,
      pkg
        .text(STYLES)!
        .replace('<fills count="2">', '<fills count="3">')
        .replace("</fills>", `<fill><patternFill ${fill}</patternFill></fill></fills>`)
        .replace('<cellXfs count="3">', '<cellXfs count="4">')
        .replace(
          "</cellXfs>",
          '<xf numFmtId="49" fontId="0" fillId="2" borderId="0" applyNumberFormat="1" applyFill="1"/></cellXfs>'
        )
    );
    return pkg;
  };

  /** Marks A2, then moves the marked format to index 1 and the rest down, as a re-save may. */
  function markedAndRenumbered(pkg: OpcPackage) {
    const styles = new StylesAppender(pkg.text(STYLES)!);
    const { records } = applyMarks(pkg, styles, sheetEntries(pkg), [mark("A2")]);
    pkg.set(STYLES, styles.toString());
    const xfs = styles.items("cellXfs", "xf");
    const marked = Number(/s="(\d+)"/.exec(pkg.text(SHEET)!)![1]);
    const order = [0, marked, ...xfs.keys()].filter((i, at, all) => all.indexOf(i) === at);
    const text = pkg.text(STYLES)!;
    pkg.set(
      STYLES,
      text.replace(/<cellXfs[^>]*>[\s\S]*<\/cellXfs>/, () => {
        return `<cellXfs count="${order.length}">${order.map((i) => xfs[i]).join("")}</cellXfs>`;
      })
    );
    pkg.set(SHEET, pkg.text(SHEET)!.replace(/s="\d+"/, `s="${order.indexOf(marked)}"`));
    return JSON.parse(JSON.stringify(records)) as MarkRecord[];
  }

  /** The fill and number format A2 shows after unmarking with the styles as they are now. */
  function unmarkedA2(pkg: OpcPackage, records: MarkRecord[]) {
    const styles = new StylesAppender(pkg.text(STYLES)!);
    restoreMarks(pkg, sheetEntries(pkg), records, styles);
    const s = Number(/<c r="A2" s="(\d+)"/.exec(pkg.text(SHEET)!)![1]);
    const xf = styles.items("cellXfs", "xf")[s];
    const fill = styles.items("fills", "fill")[Number(/fillId="(\d+)"/.exec(xf)![1])];
    return { numFmt: /numFmtId="(\d+)"/.exec(xf)![1], fill };
  }

  it("gives a cell its own solid fill and text format back, not the format its old index means now", () => {
    const pkg = school('patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/>');
    const records = markedAndRenumbered(pkg);
    expect(unmarkedA2(pkg, records)).toEqual({
      numFmt: "49",
      fill: '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>',
    });
  });

  it("gives a cell its own theme-colour pattern back", () => {
    const pkg = school('patternType="darkGray"><fgColor theme="4" tint="0.39997558519241921"/>');
    const records = markedAndRenumbered(pkg);
    expect(records[0]).toMatchObject({
      pattern: { type: "darkGray", fg: { theme: 4, tint: 0.39997558519241921 } },
    });
    expect(unmarkedA2(pkg, records)).toEqual({
      numFmt: "49",
      fill: '<fill><patternFill patternType="darkGray"><fgColor theme="4" tint="0.3999755851924192"/></patternFill></fill>',
    });
  });

  it("leaves a cell whose fill the school changed since as the school has it", () => {
    const pkg = school('patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/>');
    const records = markedAndRenumbered(pkg);
    pkg.set(SHEET, pkg.text(SHEET)!.replace(/<c r="A2" s="\d+"/, '<c r="A2" s="2"'));
    expect(unmarkedA2(pkg, records).numFmt).toBe("14");
  });

  it("still puts back the exact old index when nothing renumbered it", () => {
    const pkg = school('patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/>');
    const styles = new StylesAppender(pkg.text(STYLES)!);
    const { records } = applyMarks(pkg, styles, sheetEntries(pkg), [mark("A2")]);
    restoreMarks(pkg, sheetEntries(pkg), records, styles);
    expect(pkg.text(SHEET)).toContain('<c r="A2" s="3"><v>1</v></c>');
  });
});

describe("a workbook with more marks than notes a file can carry", () => {
  it("notes the first NOTES_CAP cells, colours the rest, says which, and keeps the record compact", async () => {
    const rowsXml = Array.from(
      { length: 1300 },
      (_, r) =>
        `<row r="${r + 2}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 2}"><v>1</v></c>`).join("")}</row>`
    ).join("");
    const bytes = miniPackage(worksheet(`<sheetData>${rowsXml}</sheetData>`));
    const marks = Array.from({ length: 1300 * 10 }, (_, i) =>
      mark(`${String.fromCharCode(65 + (i % 10))}${Math.floor(i / 10) + 2}`, "签退晚于 18:00")
    );
    const told = marksOnSchoolNotes(OpcPackage.read(bytes), [], marks);
    expect(told).toHaveLength(marks.length - NOTES_CAP);
    expect(told.every((m) => m.unnoted === "too-many")).toBe(true);
    expect(told[0].cell).toBe(marks[NOTES_CAP].cell);

    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await wb.readSheets();
    await wb.markCells(marks);
    const out = unzipSync(await wb.toBuffer());
    const comments = strFromU8(out["xl/comments1.xml"]);
    expect(comments.match(/<comment /g)).toHaveLength(NOTES_CAP);
    // The record: a line a cell, its JSON without &quot; (about 100 bytes a line).
    const record = Object.entries(out).find(
      ([n, d]) => n.startsWith("xl/worksheets/") && strFromU8(d).includes("Kehou 标记记录")
    )!;
    expect(strFromU8(record[1])).not.toContain("&quot;");
    expect(record[1].length / marks.length).toBeLessThan(130);
    // Every mark comes off again, notes and all.
    const again = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    await again.readSheets();
    await again.markCells([]);
    const clean = unzipSync(await again.toBuffer());
    expect(Object.keys(clean).some((n) => n.includes("comments"))).toBe(false);
    expect(strFromU8(clean["xl/worksheets/sheet1.xml"])).toBe(
      strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"])
    );
  });
});
