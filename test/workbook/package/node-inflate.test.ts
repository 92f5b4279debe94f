import fc from "fast-check";
import { deflateSync, zipSync } from "fflate";
import { nodeInflate } from "../../../src/workbook/package/node-inflate";
import { fflateInflate } from "../../../src/workbook/package/inflate-part";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { readZipEntries } from "../../../src/workbook/package/zip-read";
import { declaring } from "../../support/city-fixtures";
import { generateSchool, gridsToXlsx } from "../../support/generate-school";

describe("nodeInflate (zlib, for the zip reader in Node)", () => {
  it("inflates to the very bytes fflate's inflater gives", () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 5000 }),
      fc.string({ unit: "grapheme", maxLength: 3000 }).map((s) => new TextEncoder().encode(s))
    );
    fc.assert(
      fc.property(content, (data) => {
        const raw = deflateSync(data);
        const node = nodeInflate(raw, data.length, true);
        expect(node).toEqual(fflateInflate(raw, data.length, true));
        expect(Buffer.from(node as Uint8Array).equals(Buffer.from(data))).toBe(true);
      })
    );
  });

  it("stops at the limit: 40 MB of zeros allowed 1,000 bytes count as 1,001", () => {
    const raw = deflateSync(new Uint8Array(40 * 1024 * 1024));
    expect(nodeInflate(raw, 1000, true)).toBe(1001);
    expect(fflateInflate(raw, 1000, true)).toBe(1001);
  });

  it("says data that is not DEFLATE, or is cut short, is not", () => {
    const raw = deflateSync(new TextEncoder().encode("<c><v>1</v></c>".repeat(2000)));
    expect(nodeInflate(raw.subarray(0, raw.length - 5), 1 << 20, true)).toBeUndefined();
    expect(nodeInflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100, true)).toBeUndefined();
    expect(fflateInflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100, true)).toBeUndefined();
  });

  it("reads an empty stream as an empty part, as fflate does", () => {
    expect(nodeInflate(new Uint8Array(0), 0, true)).toEqual(new Uint8Array(0));
    expect(fflateInflate(new Uint8Array(0), 0, true)).toEqual(new Uint8Array(0));
  });

  it("gives the zip reader the same refusal of an entry inflating past what it declares", () => {
    const zip = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(40 * 1024 * 1024) });
    const lying = declaring(zip, "xl/worksheets/sheet1.xml", 1000);
    expect(() => readZipEntries(lying, nodeInflate)).toThrow(/声明 1000 字节，解压后超过/);
  });

  it("opens a school workbook into the same parts as fflate's inflater", async () => {
    const bytes = await gridsToXlsx(generateSchool(30, 2));
    const node = OpcPackage.read(bytes, nodeInflate);
    const fflate = OpcPackage.read(bytes);
    expect(node.names()).toEqual(fflate.names());
    for (const name of fflate.names()) expect(node.text(name)).toBe(fflate.text(name));
  });
});
