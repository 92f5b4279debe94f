import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { cellTextEscape } from "../../../src/workbook/package/xml-text";
import { gridsToXlsx } from "../../support/generate-school";

/** Text Kehou writes must read back as written, in Excel and in Kehou's own reader. */
describe("a cell's text in the copy", () => {
  it("keeps a literal _xHHHH_ literal (Excel would read it as one character)", () => {
    expect(cellTextEscape("_x0041_")).toBe("_x005F_x0041_");
    expect(cellTextEscape("a_x_b & <c>")).toBe("a_x_b &amp; &lt;c&gt;");
  });

  it("reads back what Kehou wrote: VML ids, escapes and plain text alike", async () => {
    const school = await gridsToXlsx([{ name: "名册", values: [["学号"], ["S1"]] }]);
    const wb = await XlsxWorkbook.fromBuffer(school);
    const texts = ["_x0000_s1025", "_x0041_", "#_x0000_t202", "a_x_b", "普通文字"];
    await wb.writeSheets([
      {
        name: "文字",
        title: "文字",
        columns: [{ header: "文字", format: "text", width: 20 }],
        rows: texts.map((t) => [t]),
      },
    ]);
    const copy = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const sheet = (await copy.readSheets()).find((s) => s.name === "文字")!;
    const read = sheet.values.flat().filter((v) => typeof v === "string");
    for (const t of texts) expect(read).toContain(t);
  });
});
