import fc from "fast-check";
import { Utf8Builder } from "../../../src/workbook/package/utf8-builder";

describe("Utf8Builder", () => {
  it("writes the bytes TextEncoder gives for the pieces joined", () => {
    const piece = fc.oneof(
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom('<c r="A1">', "学生12", "😀", "\ud800", "\udc00x", "é")
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }),
        fc.integer({ min: 1, max: 64 }),
        (pieces, size) => {
          // A lone surrogate at the end of one piece and the start of the next is no pair.
          fc.pre(
            pieces.every(
              (p, i) =>
                i === 0 || !/[\ud800-\udbff]$/.test(pieces[i - 1]) || !/^[\udc00-\udfff]/.test(p)
            )
          );
          const b = new Utf8Builder(size);
          for (const p of pieces) b.add(p);
          expect(Buffer.from(b.bytes())).toEqual(
            Buffer.from(new TextEncoder().encode(pieces.join("")))
          );
        }
      )
    );
  });
});
