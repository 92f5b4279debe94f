import {
  readCellTag,
  readTightCell,
  type CellTag,
  type TightCell,
} from "../../../src/workbook/cells/cell-tag";

/** A `<c>` tag's attributes as read: column, reference, type and style, or false. */
function attributes(
  attrs: string
): false | (Omit<CellTag, "refStart" | "refEnd"> & { ref?: string }) {
  const xml = `<c ${attrs}>`;
  const tag: CellTag = { col: 0, refStart: -1, refEnd: -1, type: undefined, style: 0 };
  if (!readCellTag(xml, 2, xml.length - 1, tag)) return false;
  return {
    col: tag.col,
    type: tag.type,
    style: tag.style,
    ...(tag.refStart >= 0 ? { ref: xml.slice(tag.refStart, tag.refEnd) } : {}),
  };
}

describe("a cell tag's attributes", () => {
  it("reads r, t and s as every writer writes them", () => {
    expect(attributes('r="AB12" t="s" s="7"')).toEqual({
      col: 28,
      type: "s",
      style: 7,
      ref: "AB12",
    });
    expect(attributes('r="XFD1048576"')).toEqual({
      col: 16384,
      type: undefined,
      style: 0,
      ref: "XFD1048576",
    });
    expect(attributes('t="str"r="C3"')).toEqual({ col: 3, type: "str", style: 0, ref: "C3" });
  });

  it("reads the other ways XML allows them the same", () => {
    expect(attributes('r="$AB$12"')).toMatchObject({ col: 28, ref: "$AB$12" });
    expect(attributes('r="ab12"')).toMatchObject({ col: 28 });
    expect(attributes("r = 'C3'  s = '0012' t='n'")).toEqual({
      col: 3,
      type: "n",
      style: 12,
      ref: "C3",
    });
    expect(attributes('r="AAAAA1"')).toMatchObject({ col: 475_255 });
    expect(attributes('s="3x"')).toMatchObject({ style: 3 });
    expect(attributes('s="1234567890"')).toMatchObject({ style: 1_234_567_890 });
    expect(attributes('t=""')).toMatchObject({ type: "" });
    expect(attributes('x14ac:dyDescent="0.25" r="B2"')).toMatchObject({ col: 2 });
  });

  it("says false for a reference in a value, or a value not closed in the tag", () => {
    expect(attributes('r="A&#49;"')).toBe(false);
    expect(attributes('t="&#115;"')).toBe(false);
    expect(attributes('s="&#49;"')).toBe(false);
    expect(attributes('r="A1')).toBe(false);
  });
});

describe("a tight cell", () => {
  const read = (xml: string) => {
    const tag: CellTag = { col: 0, refStart: -1, refEnd: -1, type: undefined, style: 0 };
    const out: TightCell = { textStart: -1, textEnd: -1, end: 0 };
    return readTightCell(xml, 0, tag, out)
      ? {
          col: tag.col,
          text: out.textStart < 0 ? null : xml.slice(out.textStart, out.textEnd),
          end: out.end,
        }
      : false;
  };

  it("is read with its value's place and its end", () => {
    expect(read('<c r="B2" t="s"><v>12</v></c><c')).toEqual({ col: 2, text: "12", end: 29 });
    expect(read('<c r="B2" s="3"/>')).toEqual({ col: 2, text: null, end: 17 });
    expect(read("<c><v></v></c>")).toEqual({ col: 0, text: "", end: 14 });
  });

  it("is any other shape handed back: a formula, an inline string, a reference, a space, a prefix", () => {
    for (const xml of [
      '<c r="B2"><f>1</f><v>1</v></c>',
      '<c r="B2" t="inlineStr"><is><t>a</t></is></c>',
      '<c r="B2"><v>1&#48;</v></c>',
      '<c r="B2"><v>1</v> </c>',
      '<c r="B2"><v>1</v></x:c>',
      '<x:c r="B2"><v>1</v></x:c>',
      '<col min="1"/>',
      '<c r="B2" x="a>b"><v>1</v></c>',
      '<c r="B2"><v>1</v></c',
    ])
      expect(read(xml)).toBe(false);
  });
});
