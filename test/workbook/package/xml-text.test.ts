import fc from "fast-check";
import { xmlEscape, xmlEscapeFully } from "../../../src/workbook/package/xml-text";

describe("xmlEscape", () => {
  it("escapes the specials and drops what XML 1.0 cannot carry", () => {
    expect(xmlEscape(`a&b<c>"d'\u0001\ufffe`)).toBe("a&amp;b&lt;c&gt;&quot;d'");
    expect(xmlEscape("学生12 三年级2班")).toBe("学生12 三年级2班");
  });

  it("returns text with nothing to escape as it is (fast path = plain path)", () => {
    const special = fc.constantFrom(
      "&",
      "<",
      ">",
      '"',
      "'",
      "\u0000",
      "\t",
      "\n",
      "\u001f",
      "\ufffe",
      "\uffff",
      "学"
    );
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 20 }),
      fc
        .array(fc.oneof(special, fc.string({ maxLength: 3 })), { maxLength: 8 })
        .map((a) => a.join(""))
    );
    fc.assert(
      fc.property(text, (t) => expect(xmlEscape(t)).toBe(xmlEscapeFully(t))),
      {
        numRuns: 2000,
      }
    );
  });
});
