import fc from "fast-check";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { addRelationship, readRelationships } from "../../../src/workbook/package/relationships";
import {
  appendToRoot,
  rootAttrs,
  setAttr,
  splitElement,
  UnsupportedPackage,
  xmlEscape,
} from "../../../src/workbook/package/xml-text";
import { miniPackage, worksheet } from "../../support/mini-package";

const DECODED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
// eslint-disable-next-line no-control-regex
const CANNOT_CARRY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

describe("xmlEscape", () => {
  it("escapes the specials and drops what XML 1.0 cannot carry", () => {
    expect(xmlEscape(`a&b<c>"d'\u0001\ufffe`)).toBe("a&amp;b&lt;c&gt;&quot;d'");
    expect(xmlEscape("学生12 三年级2班")).toBe("学生12 三年级2班");
  });

  it("gives back exactly the text, less what XML cannot carry, when its entities are decoded", () => {
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
      fc.property(text, (t) => {
        const escaped = xmlEscape(t);
        expect(escaped).not.toMatch(/[<>"]/);
        const decoded = escaped.replace(/&(amp|lt|gt|quot);/g, (_, e: string) => DECODED[e]);
        expect(decoded).toBe(t.replace(CANNOT_CARRY, ""));
      }),
      {
        numRuns: 2000,
      }
    );
  });
});

describe("setAttr", () => {
  it("changes a value in place, keeping its quotes and the rest of the tag", () => {
    expect(setAttr(`<c r='B2' s = '1' t="n"><v>5</v></c>`, "s", "7")).toBe(
      `<c r='B2' s = '7' t="n"><v>5</v></c>`
    );
    expect(setAttr(`<c r="B2" s="1">`, "s", `a"b`)).toBe(`<c r="B2" s="a&quot;b">`);
    expect(setAttr(`<c r='B2' s='1'>`, "s", `a'b`)).toBe(`<c r='B2' s='a&apos;b'>`);
  });

  it("adds a missing one after the attribute asked for, else after the name, and takes one out with its space", () => {
    expect(setAttr(`<c r = "B2" t='s'/>`, "s", "3", "r")).toBe(`<c r = "B2" s="3" t='s'/>`);
    expect(setAttr(`<c t='s'/>`, "s", "3", "r")).toBe(`<c s="3" t='s'/>`);
    expect(setAttr(`<c r='B2'  s = '3'/>`, "s", null)).toBe(`<c r='B2'/>`);
    expect(setAttr(`<c r='B2'/>`, "s", null)).toBe(`<c r='B2'/>`);
  });

  it("leaves a > inside another value alone", () => {
    expect(setAttr(`<c note='a>b' s="1"/>`, "s", "2")).toBe(`<c note='a>b' s="2"/>`);
  });
});

describe("reading a part's structure by the scanner", () => {
  const part =
    `<?xml version="1.0"?>\n<!-- <worksheet> --><x:worksheet xmlns:x = 'urn:main' xmlns:rel="urn:r&amp;s" note='a>b'>` +
    `<x:dimension ref='A1'/><x:cols><x:col min = '1' max='2'/></x:cols><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>`;

  it("gives the root's attributes decoded, in the order written", () => {
    expect(rootAttrs(part)).toEqual([
      ["xmlns:x", "urn:main"],
      ["xmlns:rel", "urn:r&s"],
      ["note", "a>b"],
    ]);
  });

  it("finds a child by its local name, and stops at the one it must come before", () => {
    expect(splitElement(part, "cols")?.tag).toBe("<x:cols>");
    expect(splitElement(part, "cols", "dimension")).toBeUndefined();
    expect(splitElement(part, "rowBreaks", "sheetData")).toBeUndefined();
  });

  it("splits an element into its tag and children as written", () => {
    const cols = splitElement(part, "cols")!;
    expect(cols.tag).toBe("<x:cols>");
    expect(cols.children.map((c) => [c.name, c.text])).toEqual([
      ["col", "<x:col min = '1' max='2'/>"],
    ]);
    expect(splitElement("<a><b>")).toBeUndefined();
  });
});

describe("appending to a part's root", () => {
  it("goes before the root's own closing tag, not one a comment or CDATA names first", () => {
    const rels = `<?xml version="1.0"?>\n<Relationships><!-- </Relationships> --><Relationship Id="rId1"/></Relationships>`;
    expect(appendToRoot(rels, `<Relationship Id="rId2"/>`)).toBe(
      `<?xml version="1.0"?>\n<Relationships><!-- </Relationships> --><Relationship Id="rId1"/><Relationship Id="rId2"/></Relationships>`
    );
  });

  it("leaves a root with no body, or text that is not XML, to be saved again whole", () => {
    expect(() => appendToRoot(`<Types/>`, "<Default/>")).toThrow(UnsupportedPackage);
    expect(() => appendToRoot(`学号,姓名`, "<Default/>")).toThrow(UnsupportedPackage);
  });
});

describe("a relationship added to rels with a comment naming its end", () => {
  it("is a relationship the package reads, not text inside the comment", () => {
    const pkg = OpcPackage.read(miniPackage(worksheet("<sheetData/>")));
    const rels = "xl/_rels/workbook.xml.rels";
    pkg.set(
      rels,
      pkg.text(rels)!.replace("><Relationship ", "><!-- </Relationships> --><Relationship ")
    );
    addRelationship(pkg, "xl/workbook.xml", { id: "rId7", type: "t", target: "x.xml" });
    expect(readRelationships(pkg, "xl/workbook.xml").map((r) => r.id)).toContain("rId7");
  });
});
