import { chargeJob } from "../../../src/jobs/charge/job";
import { chargeJson } from "../../../src/jobs/charge/json";
import {
  transitionalNamespace,
  transitionalRelType,
} from "../../../src/workbook/package/strict-names";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { strictOf } from "../../support/dialects";
import { messySchool } from "../../support/messy-school";
import { partsOf, text } from "../../support/package-parts";

/** What the command line charges for a file, as its JSON gives it. */
async function charges(bytes: Uint8Array) {
  return chargeJson(await chargeJob(await XlsxWorkbook.fromBuffer(bytes), { write: false }));
}

describe("a Strict OOXML workbook", () => {
  it("is charged to the fen as the transitional workbook it mirrors", async () => {
    const school = await messySchool();
    const strict = strictOf(school);
    expect(text(partsOf(strict).get("_rels/.rels")!)).toContain("purl.oclc.org");
    const before = await charges(school);
    expect(before.totals.waived).not.toBe("0.00");
    expect(await charges(strict)).toEqual(before);
  });

  it("names its sheets as the transitional copy does, monthly mode kept", async () => {
    const school = await messySchool({ mode: "按月收取" });
    const read = async (b: Uint8Array) => (await XlsxWorkbook.fromBuffer(b)).readSheets();
    expect(await read(strictOf(school))).toEqual(await read(school));
    expect((await charges(strictOf(school))).mode).toBe("monthly");
  });
});

describe("the Strict names", () => {
  it("map to their transitional twins, a renamed relationship type too", () => {
    expect(transitionalNamespace("http://purl.oclc.org/ooxml/spreadsheetml/main")).toBe(
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    );
    expect(
      transitionalRelType("http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet")
    ).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet");
    expect(
      transitionalRelType(
        "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"
      )
    ).toBe(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
    );
  });

  it("leave other names as they are", () => {
    const core =
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    expect(transitionalRelType(core)).toBe(core);
    expect(transitionalNamespace("http://purl.oclc.org/ooxml/unknown")).toBe(
      "http://purl.oclc.org/ooxml/unknown"
    );
  });
});
