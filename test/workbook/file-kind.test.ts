import { zipSync, strToU8 } from "fflate";
import * as XLSX from "@e965/xlsx";
import { readFileSync } from "fs";
import path from "path";
import { fileKind, fileMessage, otherFormatLimit } from "../../src/workbook/file-kind";
import { declaring } from "../support/city-fixtures";
import { encryptedXlsx } from "../support/other-formats";

const text = (t: string) => new TextEncoder().encode(t);
const refused = (message: string) => ({ kind: "refused", message });

/** A compound file holding the named streams, as SheetJS's CFB writer lays one out. */
function compoundFile(...streams: string[]): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const name of streams) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, new Uint8Array(5000));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** An ODF package: `mimetype` first and stored, then the other parts. */
function odf(mime: string, parts: Record<string, string> = {}): Uint8Array {
  const zippable: Parameters<typeof zipSync>[0] = { mimetype: [strToU8(mime), { level: 0 }] };
  for (const [name, content] of Object.entries(parts)) zippable[name] = strToU8(content);
  return zipSync(zippable);
}

describe("a file's kind, by its bytes whatever its name", () => {
  const xlsx = readFileSync(path.join(__dirname, "..", "fixtures", "libreoffice-extras.xlsx"));

  it("reads an .xlsx and an .xlsm with Kehou's own reader", () => {
    expect(fileKind(xlsx, "学校.xls")).toEqual({ kind: "xlsx" });
    const xlsm = readFileSync(path.join(__dirname, "..", "fixtures", "macro-chartsheet.xlsm"));
    expect(fileKind(xlsm, "学校.xlsm")).toEqual({ kind: "xlsx" });
  });

  it("leaves a damaged zip to the .xlsx reader, which says what is wrong with it", () => {
    expect(fileKind(xlsx.subarray(0, 3000), "半截.xlsx")).toEqual({ kind: "xlsx" });
  });

  it("reads an .xls or .et (BIFF in a compound file) and an .ods with the other reader", () => {
    expect(fileKind(compoundFile("Workbook"), "学校.et")).toEqual({ kind: "biff" });
    expect(fileKind(compoundFile("Book"), "旧.xls")).toEqual({ kind: "biff" });
    const ods = odf("application/vnd.oasis.opendocument.spreadsheet", { "content.xml": "<x/>" });
    expect(fileKind(ods, "学校.xlsx")).toEqual({ kind: "ods" });
  });

  it("names an encrypted .xlsx, .xls or .ods, with how to remove the password", () => {
    expect(fileKind(encryptedXlsx(), "密.xlsx")).toEqual(
      refused(fileMessage("encrypted", "密.xlsx"))
    );
    expect(fileMessage("encrypted", "密.xlsx")).toMatch(/^「密.xlsx」设有打开密码.*删除密码/);
    const ods = odf("application/vnd.oasis.opendocument.spreadsheet", {
      "META-INF/manifest.xml":
        '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
      "content.xml": "\u0001\u0002",
    });
    expect(fileKind(ods, "密.ods")).toEqual(refused(fileMessage("encryptedOds", "密.ods")));
    const plain = odf("application/vnd.oasis.opendocument.spreadsheet", {
      "META-INF/manifest.xml":
        '<manifest:manifest><!-- no <manifest:encryption-data/> here --><manifest:file-entry manifest:full-path="content.xml"/></manifest:manifest>',
      "content.xml": "<x/>",
    });
    expect(fileKind(plain, "学校.ods")).toEqual({ kind: "ods" });
  });

  it("names an .ods cut short by its first entry, though its directory is gone", () => {
    const ods = odf("application/vnd.oasis.opendocument.spreadsheet", {
      "content.xml": "<office:document-content>".repeat(200),
    });
    expect(fileKind(ods.subarray(0, 200), "半截.ods")).toEqual(
      refused(fileMessage("odsDamaged", "半截.ods"))
    );
  });

  it("reads an .ods's manifest under the zip guard: one inflating past what it declares is refused in the guard's words", () => {
    const ods = declaring(
      odf("application/vnd.oasis.opendocument.spreadsheet", {
        "META-INF/manifest.xml": "<manifest:manifest/>".padEnd(4 << 20, " "),
        "content.xml": "<x/>",
      }),
      "META-INF/manifest.xml",
      1000
    );
    expect(fileKind(ods, "学校.ods")).toEqual({ kind: "ods" });
    expect(otherFormatLimit(ods, "ods", "学校.ods")).toMatch(/声明 1000 字节，解压后超过/);
  });

  it("names an .xlsb, a Word or PowerPoint file, another ODF document and a plain zip", () => {
    const xlsb = zipSync({ "[Content_Types].xml": text("<Types/>"), "xl/workbook.bin": text("") });
    expect(fileKind(xlsb, "学校.xlsx")).toEqual(refused(fileMessage("xlsb", "学校.xlsx")));
    const docx = zipSync({
      "[Content_Types].xml": text("<Types/>"),
      "word/document.xml": text(""),
    });
    expect(fileKind(docx, "a.xlsx").kind).toBe("refused");
    expect(fileKind(docx, "a.xlsx")).toEqual(
      refused(fileMessage("otherOffice", "a.xlsx", "docWordX"))
    );
    expect(fileKind(compoundFile("WordDocument"), "a.xls")).toEqual(
      refused(fileMessage("otherOffice", "a.xls", "docWord"))
    );
    expect(fileKind(odf("application/vnd.oasis.opendocument.text"), "a.ods")).toEqual(
      refused(fileMessage("otherOffice", "a.ods", "docOpenDocument"))
    );
    expect(fileKind(zipSync({ "照片.jpg": text("x") }), "a.xlsx")).toEqual(
      refused(fileMessage("zip", "a.xlsx"))
    );
  });

  it("names CSV, tab-separated and UTF-16 text, whatever the name", () => {
    expect(fileKind(text("学号,姓名\nS1,张三\n"), "名册.xlsx")).toEqual(
      refused(fileMessage("csv", "名册.xlsx"))
    );
    expect(fileKind(text("学号\t姓名\n"), "名册.xls")).toEqual(
      refused(fileMessage("csv", "名册.xls"))
    );
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("学号\t姓名\r\n", "utf16le")]);
    expect(fileKind(utf16, "名册.xls")).toEqual(refused(fileMessage("csv", "名册.xls")));
  });

  it("names an Excel or WPS lock file by its bytes, and LibreOffice's by its name", () => {
    // Excel's owner file: the user's name, length-prefixed, padded with spaces to 54 bytes.
    const owner = new Uint8Array(165);
    owner[0] = 5;
    owner.set(text("zhang"), 1);
    owner.fill(0x20, 6, 54);
    expect(fileKind(owner, "锁.xlsx")).toEqual(refused(fileMessage("lock", "锁.xlsx")));
    expect(fileKind(text("张老师,PC-1,/home,03.12.2026 08:00,\n"), ".~lock.学校.ods#")).toEqual(
      refused(fileMessage("lock", ".~lock.学校.ods#"))
    );
  });

  it("names an empty file, an Excel 2.x–4.0 sheet, a web page, Excel 2003 XML, a PDF", () => {
    expect(fileKind(new Uint8Array(0), "空.xlsx")).toEqual(
      refused(fileMessage("empty", "空.xlsx"))
    );
    const biff2 = new Uint8Array([0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00, 0, 0]);
    expect(fileKind(biff2, "老.xls")).toEqual(refused(fileMessage("biffOld", "老.xls")));
    expect(fileKind(text("<html><table><tr><td>1</td></tr></table></html>"), "导出.xls")).toEqual(
      refused(fileMessage("html", "导出.xls"))
    );
    const xml2003 =
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>';
    expect(fileKind(text(xml2003), "a.xls")).toEqual(refused(fileMessage("xml2003", "a.xls")));
    expect(fileKind(text("%PDF-1.7\n"), "a.xlsx").kind).toBe("refused");
    expect(fileKind(new Uint8Array([1, 2, 3, 0, 5]), "a.xlsx")).toEqual(
      refused(fileMessage("unknown", "a.xlsx"))
    );
  });
});
