import { zipSync } from "fflate";
import JSZip from "jszip";
import {
  declaredContentBytes,
  firstStoredEntry,
  MAX_UNCOMPRESSED_BYTES,
  zipBombReason,
} from "../../../src/workbook/package/zip-read";
import { declaring, lyingZip, withEntryCount } from "../../support/city-fixtures";
import { generateSchool, gridsToXlsx } from "../../support/generate-school";

describe("the zip guard, by the real numbers", () => {
  it("opens an honest school workbook", async () => {
    expect(zipBombReason(await gridsToXlsx(generateSchool(50, 1)))).toBeUndefined();
  });

  it("counts the central directory's real entries, not the end record's claim", async () => {
    const zip = lyingZip();
    // The archive library takes the lie: it reads every part.
    expect(Object.keys((await JSZip.loadAsync(zip)).files)).toHaveLength(10_018);
    expect(zipBombReason(zip)).toMatch(/超过 10000 个部件/);
  });

  it("refuses an end record whose count differs from the directory", () => {
    const zip = zipSync({ a: new Uint8Array([1]), b: new Uint8Array([2]), c: new Uint8Array([3]) });
    expect(zipBombReason(zip)).toBeUndefined();
    expect(zipBombReason(withEntryCount(zip, 2))).toMatch(/记录了 2 个部件，实际有 3 个/);
  });

  it("stops an entry that inflates past the 1,000 bytes it declares", () => {
    const zip = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(40 * 1024 * 1024) });
    expect(zipBombReason(declaring(zip, "xl/worksheets/sheet1.xml", 1000))).toMatch(
      /声明 1000 字节，解压后超过/
    );
  });

  it("stops a workbook whose entries, each declared small, inflate past the limit in all", () => {
    // Five entries of 45 MB each, each declaring 30 MB: the declared sum passes, the bytes do not.
    const part = new Uint8Array(45 * 1024 * 1024);
    // level 1: the test builds 225 MB of zeros, and only the sizes matter.
    const names = ["a", "b", "c", "d", "e"];
    let zip: Uint8Array = zipSync(Object.fromEntries(names.map((n) => [n, part])), { level: 1 });
    expect(zipBombReason(zip)).toMatch(/压缩炸弹/); // honest sizes: refused as declared
    for (const n of names) zip = declaring(zip, n, 30 * 1024 * 1024);
    expect(5 * 30 * 1024 * 1024).toBeLessThan(MAX_UNCOMPRESSED_BYTES);
    expect(zipBombReason(zip)).toMatch(/压缩炸弹/);
  });
});

describe("the first entry of a zip cut short", () => {
  it("is read from its local header when stored, and not when deflated", () => {
    const zip = zipSync({
      mimetype: [new TextEncoder().encode("application/x"), { level: 0 }],
      "content.xml": new Uint8Array(5000),
    });
    const first = firstStoredEntry(zip.subarray(0, 60), 200);
    expect(first && [first.name, new TextDecoder().decode(first.data)]).toEqual([
      "mimetype",
      "application/x",
    ]);
    expect(
      firstStoredEntry(zipSync({ mimetype: new TextEncoder().encode("a".repeat(99)) }), 200)
    ).toBeUndefined();
    expect(firstStoredEntry(zip, 5)).toBeUndefined();
  });
});

describe("what a zip declares it holds, before anything is inflated", () => {
  it("sums the sizes its directory gives its entries", () => {
    const zip = zipSync({ a: new Uint8Array(1000), b: new Uint8Array(24) });
    expect(declaredContentBytes(zip)).toBe(1024);
  });

  it("takes the directory at its word, however little the parts inflate to", () => {
    const zip = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(10) });
    const claim = 50 * 1024 * 1024;
    expect(declaredContentBytes(declaring(zip, "xl/worksheets/sheet1.xml", claim))).toBe(claim);
  });

  it("gives nothing for bytes that are not a zip, or one the guard refuses", () => {
    expect(declaredContentBytes(new TextEncoder().encode("学号,姓名\n"))).toBeUndefined();
    expect(declaredContentBytes(lyingZip())).toBeUndefined();
  });
});
