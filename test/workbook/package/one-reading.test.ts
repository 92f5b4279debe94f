import { chargeJob } from "../../../src/jobs/charge/job";
import { chargeJson } from "../../../src/jobs/charge/json";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { messySchool } from "../../support/messy-school";
import { miniPackage, worksheet } from "../../support/mini-package";
import { partText, repackage, utf16beDeclared, utf16le } from "../../support/repackage";

/** What the command line charges for a file, as its JSON gives it. */
async function charges(bytes: Uint8Array) {
  return chargeJson(await chargeJob(await XlsxWorkbook.fromBuffer(bytes), { write: false }));
}

const names = async (bytes: Uint8Array) =>
  (await (await XlsxWorkbook.fromBuffer(bytes)).readSheets()).map((g) => g.name);

/** The school's workbook with its main part renamed to xl/book.xml, as _rels/.rels says. */
function mainPartAtBook(parts: Map<string, string | Uint8Array>): void {
  parts.set("xl/book.xml", partText(parts, "xl/workbook.xml"));
  parts.set("xl/_rels/book.xml.rels", partText(parts, "xl/_rels/workbook.xml.rels"));
  parts.delete("xl/workbook.xml");
  parts.delete("xl/_rels/workbook.xml.rels");
  parts.set(
    "_rels/.rels",
    partText(parts, "_rels/.rels").replace("xl/workbook.xml", "/xl/book.xml")
  );
  const types = partText(parts, "[Content_Types].xml");
  parts.set("[Content_Types].xml", types.replace("/xl/workbook.xml", "/xl/book.xml"));
}

describe("the cell reader follows the package as Excel does", () => {
  it("reads a main part that _rels/.rels names at xl/book.xml", async () => {
    const school = await messySchool();
    const renamed = repackage(school, mainPartAtBook);
    expect(await names(renamed)).toEqual(["参数", "学生信息", "5月考勤"]);
    expect((await charges(renamed)).totals).toEqual((await charges(school)).totals);
  });

  it("does not read a decoy xl/workbook.xml that _rels/.rels does not name", async () => {
    const school = await messySchool();
    const withDecoy = repackage(school, (parts) => {
      const real = partText(parts, "xl/workbook.xml");
      const rels = partText(parts, "xl/_rels/workbook.xml.rels");
      mainPartAtBook(parts);
      // The decoy lists the roster twice over, under a second name Excel never shows.
      parts.set(
        "xl/workbook.xml",
        real.replace("</sheets>", '<sheet name="学生信息二" sheetId="9" r:id="rId5"/></sheets>')
      );
      parts.set("xl/_rels/workbook.xml.rels", rels);
    });
    expect(await names(withDecoy)).toEqual(["参数", "学生信息", "5月考勤"]);
    expect((await charges(withDecoy)).totals).toEqual((await charges(school)).totals);
  });

  it("reads a UTF-16 roster part (LE with a byte order mark) with its hardship waivers", async () => {
    const school = await messySchool();
    const before = await charges(school);
    expect(before.totals.waived).not.toBe("0.00");
    const utf16 = repackage(school, (parts) =>
      parts.set("xl/worksheets/sheet2.xml", utf16le(partText(parts, "xl/worksheets/sheet2.xml")))
    );
    expect(await charges(utf16)).toEqual(before);
  });

  it("reads a UTF-16 settings part (BE, declared, no mark): 按月收取 stays 按月收取", async () => {
    const school = await messySchool({ mode: "按月收取" });
    const before = await charges(school);
    expect(before.mode).toBe("monthly");
    const utf16 = repackage(school, (parts) =>
      parts.set(
        "xl/worksheets/sheet1.xml",
        utf16beDeclared(partText(parts, "xl/worksheets/sheet1.xml"))
      )
    );
    expect(await charges(utf16)).toEqual(before);
  });

  it("refuses a part in an encoding OPC does not allow, naming it, never as damaged", async () => {
    const school = await messySchool();
    const gbk = repackage(school, (parts) =>
      parts.set(
        "xl/worksheets/sheet2.xml",
        partText(parts, "xl/worksheets/sheet2.xml").replace('encoding="UTF-8"', 'encoding="GBK"')
      )
    );
    const opened = XlsxWorkbook.fromBuffer(gbk);
    await expect(opened).rejects.toThrow(/xl\/worksheets\/sheet2\.xml 使用 gbk 编码/);
    await expect(opened).rejects.not.toThrow(/损坏/);
  });

  it("finds a relationship target written in another case, as OPC compares part names", async () => {
    const school = await messySchool();
    const cased = repackage(school, (parts) => {
      const rels = partText(parts, "xl/_rels/workbook.xml.rels");
      parts.set(
        "xl/_rels/workbook.xml.rels",
        rels.replace("worksheets/sheet2.xml", "Worksheets/Sheet2.XML")
      );
    });
    expect((await charges(cased)).totals).toEqual((await charges(school)).totals);
  });
});

describe("the page's reads after 保存设置 are the cell reader's", () => {
  // A date cell (t="d"), CDATA, a phonetic run and rows without r, as other programs write them.
  const sheet = worksheet(
    "<sheetData>" +
      '<row><c t="d"><v>2021-05-06T00:00:00</v></c><c t="inlineStr"><is><t><![CDATA[张<三>]]></t></is></c></row>' +
      '<row><c t="inlineStr"><is><r><t>李四</t></r><rPh sb="0" eb="2"><t>lisi</t></rPh></is></c><c><v>12</v></c></row>' +
      "</sheetData>"
  );

  it("reads the school's sheet the same before and after the form sets a cell", async () => {
    const wb = await XlsxWorkbook.fromBuffer(miniPackage(sheet));
    const before = (await wb.readSheets()).find((g) => g.name === "考勤")!;
    expect(before.values).toEqual([
      [44322, "张<三>"],
      ["李四", 12],
    ]);
    await wb.setCells("设置", [{ row: 0, col: 0, value: "学校名称" }]);
    const after = await wb.readSheets();
    expect(after.find((g) => g.name === "考勤")).toEqual(before);
    expect(after.find((g) => g.name === "设置")!.values).toEqual([["学校名称"]]);
  });

  it("reads a cell the form set in the school's own sheet as the file will hold it", async () => {
    const wb = await XlsxWorkbook.fromBuffer(miniPackage(sheet));
    await wb.setCells("考勤", [{ row: 1, col: 1, value: 13 }]);
    const [grid] = await wb.readSheets();
    expect(grid.values).toEqual([
      [44322, "张<三>"],
      ["李四", 13],
    ]);
  });
});
