import { REL } from "../../../src/workbook/package/namespaces";
import { relatedPart, type Relationship } from "../../../src/workbook/package/relationships";

const rel = (type: string, target: string, external = false): Relationship => ({
  id: "rId1",
  type,
  target,
  external,
  ...(external ? {} : { part: `xl/${target}` }),
});

describe("relatedPart", () => {
  it("is the part of the first internal relationship of the type", () => {
    const rels = [
      rel(REL.styles, "a.xml"),
      rel(REL.sharedStrings, "s.xml"),
      rel(REL.styles, "b.xml"),
    ];
    expect(relatedPart(rels, REL.styles)).toBe("xl/a.xml");
    expect(relatedPart(rels, REL.sharedStrings)).toBe("xl/s.xml");
  });

  it("passes over external links and empty targets", () => {
    const rels = [
      rel(REL.sharedStrings, "http://example.com/s.xml", true),
      rel(REL.sharedStrings, ""),
      rel(REL.sharedStrings, "strings.xml"),
    ];
    expect(relatedPart(rels, REL.sharedStrings)).toBe("xl/strings.xml");
  });

  it("is undefined without one of that type, a type merely ending like it included", () => {
    expect(relatedPart([rel("http://example.com/x/styles", "x.xml")], REL.styles)).toBeUndefined();
    expect(relatedPart([], REL.theme)).toBeUndefined();
  });
});
