import fc from "fast-check";
import { inflateSync } from "fflate";
import { nodeDeflate } from "../../../src/workbook/package/node-deflate";
import { crc32 } from "../../../src/workbook/package/crc32";
import { fflateDeflate } from "../../../src/workbook/package/deflate-part";

describe("nodeDeflate (zlib, for the copy's new parts in Node)", () => {
  it("deflates to what inflates back, with the CRC-32 fflate's path computes", () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 5000 }),
      fc.string({ unit: "grapheme", maxLength: 3000 }).map((s) => new TextEncoder().encode(s))
    );
    fc.assert(
      fc.property(content, fc.constantFrom(1, 6), (data, level) => {
        const node = nodeDeflate(data, level);
        expect(inflateSync(node.raw)).toEqual(data);
        expect(node.crc).toBe(crc32(data));
        expect(node.crc).toBe(fflateDeflate(data, level).crc);
      })
    );
  });

  it("takes a sheet's worth of XML", () => {
    const xml = new TextEncoder().encode(
      Array.from({ length: 20000 }, (_, i) => `<c r="A${i}"><v>${i}</v></c>`).join("")
    );
    const node = nodeDeflate(xml, 1);
    expect(inflateSync(node.raw)).toEqual(xml);
    expect(node.crc).toBe(crc32(xml));
  });
});
