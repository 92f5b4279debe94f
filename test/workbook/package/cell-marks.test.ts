import type { CellMark } from "../../../src/jobs/workbook-port";
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
