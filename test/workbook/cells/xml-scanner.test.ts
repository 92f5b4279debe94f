import { XmlScanner } from "../../../src/workbook/cells/xml-scanner";
import { attr, setAttr } from "../../../src/workbook/package/xml-text";

/** A scanner at the first tag of `xml`. */
function at(xml: string): XmlScanner {
  const s = new XmlScanner(xml);
  s.next();
  return s;
}

describe("the scanner's one reading of a tag's attributes", () => {
  const tag = `<sheet name = '甲&amp;乙' sheetId="3"\n\tstate='hidden' r:id="rId&#49;"/>`;

  it("reads single or double quotes, spaces around =, and references, the same every way", () => {
    const s = at(tag);
    expect([s.attr("name"), s.attr("sheetId"), s.attr("r:id"), s.attr("id")]).toEqual([
      "甲&乙",
      "3",
      "rId1",
      undefined,
    ]);
    expect(s.allAttrs()).toEqual([
      ["name", "甲&乙"],
      ["sheetId", "3"],
      ["state", "hidden"],
      ["r:id", "rId1"],
    ]);
    const span = s.attrSpan("state")!;
    expect(tag.slice(span.start, span.valueEnd + 1)).toBe("state='hidden'");
    expect(tag.slice(span.valueStart, span.valueEnd)).toBe("hidden");
  });

  it("reads an attribute written twice as its last, so the writer changes the one read", () => {
    const twice = '<c r="A1" s="1" s="2"/>';
    expect(at(twice).attr("s")).toBe("2");
    const changed = setAttr(twice, "s", "7");
    expect(changed).toBe('<c r="A1" s="1" s="7"/>');
    expect(attr(changed, "s")).toBe("7");
  });

  it("stops at an attribute list XML does not allow (a value without quotes)", () => {
    const s = at('<c r="A1" t=s s="2"/>');
    expect([s.attr("r"), s.attr("t"), s.attr("s")]).toEqual(["A1", undefined, undefined]);
    expect(s.allAttrs()).toEqual([["r", "A1"]]);
  });
});
