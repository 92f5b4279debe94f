import * as XLSX from "@e965/xlsx";
import { chargeJob } from "../../../src/jobs/charge/job";
import { chargeJson } from "../../../src/jobs/charge/json";
import { nodeInflate } from "../../../src/workbook/package/node-inflate";
import type { XlsOdsReader } from "../../../src/workbook/xls-ods-grids";
import { fileKind } from "../../../src/workbook/file-kind";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { messySchool } from "../../support/messy-school";
import { miniPackage } from "../../support/mini-package";
import { entriesOf, storedZip } from "../../support/stored-zip";

/** What the command line charges for a file, as its JSON gives it. */
async function charges(bytes: Uint8Array) {
  return chargeJson(await chargeJob(await XlsxWorkbook.fromBuffer(bytes), { write: false }));
}

const ROSTER = "xl/worksheets/sheet2.xml";
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** The school's entries with the roster part's bytes replaced by `edit` of its text. */
async function withRoster(edit: (xml: string) => Uint8Array): Promise<Uint8Array> {
  const entries = entriesOf(await messySchool());
  return storedZip(entries.map(([n, d]) => [n, n === ROSTER ? edit(text(d)) : d]));
}

/** Text as UTF-32, little- or big-endian, with or without a byte order mark. */
function utf32(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const points = [...((bom ? "\ufeff" : "") + s)].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(4 * points.length);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(4 * i, p, littleEndian));
  return out;
}

describe("a package OPC forbids is refused, never read as one of its parts", () => {
  it("reads the school's own package as written by the test's zip writer", async () => {
    const school = await messySchool();
    expect((await charges(storedZip(entriesOf(school)))).totals).toEqual(
      (await charges(school)).totals
    );
  });

  it("refuses two parts whose names differ only in case, naming both", async () => {
    const entries = entriesOf(await messySchool());
    const roster = text(entries.find(([n]) => n === ROSTER)![1]);
    // The decoy makes every pupil a hardship case: read, the city would pay for all of them.
    const decoy: [string, Uint8Array] = [
      "XL/Worksheets/Sheet2.xml",
      utf8(roster.replace(/否/g, "是")),
    ];
    const opened = XlsxWorkbook.fromBuffer(storedZip([...entries, decoy]));
    await expect(opened).rejects.toThrow(
      "工作簿中有两个同名的部件「xl/worksheets/sheet2.xml」与「XL/Worksheets/Sheet2.xml」"
    );
    await expect(opened).rejects.not.toThrow(/损坏/);
  });

  it("refuses two zip entries of one name, whichever comes last", async () => {
    const entries = entriesOf(await messySchool());
    const roster = entries.find(([n]) => n === ROSTER)!;
    const opened = XlsxWorkbook.fromBuffer(storedZip([...entries, [ROSTER, roster[1]]]));
    await expect(opened).rejects.toThrow(
      "工作簿中有两个完全同名的部件「xl/worksheets/sheet2.xml」"
    );
    await expect(opened).rejects.not.toThrow(/不区分大小写/);
  });

  it("reads a part spelled with the Kelvin sign as another part, not as a case variant", async () => {
    const school = await messySchool();
    const entries = entriesOf(school);
    const roster = text(entries.find(([n]) => n === ROSTER)![1]);
    // OPC folds ASCII case only: U+212A is not "k", so the decoy is a part nothing refers to.
    const decoy: [string, Uint8Array] = [
      "xl/wor\u212Asheets/sheet2.xml",
      utf8(roster.replace(/否/g, "是")),
    ];
    expect((await charges(storedZip([...entries, decoy]))).totals).toEqual(
      (await charges(school)).totals
    );
  });
});

describe("a relationship names a part ignoring ASCII case only", () => {
  it("does not resolve a roster target spelled with the Kelvin sign to the plain part", async () => {
    const rels = "xl/_rels/workbook.xml.rels";
    const entries = entriesOf(await messySchool()).map(([n, d]): [string, Uint8Array] => [
      n,
      n === rels ? utf8(text(d).replace("worksheets/sheet2.xml", "wor\u212Asheets/sheet2.xml")) : d,
    ]);
    await expect(charges(storedZip(entries))).rejects.toThrow("缺少 xl/wor\u212Asheets/sheet2.xml");
  });
});

/** Where a header of `name` writes it: in its local header, or its directory record (`last`). */
function nameAt(zip: Uint8Array, name: string, last: boolean): number {
  const hay = Buffer.from(zip);
  const [signature, before] = last ? [0x02014b50, 46] : [0x04034b50, 30];
  for (let at = hay.indexOf(name); at >= 0; at = hay.indexOf(name, at + 1))
    if (at >= before && hay.readUInt32LE(at - before) === signature) return at;
  throw new Error(`${name} has no header`);
}

describe("a zip entry that disagrees with the directory is refused as damaged", () => {
  it("refuses a roster whose local header names another part", async () => {
    const zip = storedZip(entriesOf(await messySchool()));
    zip.set(utf8("xl/worksheets/sheetX.xml"), nameAt(zip, ROSTER, false));
    const opened = XlsxWorkbook.fromBuffer(zip);
    await expect(opened).rejects.toThrow(
      "工作簿的部件 xl/worksheets/sheet2.xml 已损坏（其本地文件头写的部件名是「xl/worksheets/sheetX.xml」"
    );
  });

  it("refuses a roster whose CRC-32 differs from the directory's", async () => {
    const zip = storedZip(entriesOf(await messySchool()));
    const crc = nameAt(zip, ROSTER, true) - 46 + 16;
    zip[crc] ^= 0xff;
    await expect(XlsxWorkbook.fromBuffer(zip)).rejects.toThrow(
      "工作簿的部件 xl/worksheets/sheet2.xml 已损坏（校验和 CRC-32 与目录不一致）"
    );
  });

  it("refuses a deflated roster with a wrong CRC-32 through zlib too", async () => {
    const zip = new Uint8Array(await messySchool());
    const crc = nameAt(zip, ROSTER, true) - 46 + 16;
    zip[crc] ^= 0xff;
    await expect(XlsxWorkbook.fromBuffer(zip, nodeInflate)).rejects.toThrow(
      "工作簿的部件 xl/worksheets/sheet2.xml 已损坏（校验和 CRC-32 与目录不一致）"
    );
  });

  it("refuses a roster shorter than the directory says", async () => {
    const zip = storedZip(entriesOf(await messySchool()));
    const view = new DataView(zip.buffer, zip.byteOffset);
    const size = nameAt(zip, ROSTER, true) - 46 + 24;
    view.setUint32(size, view.getUint32(size, true) + 1, true);
    await expect(XlsxWorkbook.fromBuffer(zip)).rejects.toThrow(
      "工作簿的部件 xl/worksheets/sheet2.xml 已损坏（解压后"
    );
  });
});

describe("a worksheet part Kehou cannot read is said, never skipped", () => {
  it.each([
    ["LE with a byte order mark", true, true],
    ["BE with a byte order mark", false, true],
    ["LE without a mark", true, false],
    ["BE without a mark", false, false],
  ])("refuses a UTF-32 roster (%s) as UTF-32, naming the part", async (_, le, bom) => {
    const school = await withRoster((xml) => utf32(xml.replace("UTF-8", "UTF-32"), le, bom));
    const opened = XlsxWorkbook.fromBuffer(school);
    await expect(opened).rejects.toThrow(`工作簿的部件 ${ROSTER} 使用 UTF-32 编码`);
    await expect(opened).rejects.not.toThrow(/损坏|UTF-16 编码/);
  });

  it("refuses a roster part whose root is not <worksheet>, naming the sheet", async () => {
    const school = await withRoster((xml) => utf8(xml.replace(/worksheet\b/g, "worksheat")));
    await expect(XlsxWorkbook.fromBuffer(school)).rejects.toThrow(
      `工作表「学生信息」的数据（${ROSTER}）不是工作表（以 <worksheat> 开始）`
    );
  });

  it("leaves out a chart sheet, which holds no cells", async () => {
    const chart =
      '<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews/></chartsheet>';
    expect(await (await XlsxWorkbook.fromBuffer(miniPackage(chart))).readSheets()).toEqual([]);
  });

  it("calls a part that is not XML not XML, not empty", async () => {
    const school = await withRoster(() => utf8("学号,姓名\nS1,张三\n"));
    const opened = XlsxWorkbook.fromBuffer(school);
    await expect(opened).rejects.toThrow(
      /工作表「学生信息」的数据（xl\/worksheets\/sheet2\.xml）.*部件不是 XML/
    );
    await expect(opened).rejects.not.toThrow(/部件是空的/);
  });
});

describe("a part that is not XML is refused, never read as holding nothing", () => {
  it.each([
    ["xl/sharedStrings.xml", "共享字符串"],
    ["xl/styles.xml", "样式"],
    ["xl/workbook.xml", "工作簿的目录"],
  ])("refuses %s written as CSV text", async (part, what) => {
    const entries = entriesOf(await messySchool());
    expect(entries.some(([n]) => n === part)).toBe(true);
    const csv = storedZip(entries.map(([n, d]) => [n, n === part ? utf8("学号,姓名\n") : d]));
    await expect(XlsxWorkbook.fromBuffer(csv)).rejects.toThrow(
      `${what}（${part}）有问题：部件不是 XML`
    );
  });
});

describe("a valid zip64 workbook is read", () => {
  it("reads a zip64 .xlsx (zip64 end record, sizes in zip64 fields) as the plain one", async () => {
    const school = await messySchool();
    expect((await charges(storedZip(entriesOf(school), true))).totals).toEqual(
      (await charges(school)).totals
    );
  });

  it("writes Kehou's sheets into a zip64 .xlsx as into the plain one", async () => {
    const wb = await XlsxWorkbook.fromBuffer(storedZip(entriesOf(await messySchool()), true));
    await chargeJob(wb, { write: true });
    const copy = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect((await copy.readSheets()).map((g) => g.name)).toContain("收费问题清单");
  });

  it("says a zip64 archive whose zip64 directory cannot be found is zip64, not damaged", async () => {
    const bytes = storedZip(entriesOf(await messySchool()), true);
    const locator = bytes.length - 22 - 20;
    bytes[locator] = 0; // no zip64 locator before the end record
    const opened = XlsxWorkbook.fromBuffer(bytes);
    await expect(opened).rejects.toThrow("工作簿使用 ZIP64 格式，但其 ZIP64 目录无法读取");
    await expect(opened).rejects.not.toThrow(/损坏/);
  });

  it.each([
    [
      "a zip64 locator pointing at no zip64 end record",
      true,
      (_: Uint8Array, eocd: number) => eocd - 12,
    ],
    [
      "a zip64 end record pointing at no directory",
      true,
      (_: Uint8Array, eocd: number, end64: number) => end64 + 48,
    ],
    ["an end record pointing at no directory", false, (_: Uint8Array, eocd: number) => eocd + 16],
  ])("says %s is a damaged file, never a zip that is no workbook", async (_, zip64, field) => {
    const bytes = storedZip(entriesOf(await messySchool()), zip64);
    const view = new DataView(bytes.buffer);
    const eocd = bytes.length - 22;
    const end64 = zip64 ? Number(view.getBigUint64(eocd - 12, true)) : 0;
    const at = field(bytes, eocd, end64);
    if (zip64) view.setBigUint64(at, 7n, true);
    else view.setUint32(at, 7, true);
    const opened = XlsxWorkbook.fromBuffer(bytes);
    await expect(opened).rejects.toThrow("文件已损坏：zip 压缩包的部件目录不在它写明的位置");
    expect(fileKind(bytes, "学校.xlsx")).toEqual({ kind: "xlsx" });
  });

  it("reads a zip64 .ods as the plain one, never calling it damaged", async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ["学号", "姓名"],
        ["S1", "张三"],
      ]),
      "名册"
    );
    const ods = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "ods" }) as ArrayBuffer);
    // ODF 1.2 Part 3 §3.3: mimetype first, as LibreOffice writes it.
    const entries = entriesOf(ods).sort(
      ([a], [b]) => Number(b === "mimetype") - Number(a === "mimetype")
    );
    const reader = async () => require("../../../src/workbook/xls-ods-grids") as XlsOdsReader;
    const read = async (b: Uint8Array) =>
      (await XlsxWorkbook.open(b, "学校.ods", reader)).readSheets();
    const plain = await read(storedZip(entries));
    expect(plain[0].values).toEqual([
      ["学号", "姓名"],
      ["S1", "张三"],
    ]);
    expect(await read(storedZip(entries, true))).toEqual(plain);
  });
});
