import { lateMark, lateSchool, markedCopy, notesText } from "../../support/marked-copy";
import { hasLibreOffice, libreOfficeResaved } from "../../support/libreoffice";
import { describeWhen } from "../../support/needs";
import { partsOf, text } from "../../support/package-parts";
import { partText, repackage } from "../../support/repackage";

const SHEET = "xl/worksheets/sheet1.xml";
const SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels";

/** A school sheet without notes of its own, so Kehou's notes get parts of their own. */
const school = () => lateSchool();

const resolve = (from: string, target: string) => {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const p of target.split("/"))
    if (p === "..") parts.pop();
    else if (p && p !== ".") parts.push(p);
  return parts.join("/");
};

/**
 * What in a package points at nothing (read by fflate and plain patterns, not by Kehou): an
 * Override of a part that is not there, a relationship to a missing part, a rels part of a
 * missing part, an `r:id` in a sheet that its rels do not have.
 */
function dangling(bytes: Uint8Array): string[] {
  const parts = partsOf(bytes);
  const wrong: string[] = [];
  const types = text(parts.get("[Content_Types].xml")!);
  for (const [, name] of types.matchAll(/<Override[^>]*PartName="\/([^"]+)"/g))
    if (!parts.has(name)) wrong.push(`Override ${name}`);
  for (const [rels, data] of parts) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    if (source && !parts.has(source)) wrong.push(`rels of missing ${source}`);
    for (const [tag] of text(data).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(tag)) continue;
      const target = resolve(source, /Target="([^"]*)"/.exec(tag)![1]);
      if (!parts.has(target)) wrong.push(`${rels} → ${target}`);
    }
  }
  for (const [name, data] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const rels = parts.get(name.replace(/([^/]+)$/, "_rels/$1.rels"));
    const ids = new Set(
      [...text(rels ?? new Uint8Array()).matchAll(/\bId="([^"]+)"/g)].map((x) => x[1])
    );
    for (const [, id] of text(data).matchAll(/\br:id="([^"]+)"/g))
      if (!ids.has(id)) wrong.push(`${name} r:id ${id}`);
  }
  return wrong;
}

/**
 * Kehou's marked copy as Excel saves it again: relationships numbered rId1…, the notes part
 * and drawing renamed, and a hyperlink the school added on the sheet meanwhile.
 */
function excelResaved(bytes: Uint8Array): Uint8Array {
  return repackage(bytes, (parts) => {
    const comments = partText(parts, "xl/comments1.xml");
    const vml = partText(parts, "xl/drawings/vmlDrawing1.vml");
    parts.delete("xl/comments1.xml");
    parts.delete("xl/drawings/vmlDrawing1.vml");
    parts.set("xl/comments3.xml", comments);
    parts.set("xl/drawings/vmlDrawing3.vml", vml);
    parts.set(
      "[Content_Types].xml",
      partText(parts, "[Content_Types].xml").replace("/xl/comments1.xml", "/xl/comments3.xml")
    );
    parts.set(
      SHEET_RELS,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments3.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing3.vml"/>' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.edu.cn/" TargetMode="External"/>' +
        "</Relationships>"
    );
    parts.set(
      SHEET,
      partText(parts, SHEET).replace(
        '<legacyDrawing r:id="rIdKehouVml"/>',
        '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><legacyDrawing r:id="rId2"/>'
      )
    );
  });
}

describe("Kehou's own notes parts on a copy another program saved again", () => {
  it("come out whole with Excel's ids and names, the school's hyperlink and its relationship kept", async () => {
    const original = await school();
    const resaved = excelResaved(await markedCopy(original, [lateMark("B3"), lateMark("C3")]));
    const out = await markedCopy(resaved, []);
    const parts = partsOf(out);
    expect(dangling(out)).toEqual([]);
    expect(notesText(out)).toBe("");
    expect(text(parts.get(SHEET)!)).not.toContain("legacyDrawing");
    expect(text(parts.get(SHEET)!)).toContain('<hyperlink ref="A1" r:id="rId1"/>');
    expect(text(parts.get(SHEET_RELS)!)).toContain("https://example.edu.cn/");
    expect(text(parts.get(SHEET_RELS)!)).not.toContain("comments");
    expect(text(parts.get("[Content_Types].xml")!)).not.toContain("comments");
  });

  it("are replaced, not doubled, when a re-run marks again", async () => {
    const resaved = excelResaved(
      await markedCopy(await school(), [lateMark("B3"), lateMark("C3")])
    );
    const out = await markedCopy(resaved, [lateMark("C3")]);
    expect(dangling(out)).toEqual([]);
    expect(notesText(out).match(/超时/g)).toHaveLength(1);
    expect(text(partsOf(out).get(SHEET)!).match(/<legacyDrawing/g)).toHaveLength(1);
  });

  it("give the school's sheet back as it was when nothing was saved again", async () => {
    const original = await school();
    const out = await markedCopy(await markedCopy(original, [lateMark("B3")]), []);
    expect(text(partsOf(out).get(SHEET)!)).toBe(text(partsOf(original).get(SHEET)!));
    expect(partsOf(out).has(SHEET_RELS)).toBe(false);
    expect(dangling(out)).toEqual([]);
  });

  it("keep a note the school added in Kehou's notes part, with its drawing", async () => {
    const resaved = repackage(
      excelResaved(await markedCopy(await school(), [lateMark("B3")])),
      (parts) => {
        const c = partText(parts, "xl/comments3.xml");
        parts.set(
          "xl/comments3.xml",
          c
            .replace("<author>Kehou</author>", "<author>Kehou</author><author>王老师</author>")
            .replace(
              "</commentList>",
              '<comment ref="A2" authorId="1"><text><r><t>转学</t></r></text></comment></commentList>'
            )
        );
        const v = partText(parts, "xl/drawings/vmlDrawing3.vml");
        const box = /<v:shape [\s\S]*?<\/v:shape>/.exec(v)![0];
        const school = box
          .replace(/_x0000_s\d+/, "_x0000_s1026")
          .replace(
            "<x:Row>2</x:Row><x:Column>1</x:Column>",
            "<x:Row>1</x:Row><x:Column>0</x:Column>"
          );
        parts.set("xl/drawings/vmlDrawing3.vml", v.replace("</xml>", `${school}</xml>`));
      }
    );
    const out = await markedCopy(resaved, []);
    expect(dangling(out)).toEqual([]);
    const notes = notesText(out);
    expect(notes).toContain("转学");
    expect(notes).not.toContain("超时");
    expect(notes.match(/<v:shape /g)).toHaveLength(1);
    expect(text(partsOf(out).get(SHEET)!)).toContain("<legacyDrawing");
  });
});

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "Kehou's own notes parts on a copy LibreOffice saved again",
  () => {
    jest.setTimeout(240_000);

    it("come out once the data is fixed, and a re-run's notes show when LibreOffice opens the copy", async () => {
      const resaved = libreOfficeResaved(
        await markedCopy(await school(), [lateMark("B3"), lateMark("C3")])
      );
      expect(notesText(resaved)).toContain("超时");
      const fixed = await markedCopy(resaved, []);
      expect(dangling(fixed)).toEqual([]);
      expect(notesText(fixed)).toBe("");
      expect(text(partsOf(fixed).get(SHEET)!)).not.toContain("legacyDrawing");
      const again = await markedCopy(resaved, [lateMark("C3")]);
      expect(dangling(again)).toEqual([]);
      expect(notesText(again).match(/超时/g)).toHaveLength(1);
      // LibreOffice, opening the re-run's copy, finds the one note and writes it out again.
      expect(notesText(libreOfficeResaved(again)).match(/超时/g)).toHaveLength(1);
    });
  }
);
